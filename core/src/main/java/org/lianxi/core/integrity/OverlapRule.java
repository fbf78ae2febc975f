package org.lianxi.core.integrity;

import java.time.LocalDateTime;
import java.util.List;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;

/**
 * {@code OVERLAP}: two activities of one cadre overlap in time, {@code [start, end)} against {@code
 * [start, end)}. Activities that touch (one ends exactly when the other starts) do not overlap;
 * exact duplicates are {@code DUPLICATE}, not {@code OVERLAP}. One finding per pair, naming both.
 */
final class OverlapRule implements FindingRule {
  @Override
  public IntegrityRule rule() {
    return IntegrityRule.OVERLAP;
  }

  @Override
  public void apply(CheckedLog log, CadreLog c, List<Suspicion> found) {
    String cadre = c.cadreId;
    Activity[] list = c.byStart;
    for (int i = 0; i < list.length; i++) {
      Activity a = list[i];
      LocalDateTime end = null;
      for (int j = i + 1; j < list.length; j++) {
        Activity b = list[j];
        if (end == null) {
          end = a.end();
        }
        if (!b.start().isBefore(end)) {
          break;
        }
        if (a.sameEngagementAs(b)) {
          continue;
        }
        found.add(
            Suspicion.of(
                rule(),
                cadre,
                List.of(a, b),
                Explanation.of(
                    "活动 " + Texts.span(a) + " 与 " + Texts.span(b) + " 时间重叠",
                    "activities "
                        + Texts.spanEn(a)
                        + " and "
                        + Texts.spanEn(b)
                        + " overlap in time")));
      }
    }
  }
}
