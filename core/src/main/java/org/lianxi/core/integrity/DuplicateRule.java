package org.lianxi.core.integrity;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;

/**
 * {@code DUPLICATE}: the same cadre, type, contact unit, start and minutes recorded more than once
 * (SPEC §3.1). One finding per group, naming every copy in recorded order (the first copy, which is
 * the one that counts, first).
 */
final class DuplicateRule implements FindingRule {
  /** The identity of an engagement: what makes two records exact duplicates. */
  record Key(
      String cadreId,
      ActivityType type,
      Optional<String> contactUnitId,
      LocalDateTime start,
      int minutes) {
    static Key of(Activity a) {
      return new Key(a.cadreId(), a.type(), a.contactUnitId(), a.start(), a.minutes());
    }
  }

  @Override
  public IntegrityRule rule() {
    return IntegrityRule.DUPLICATE;
  }

  @Override
  public List<Suspicion> apply(CheckedLog log) {
    Map<Key, List<Activity>> groups = new LinkedHashMap<>();
    log.activities().stream()
        .sorted(CheckedLog.BY_RECORDED)
        .forEach(a -> groups.computeIfAbsent(Key.of(a), k -> new ArrayList<>()).add(a));
    List<Suspicion> found = new ArrayList<>();
    for (List<Activity> copies : groups.values()) {
      if (copies.size() < 2) {
        continue;
      }
      Activity first = copies.get(0);
      String ids = Texts.ids(copies, "、");
      found.add(
          Suspicion.of(
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
                      + ", counts")));
    }
    return found;
  }
}
