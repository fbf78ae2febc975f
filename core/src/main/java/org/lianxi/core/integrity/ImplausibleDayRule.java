package org.lianxi.core.integrity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;

/**
 * {@code IMPLAUSIBLE_DAY}: the activities of one cadre starting on one day last more than {@link
 * IntegritySettings#implausibleDayMinutes()} (720) minutes together, or more than {@link
 * IntegritySettings#implausibleDayActivities()} (8) of them start that day. Exactly 720 minutes or
 * exactly 8 activities are not flagged. Exact duplicates count once (they are one engagement, and
 * {@code DUPLICATE} flags them); the finding names every record of the day.
 */
final class ImplausibleDayRule implements FindingRule {
  @Override
  public IntegrityRule rule() {
    return IntegrityRule.IMPLAUSIBLE_DAY;
  }

  @Override
  public List<Suspicion> apply(CheckedLog log) {
    int maxMinutes = log.settings().implausibleDayMinutes();
    int maxCount = log.settings().implausibleDayActivities();
    List<Suspicion> found = new ArrayList<>();
    for (String cadre : log.byCadre().keySet()) {
      Map<LocalDate, List<Activity>> days = new LinkedHashMap<>();
      for (Activity a : log.byCadre().get(cadre)) {
        days.computeIfAbsent(a.day(), d -> new ArrayList<>()).add(a);
      }
      for (Map.Entry<LocalDate, List<Activity>> day : days.entrySet()) {
        Set<DuplicateRule.Key> seen = new HashSet<>();
        long minutes = 0;
        int count = 0;
        for (Activity a : day.getValue()) {
          if (seen.add(DuplicateRule.Key.of(a))) {
            minutes += a.minutes();
            count++;
          }
        }
        if (minutes > maxMinutes || count > maxCount) {
          found.add(
              Suspicion.of(
                  rule(),
                  cadre,
                  day.getValue(),
                  Explanation.of(
                      day.getKey()
                          + " 开始的活动共 "
                          + count
                          + " 项、合计 "
                          + minutes
                          + " 分钟（合理上限 "
                          + maxCount
                          + " 项、"
                          + maxMinutes
                          + " 分钟）",
                      "the activities starting on "
                          + day.getKey()
                          + " number "
                          + count
                          + " and last "
                          + minutes
                          + " min together (plausible at most "
                          + maxCount
                          + " activities, "
                          + maxMinutes
                          + " min)")));
        }
      }
    }
    return found;
  }
}
