package org.lianxi.core.integrity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;

/**
 * {@code LATE_ENTRY}: recorded more than {@link IntegritySettings#lateEntryHours()} (720) hours
 * after the activity started. Exactly 720 hours is not flagged.
 */
final class LateEntryRule implements FindingRule {
  @Override
  public IntegrityRule rule() {
    return IntegrityRule.LATE_ENTRY;
  }

  @Override
  public List<Suspicion> apply(CheckedLog log) {
    int hours = log.settings().lateEntryHours();
    List<Suspicion> found = new ArrayList<>();
    for (Activity a : log.activities()) {
      if (a.recordedAt().isAfter(a.start().plusHours(hours))) {
        long late = Duration.between(a.start(), a.recordedAt()).toHours();
        found.add(
            Suspicion.of(
                rule(),
                a.cadreId(),
                List.of(a),
                Explanation.of(
                    "活动 "
                        + a.activityId()
                        + " 于 "
                        + Texts.time(a.start())
                        + " 开始，"
                        + Texts.time(a.recordedAt())
                        + " 才登记，迟 "
                        + late
                        + " 小时（上限 "
                        + hours
                        + " 小时）",
                    "activity "
                        + a.activityId()
                        + " started "
                        + Texts.time(a.start())
                        + " but was recorded "
                        + Texts.time(a.recordedAt())
                        + ", "
                        + late
                        + " h later (limit "
                        + hours
                        + " h)")));
      }
    }
    return found;
  }
}
