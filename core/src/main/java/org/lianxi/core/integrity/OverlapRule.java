package org.lianxi.core.integrity;

import java.util.ArrayList;
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
  public List<Suspicion> apply(CheckedLog log) {
    List<Suspicion> found = new ArrayList<>();
    for (String cadre : log.byCadre().keySet()) {
      List<Activity> list = log.byCadre().get(cadre);
      for (int i = 0; i < list.size(); i++) {
        Activity a = list.get(i);
        for (int j = i + 1; j < list.size(); j++) {
          Activity b = list.get(j);
          if (!b.start().isBefore(a.end())) {
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
    return found;
  }
}
