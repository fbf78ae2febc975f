package org.lianxi.core.integrity;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;

/**
 * What a rule found, before severity and reviews are applied.
 *
 * @param rule the rule
 * @param cadreId the cadre
 * @param activities the activities flagged, in the order the finding names them
 * @param explanation what was found
 */
record Suspicion(
    IntegrityRule rule,
    String cadreId,
    ImmutableList<Activity> activities,
    Explanation explanation) {

  static Suspicion of(
      IntegrityRule rule, String cadreId, List<Activity> activities, Explanation explanation) {
    return new Suspicion(rule, cadreId, ImmutableList.copyOf(activities), explanation);
  }
}
