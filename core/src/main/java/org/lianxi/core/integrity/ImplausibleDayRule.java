package org.lianxi.core.integrity;

import java.time.LocalDate;
import java.util.List;
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
  public void apply(CheckedLog log, CadreLog c, List<Suspicion> found) {
    int maxMinutes = log.settings().implausibleDayMinutes();
    int maxCount = log.settings().implausibleDayActivities();
    String cadre = c.cadreId;
    Activity[] list = c.byStart;
    int from = 0;
    while (from < list.length) {
      LocalDate day = list[from].day();
      int to = from + 1;
      while (to < list.length && list[to].day().equals(day)) {
        to++;
      }
      // the day's records are list[from..to), by start: copies of one engagement share a start
      long minutes = 0;
      int count = 0;
      int sameStart = from;
      for (int i = from; i < to; i++) {
        Activity a = list[i];
        if (!a.start().equals(list[sameStart].start())) {
          sameStart = i;
        }
        if (!DuplicateRule.copyOfEarlier(list, sameStart, i)) {
          minutes += a.minutes();
          count++;
        }
      }
      if (minutes > maxMinutes || count > maxCount) {
        found.add(
            Suspicion.of(
                rule(),
                cadre,
                c.list.subList(from, to),
                Explanation.of(
                    day
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
                        + day
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
      from = to;
    }
  }
}
