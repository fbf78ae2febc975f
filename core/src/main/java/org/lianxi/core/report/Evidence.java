package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import org.lianxi.core.domain.Explanation;

/**
 * What an accountability lead rests on: a verdict (its obligation, clause, status and the
 * activities that counted) or a confirmed finding (its rule and the activities it names). Immutable
 * and thread-safe.
 *
 * @param kind verdict or finding
 * @param termId the term
 * @param reference the obligation id, or the integrity rule's name
 * @param clause the clause cited ({@code 四、4} for a finding)
 * @param status the verdict's status, or the finding's state
 * @param activityIds the activities concerned
 * @param explanation the verdict's or finding's explanation
 */
public record Evidence(
    Kind kind,
    String termId,
    String reference,
    String clause,
    String status,
    ImmutableList<String> activityIds,
    Explanation explanation) {

  /** What the evidence is. */
  public enum Kind {
    VERDICT,
    FINDING
  }
}
