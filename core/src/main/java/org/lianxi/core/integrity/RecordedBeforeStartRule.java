package org.lianxi.core.integrity;

import java.util.List;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;

/**
 * {@code RECORDED_BEFORE_START}: recorded before the activity started ({@code recordedAt < start}).
 * Recording at the very minute it starts is not flagged.
 */
final class RecordedBeforeStartRule implements FindingRule {
  @Override
  public IntegrityRule rule() {
    return IntegrityRule.RECORDED_BEFORE_START;
  }

  @Override
  public void apply(CheckedLog log, CadreLog c, List<Suspicion> found) {
    for (Activity a : c.byStart) {
      if (a.recordedAt().isBefore(a.start())) {
        found.add(
            Suspicion.of(
                rule(),
                a.cadreId(),
                List.of(a),
                Explanation.of(
                    "活动 "
                        + a.activityId()
                        + " 登记于 "
                        + Texts.time(a.recordedAt())
                        + "，早于其开始时间 "
                        + Texts.time(a.start()),
                    "activity "
                        + a.activityId()
                        + " was recorded "
                        + Texts.time(a.recordedAt())
                        + ", before it started at "
                        + Texts.time(a.start()))));
      }
    }
  }
}
