package org.lianxi.core.integrity;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lianxi.core.calendar.IsoWeek;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;

/**
 * {@code BULK_BACKFILL}: per cadre, {@link IntegritySettings#bulkBackfillRecords()} (10) or more
 * records whose {@code recordedAt} fall in one window of {@link
 * IntegritySettings#bulkBackfillWindowMinutes()} (60) minutes — {@code [t, t + 60 min)} — and whose
 * starts lie in {@link IntegritySettings#bulkBackfillWeeks()} (4) or more distinct ISO weeks.
 * Qualifying windows that share records are merged into one finding naming every record of the
 * burst, in recorded order.
 */
final class BulkBackfillRule implements FindingRule {
  @Override
  public IntegrityRule rule() {
    return IntegrityRule.BULK_BACKFILL;
  }

  @Override
  public void apply(CheckedLog log, CadreLog c, List<Suspicion> found) {
    int minRecords = log.settings().bulkBackfillRecords();
    int window = log.settings().bulkBackfillWindowMinutes();
    int minWeeks = log.settings().bulkBackfillWeeks();
    String cadre = c.cadreId;
    if (c.size() < minRecords || !mayBurst(c.byStart, minRecords, window)) {
      return;
    }
    List<Activity> list = new ArrayList<>(c.list);
    list.sort(CheckedLog.BY_RECORDED);
    int burstFrom = -1;
    int burstTo = -1; // exclusive
    int end = 0;
    for (int i = 0; i < list.size(); i++) {
      LocalDateTime limit = list.get(i).recordedAt().plusMinutes(window);
      if (end < i) {
        end = i;
      }
      while (end < list.size() && list.get(end).recordedAt().isBefore(limit)) {
        end++;
      }
      if (end - i >= minRecords && weeks(list.subList(i, end)).size() >= minWeeks) {
        if (burstFrom >= 0 && i < burstTo) {
          burstTo = Math.max(burstTo, end);
        } else {
          if (burstFrom >= 0) {
            found.add(burst(cadre, list.subList(burstFrom, burstTo), log.settings()));
          }
          burstFrom = i;
          burstTo = end;
        }
      }
    }
    if (burstFrom >= 0) {
      found.add(burst(cadre, list.subList(burstFrom, burstTo), log.settings()));
    }
  }

  /**
   * Whether {@code minRecords} records may fall in one window: counted on {@code recordedAt} in
   * whole epoch seconds, sorted as primitives, with the window's end included — a superset of the
   * exact test below, so a cadre without such a window has no burst and needs no sort of its
   * records.
   */
  private static boolean mayBurst(Activity[] records, int minRecords, int windowMinutes) {
    long[] recorded = new long[records.length];
    for (int i = 0; i < records.length; i++) {
      recorded[i] = records[i].recordedAt().toEpochSecond(ZoneOffset.UTC);
    }
    Arrays.sort(recorded);
    long span = windowMinutes * 60L;
    int end = 0;
    for (int i = 0; i + minRecords <= recorded.length; i++) {
      if (end < i) {
        end = i;
      }
      while (end < recorded.length && recorded[end] <= recorded[i] + span) {
        end++;
      }
      if (end - i >= minRecords) {
        return true;
      }
    }
    return false;
  }

  private static Set<IsoWeek> weeks(List<Activity> records) {
    Set<IsoWeek> weeks = new TreeSet<>();
    for (Activity a : records) {
      weeks.add(IsoWeek.of(a.day()));
    }
    return weeks;
  }

  private Suspicion burst(String cadre, List<Activity> records, IntegritySettings s) {
    Set<IsoWeek> weeks = weeks(records);
    Activity first = records.get(0);
    Activity last = records.get(records.size() - 1);
    String from = Texts.time(first.recordedAt());
    String to = Texts.time(last.recordedAt());
    return Suspicion.of(
        rule(),
        cadre,
        records,
        Explanation.of(
            from
                + " 至 "
                + to
                + " 集中登记 "
                + records.size()
                + " 条活动（"
                + s.bulkBackfillWindowMinutes()
                + " 分钟内 ≥ "
                + s.bulkBackfillRecords()
                + " 条），活动时间分布在 "
                + weeks.size()
                + " 个不同的周（≥ "
                + s.bulkBackfillWeeks()
                + "）",
            records.size()
                + " activities were recorded between "
                + from
                + " and "
                + to
                + " (≥ "
                + s.bulkBackfillRecords()
                + " within "
                + s.bulkBackfillWindowMinutes()
                + " min) and took place over "
                + weeks.size()
                + " different ISO weeks (≥ "
                + s.bulkBackfillWeeks()
                + ")"));
  }
}
