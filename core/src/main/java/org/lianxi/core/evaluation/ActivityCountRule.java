package org.lianxi.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.policy.ActivityCount;
import org.lianxi.core.policy.Obligation;

/**
 * {@link ActivityCount}: counts the cadre's activities of the listed types (in person, with an
 * assigned unit, when so required) per teaching week, month, term or academic year (SPEC §3.1).
 */
final class ActivityCountRule extends CadreRule {
  private final ActivityCount kind;
  private final boolean[] types;
  private final boolean[] units;

  ActivityCountRule(Obligation obligation, String clause) {
    super(obligation, clause);
    this.kind = (ActivityCount) obligation.kind();
    this.types = new boolean[ActivityType.values().length];
    for (ActivityType t : ActivityType.values()) {
      types[t.ordinal()] = kind.counts(t);
    }
    if (kind.withUnitTypes().isEmpty()) {
      this.units = null;
    } else {
      this.units = new boolean[ContactUnitType.values().length];
      for (ContactUnitType t : kind.withUnitTypes()) {
        units[t.ordinal()] = true;
      }
    }
  }

  private boolean matches(CadreFacts.Entry e) {
    if (!types[e.type.ordinal()]) {
      return false;
    }
    if (kind.inPersonOnly() && !e.inPerson) {
      return false;
    }
    return units == null || (e.assignedType != null && units[e.assignedType.ordinal()]);
  }

  @Override
  Verdict evaluate(CadreFacts c, Scope s) {
    if (kind.onlyWhereAssigned() && !c.hasAssignment(units, s)) {
      return null;
    }
    switch (kind.period()) {
      case WEEK:
        return weekly(c, s);
      case MONTH:
        return monthly(c, s);
      case TERM:
        return quota(c, s, false);
      case ACADEMIC_YEAR:
        return quota(c, s, true);
    }
    throw new AssertionError(kind.period());
  }

  private boolean inRange(int n) {
    return n >= kind.min() && (kind.max().isEmpty() || n <= kind.max().get());
  }

  private String rangeText() {
    return kind.max().isPresent()
        ? kind.min() + "–" + kind.max().get()
        : String.valueOf(kind.min());
  }

  // ------------------------------------------------------------------ term and academic year

  private Verdict quota(CadreFacts c, Scope s, boolean year) {
    if (c.absentThroughout(s.span)) {
      return exempt(c, s.span.toString());
    }
    List<String> ids = new ArrayList<>();
    for (CadreFacts.Entry e : c.counting) {
      if ((year ? e.inYear : e.inWindow) && matches(e)) {
        ids.add(e.id());
      }
    }
    List<CadreFacts.Entry> lost = new ArrayList<>();
    for (CadreFacts.Entry e : c.excluded) {
      if ((year ? e.inYear : e.inWindow) && matches(e)) {
        lost.add(e);
      }
    }
    int n = ids.size();
    boolean due = year ? s.yearDue : s.termDue;
    boolean above = kind.max().isPresent() && n > kind.max().get();
    Status status;
    if (inRange(n)) {
      status = Status.MET;
    } else if (above || due) {
      status = Status.SHORTFALL;
    } else {
      status = Status.PENDING;
    }
    Text t = text().add("应 " + rangeText() + " 次，", "required " + rangeText() + ", ");
    if (status == Status.PENDING) {
      LocalDate end = year ? s.yearEnd : s.term.endsOn();
      t.add(
          "截至 " + s.asOf + " 实 " + n + " 次，" + (year ? "学年" : "学期") + "结束（" + end + "）时到期",
          n
              + " so far as of "
              + s.asOf
              + "; due when the "
              + (year ? "academic year" : "term")
              + " ends on "
              + end);
    } else {
      t.add("实 " + n + " 次", "achieved " + n);
      if (above) {
        t.add("，超过上限 " + kind.max().get(), ", above the maximum " + kind.max().get());
      } else if (status == Status.SHORTFALL) {
        int gap = kind.min() - n;
        t.add("，缺 " + gap + " 次", ", " + gap + " missing");
      }
    }
    Verdict.Builder b = verdict(c, status, kind.min(), n).addAllActivityIds(ids);
    excluded(b, t, lost);
    return b.explanation(t.build()).build();
  }

