package org.lianxi.core.evaluation;

import java.util.List;
import org.lianxi.core.domain.LianxiException;

/**
 * An activity that would have counted for a verdict but was excluded, with every reason. Immutable
 * and thread-safe.
 *
 * @param activityId the activity
 * @param reasons why it does not count (at least one)
 */
public record ExcludedActivity(String activityId, List<Exclusion> reasons) {
  public ExcludedActivity {
    LianxiException.requireNonBlank("ExcludedActivity", "activityId", activityId);
    reasons = List.copyOf(reasons);
    LianxiException.check(
        !reasons.isEmpty(), "ExcludedActivity", "reasons", "[]", "must name at least one reason");
  }
}
