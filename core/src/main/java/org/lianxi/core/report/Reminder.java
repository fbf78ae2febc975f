package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.lianxi.core.domain.Explanation;

/**
 * A reminder for a {@code PENDING} verdict, for a host system to send (nothing is sent here): what
 * remains, by when, and to whom — the cadre and the offices that coordinate them (四、2). Immutable
 * and thread-safe.
 *
 * @param subject the cadre (or unit)
 * @param name the subject's name
 * @param university the subject's university
 * @param obligationId the obligation
 * @param clause its clause
 * @param title what it requires
 * @param remaining how many more are needed (required − achieved)
 * @param dueOn the day by whose end it falls due: the term's or the academic year's last day for
 *     quotas, the first teaching week's Sunday or first month's end for weekly or monthly ones, the
 *     term's first day for assignments
 * @param recipients the cadre, then the coordinating offices
 * @param explanation the message in Chinese and English
 */
public record Reminder(
    String subject,
    String name,
    String university,
    String obligationId,
    String clause,
    Explanation title,
    int remaining,
    LocalDate dueOn,
    ImmutableList<Recipient> recipients,
    Explanation explanation) {}