  // ------------------------------------------------------------------ weeks and months

  private Verdict weekly(CadreFacts c, Scope s) {
    int periods = s.weeks.size();
    boolean[] excused = new boolean[periods];
    for (int i = 0; i < periods; i++) {
      excused[i] = c.excusedWeek(i, s);
    }
    return periodic(c, s, excused, s.weekDue, s.weekLabels, true);
  }

  private Verdict monthly(CadreFacts c, Scope s) {
    int periods = s.months.size();
    boolean[] excused = new boolean[periods];
    for (int i = 0; i < periods; i++) {
      excused[i] = c.absentThroughout(s.monthSpans.get(i));
    }
    return periodic(c, s, excused, s.monthDue, s.monthLabels, false);
  }

  private Verdict periodic(
      CadreFacts c,
      Scope s,
      boolean[] excused,
      boolean[] due,
      List<String> labels,
      boolean weekly) {
    int periods = labels.size();
    String unitZh = weekly ? " 周" : " 个月";
    String unitEn = weekly ? " weeks" : " months";
    int open = 0;
    for (int i = 0; i < periods; i++) {
      if (!excused[i]) {
        open++;
      }
    }
    if (open == 0) {
      return exempt(c, s.span.toString());
    }
    int[] counts = new int[periods];
    List<String> ids = new ArrayList<>();
    for (CadreFacts.Entry e : c.counting) {
      int p = weekly ? e.week : e.month;
      if (p >= 0 && e.inWindow && due[p] && !excused[p] && matches(e)) {
        counts[p]++;
        ids.add(e.id());
      }
    }
    List<CadreFacts.Entry> lost = new ArrayList<>();
    for (CadreFacts.Entry e : c.excluded) {
      int p = weekly ? e.week : e.month;
      if (p >= 0 && e.inWindow && due[p] && !excused[p] && matches(e)) {
        lost.add(e);
      }
    }
    int required = 0;
    int achieved = 0;
    int excusedDue = 0;
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < periods; i++) {
      if (!due[i]) {
        continue;
      }
      if (excused[i]) {
        excusedDue++;
        continue;
      }
      required++;
      if (inRange(counts[i])) {
        achieved++;
      } else {
        missing.add(labels.get(i));
      }
    }
    Text t = text();
    Verdict.Builder b;
    if (required == 0) {
      t.add(
          "截至 " + s.asOf + " 尚无到期的" + (weekly ? "教学周" : "月份") + "；全学期应 " + open + unitZh,
          "no "
              + (weekly ? "teaching week" : "month")
              + " due yet as of "
              + s.asOf
              + "; "
              + open
              + unitEn
              + " required in the term");
      b = verdict(c, Status.PENDING, open, 0);
    } else {
      Status status = achieved == required ? Status.MET : Status.SHORTFALL;
      t.add(
          "应 " + required + unitZh + "，实 " + achieved + unitZh,
          "required " + required + unitEn + ", achieved " + achieved);
      if (!missing.isEmpty()) {
        t.add("，缺 ", ", missing ").list(missing);
      }
      if (excusedDue > 0) {
        t.add(
            "（请假免计 " + excusedDue + unitZh + "）",
            " (" + excusedDue + unitEn + " excused by absence)");
      }
      if (kind.min() != 1 || kind.max().isPresent()) {
        t.add(
            "（每" + (weekly ? "周" : "月") + " " + rangeText() + " 次）",
            " (" + rangeText() + " per " + (weekly ? "week" : "month") + ")");
      }
      b = verdict(c, status, required, achieved).addAllMissing(missing);
    }
    b.addAllActivityIds(ids);
    excluded(b, t, lost);
    return b.explanation(t.build()).build();
  }
}
