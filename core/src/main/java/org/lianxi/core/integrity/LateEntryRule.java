package org.lianxi.core.integrity;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
  public void apply(CheckedLog log, CadreLog c, List<Suspicion> found) {
    int hours = log.settings().lateEntryHours();
    long limit = hours * 3600L;
    for (Activity a : c.byStart) {
      if (lateBy(a, limit)) {
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
  }

  /**
   * {@code recordedAt > start + limit seconds}, without building the limit time: compares epoch
   * seconds (UTC: both are local times of one zone, only their distance counts), then nanos.
   */
  private static boolean lateBy(Activity a, long limit) {
    LocalDateTime start = a.start();
    LocalDateTime recorded = a.recordedAt();
    long gap = recorded.toEpochSecond(ZoneOffset.UTC) - start.toEpochSecond(ZoneOffset.UTC);
    return gap > limit || (gap == limit && recorded.getNano() > start.getNano());
  }
}
