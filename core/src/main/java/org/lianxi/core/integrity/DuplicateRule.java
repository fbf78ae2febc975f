package org.lianxi.core.integrity;

import java.util.ArrayList;
import java.util.List;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;

/**
 * {@code DUPLICATE}: the same cadre, type, contact unit, start and minutes recorded more than once
 * (SPEC §3.1). One finding per group, naming every copy in recorded order (the first copy, which is
 * the one that counts, first). Copies share a start, so they are neighbours in the cadre's start
 * order: only runs of equal starts are compared, and only groups of two or more are sorted.
 */
final class DuplicateRule implements FindingRule {
  @Override
  public IntegrityRule rule() {
    return IntegrityRule.DUPLICATE;
  }

  /** Whether {@code list[i]} is a copy of one of {@code list[from..i)} (all with its start). */
  static boolean copyOfEarlier(Activity[] list, int from, int i) {
    for (int k = from; k < i; k++) {
      if (list[k].sameEngagementAs(list[i])) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void apply(CheckedLog log, CadreLog c, List<Suspicion> found) {
    Activity[] list = c.byStart;
    int from = 0;
    while (from < list.length) {
      int to = from + 1;
      while (to < list.length && list[to].start().equals(list[from].start())) {
        to++;
      }
      if (to - from >= 2) {
        group(list, from, to, found);
      }
      from = to;
    }
  }

  /** The groups of copies among {@code list[from..to)}, which all start at the same time. */
  private void group(Activity[] list, int from, int to, List<Suspicion> found) {
    boolean[] taken = new boolean[to - from];
    for (int i = from; i < to; i++) {
      if (taken[i - from]) {
        continue;
      }
      List<Activity> copies = null;
      for (int j = i + 1; j < to; j++) {
        if (!taken[j - from] && list[i].sameEngagementAs(list[j])) {
          if (copies == null) {
            copies = new ArrayList<>();
            copies.add(list[i]);
          }
          copies.add(list[j]);
          taken[j - from] = true;
        }
      }
      if (copies != null) {
        copies.sort(CheckedLog.BY_RECORDED);
        found.add(suspicion(copies));
      }
    }
  }

  private Suspicion suspicion(List<Activity> copies) {
    Activity first = copies.get(0);
    String ids = Texts.ids(copies, "、");
    return Suspicion.of(
        rule(),
        first.cadreId(),
        copies,
        Explanation.of(
            "同一活动（"
                + first.type().name()
                + "，"
                + Texts.time(first.start())
                + "，"
                + first.minutes()
                + " 分钟）重复登记 "
                + copies.size()
                + " 次："
                + ids
                + "；只计首条 "
                + first.activityId(),
            "the same activity ("
                + first.type().name()
                + ", "
                + Texts.time(first.start())
                + ", "
                + first.minutes()
                + " min) is recorded "
                + copies.size()
                + " times: "
                + Texts.ids(copies, ", ")
                + "; only the first, "
                + first.activityId()
                + ", counts"));
  }
}
