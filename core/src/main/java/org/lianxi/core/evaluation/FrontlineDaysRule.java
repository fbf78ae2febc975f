package org.lianxi.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lianxi.core.policy.FrontlineDays;
import org.lianxi.core.policy.Obligation;

/**
 * {@link FrontlineDays} (三 preamble): standard working days of the term up to as-of, outside the
 * cadre's absences; a frontline day is one with at least one counting activity of any type and
 * venue; required = ⌈share × standard working days⌉, accruing day by day.
 */
final class FrontlineDaysRule extends CadreRule {
  private final FrontlineDays kind;

  FrontlineDaysRule(Obligation obligation, String clause) {
    super(obligation, clause);
    this.kind = (FrontlineDays) obligation.kind();
  }

  @Override
  Verdict evaluate(CadreFacts c, Scope s) {
    long[] days = s.standardDays;
    long asOf = s.asOf.toEpochDay();
    // the cadre's standard days: those of the term not in an absence
    boolean[] standard = new boolean[days.length];
    int total = 0;
    int upToAsOf = 0;
    for (int i = 0; i < days.length; i++) {
      if (c.absences.isEmpty() || !c.absent(LocalDate.ofEpochDay(days[i]))) {
        standard[i] = true;
        total++;
        if (days[i] <= asOf) {
          upToAsOf++;
        }
      }
    }
    if (total == 0) {
      Text t =
          text()
              .add(
                  "本学期没有标准工作日（请假/外出或无教学周），免于考核",
                  "no standard working days in the term (absence or no teaching week): exempt");
      return verdict(c, Status.EXEMPT, 0, 0).explanation(t.build()).build();
    }
    if (upToAsOf == 0) {
      int required = kind.required(total);
      Text t =
          text()
              .add(
                  "截至 "
                      + s.asOf
                      + " 尚无标准工作日；全学期应 "
                      + required
                      + " 天（标准工作日 "
                      + total
                      + " 天的 "
                      + kind.percent()
                      + "）",
                  "no standard working day yet as of "
                      + s.asOf
                      + "; "
                      + required
                      + " days required in the term ("
                      + kind.percent()
                      + " of "
                      + total
                      + " standard working days)");
      return verdict(c, Status.PENDING, required, 0).explanation(t.build()).build();
    }
    long first = days[0];
    boolean[] frontline = new boolean[(int) (days[days.length - 1] - first) + 1];
    boolean[] standardByDay = new boolean[frontline.length];
    for (int i = 0; i < days.length; i++) {
      if (standard[i] && days[i] <= asOf) {
        standardByDay[(int) (days[i] - first)] = true;
      }
    }
    int achieved = 0;
    for (CadreFacts.Entry e : c.counting) {
      if (e.inWindow
          && isStandard(e.day, first, standardByDay)
          && !frontline[(int) (e.day - first)]) {
        frontline[(int) (e.day - first)] = true;
        achieved++;
      }
    }
    List<String> ids = new ArrayList<>();
    for (CadreFacts.Entry e : c.counting) {
      if (e.inWindow && isStandard(e.day, first, standardByDay)) {
        ids.add(e.id());
      }
    }
    List<CadreFacts.Entry> lost = new ArrayList<>();
    for (CadreFacts.Entry e : c.excluded) {
      if (e.inWindow && isStandard(e.day, first, standardByDay)) {
        lost.add(e);
      }
    }
    int required = kind.required(upToAsOf);
    Status status = achieved >= required ? Status.MET : Status.SHORTFALL;
    Text t =
        text()
            .add(
                "一线工作日应 "
                    + required
                    + " 天（截至 "
                    + s.asOf
                    + " 标准工作日 "
                    + upToAsOf
                    + " 天的 "
                    + kind.percent()
                    + "），实 "
                    + achieved
                    + " 天",
                "frontline days: required "
                    + required
                    + " ("
                    + kind.percent()
                    + " of "
                    + upToAsOf
                    + " standard working days up to "
                    + s.asOf
                    + "), achieved "
                    + achieved);
    if (status == Status.SHORTFALL) {
      int gap = required - achieved;
      t.add("，缺 " + gap + " 天", ", " + gap + " missing");
    }
    Verdict.Builder b = verdict(c, status, required, achieved).addAllActivityIds(ids);
    excluded(b, t, lost);
    return b.explanation(t.build()).build();
  }

  private static boolean isStandard(long day, long first, boolean[] standardByDay) {
    long i = day - first;
    return i >= 0 && i < standardByDay.length && standardByDay[(int) i];
  }
}
