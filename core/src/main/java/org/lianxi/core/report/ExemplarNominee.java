package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.Topic;
import org.lianxi.core.domain.Venue;

/**
 * A nominee for 先进典型 (SPEC §3, 四、4): a cadre who met everything due in the term, ranked by breadth
 * of reach. Nominees for people to choose from, not a verdict. Immutable and thread-safe.
 *
 * <p>Who: every verdict of the cadre that is due is {@code MET} (at least one; {@code PENDING} and
 * {@code EXEMPT} verdicts do not disqualify), and no finding about the cadre's activities is
 * confirmed or is an open {@code HIGH} one. Reach counts the cadre's activities that count in the
 * term (not superseded, not excluded, exact duplicates once): distinct venues, distinct topics and
 * distinct contact units. Ranking: breadth = venues + topics + units, highest first; ties by units,
 * then venues, then topics, then number of activities (all highest first), then cadre id.
 *
 * @param rank 1 for the broadest reach
 * @param cadreId the cadre
 * @param name the cadre's name
 * @param unitId the cadre's org unit
 * @param university the cadre's university
 * @param met verdicts met
 * @param venues distinct venues (八进) reached
 * @param topics distinct topics covered
 * @param contactUnitIds distinct contact units reached
 * @param activities activities that count
 * @param breadth venues + topics + units
 * @param explanation why, in Chinese and English
 */
public record ExemplarNominee(
    int rank,
    String cadreId,
    String name,
    String unitId,
    String university,
    int met,
    ImmutableSet<Venue> venues,
    ImmutableSet<Topic> topics,
    ImmutableList<String> contactUnitIds,
    int activities,
    int breadth,
    Explanation explanation) {}
