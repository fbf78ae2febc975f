package org.lianxi.core.report;

import com.google.common.collect.ImmutableMap;
import org.lianxi.core.domain.Explanation;

/**
 * One unit's feedback in a term: how many items, in which state, and the verdict counts of SPEC
 * §3.1 ({@code required} = due items, {@code achieved} = due items acknowledged and closed in
 * time). Immutable and thread-safe.
 *
 * @param unitId the unit the items were addressed to
 * @param unitName its name (the id when the unit is unknown)
 * @param received items received in the term window up to as-of
 * @param byStatus items per status (every status present, zeros included)
 * @param required due items
 * @param achieved due items on time
 * @param explanation the unit's line in Chinese and English
 */
public record UnitFeedback(
    String unitId,
    String unitName,
    int received,
    ImmutableMap<FeedbackStatus, Integer> byStatus,
    int required,
    int achieved,
    Explanation explanation) {

  /** Whether at least one item is due (the unit gets a verdict). */
  public boolean anyDue() {
    return required > 0;
  }

  /** Whether every due item was handled in time (and at least one is due). */
  public boolean allDueOnTime() {
    return required > 0 && achieved == required;
  }
}
