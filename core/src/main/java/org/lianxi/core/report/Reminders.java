package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.calendar.IsoWeek;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Term;
import org.lianxi.core.evaluation.Status;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.policy.ActivityCount;
import org.lianxi.core.policy.AssignmentQuota;
import org.lianxi.core.policy.Obligation;
import org.lianxi.core.policy.ObligationKind;

/** Reminders for the pending verdicts of the report's term. */
final class Reminders {
  private Reminders() {}

  static ImmutableList<Reminder> build(ReportContext c) {
    ImmutableList.Builder<Reminder> out = ImmutableList.builder();
    for (Verdict v : c.current.evaluation().verdicts(Status.PENDING)) {
      Optional<Obligation> o = c.policy.obligation(v.obligationId());
      Explanation title =
          o.map(Obligation::title).orElse(Explanation.of(v.obligationId(), v.obligationId()));
      LocalDate due = dueOn(c, o.map(Obligation::kind).orElse(null));
      int remaining = Math.max(0, v.required() - v.achieved());
      ImmutableList<Recipient> to = recipients(c, v.subject());
      String name = c.nameOf(v.subject());
      out.add(
          new Reminder(
              v.subject(),
              name,
              c.universityOf(v.subject()),
              v.obligationId(),
              v.clause(),
              title,
              remaining,
              due,
              to,
              Explanation.of(
                  name
                      + "："
                      + v.clause()
                      + "「"
                      + title.zh()
                      + "」尚需 "
                      + remaining
                      + "（已 "
                      + v.achieved()
                      + "/"
                      + v.required()
                      + "），"
                      + due
                      + " 前完成",
                  name
                      + ": "
                      + v.clause()
                      + " \""
                      + title.en()
                      + "\" needs "
                      + remaining
                      + " more ("
                      + v.achieved()
                      + "/"
                      + v.required()
                      + " so far), due by the end of "
                      + due)));
    }
    return out.build();
  }

  /** When the pending obligation falls due (see {@link Reminder#dueOn()}). */
  static LocalDate dueOn(ReportContext c, ObligationKind kind) {
    Term term = c.term();
    if (kind instanceof AssignmentQuota) {
      return term.startsOn();
    }
    if (kind instanceof ActivityCount) {
      switch (((ActivityCount) kind).period()) {
        case WEEK:
          List<IsoWeek> weeks = c.calendar.teachingWeeks(term);
          return weeks.isEmpty() ? term.endsOn() : weeks.get(0).sunday();
        case MONTH:
          LocalDate end = YearMonth.from(term.startsOn()).atEndOfMonth();
          return end.isAfter(term.endsOn()) ? term.endsOn() : end;
        case ACADEMIC_YEAR:
          return c.calendar.yearEnd(term.academicYear());
        case TERM:
          return term.endsOn();
      }
    }
    return AcademicCalendar.span(term).to();
  }

  /** The cadre, then the offices that coordinate them (四、2); for a unit, the unit itself. */
  static ImmutableList<Recipient> recipients(ReportContext c, String subject) {
    Optional<Cadre> cadre = c.org.cadre(subject);
    if (cadre.isEmpty()) {
      return c.org
          .unit(subject)
          .map(u -> ImmutableList.of(new Recipient(Recipient.Kind.OFFICE, u.unitId(), u.name())))
          .orElse(ImmutableList.of());
    }
    ImmutableList.Builder<Recipient> to = ImmutableList.builder();
    to.add(new Recipient(Recipient.Kind.CADRE, cadre.get().cadreId(), cadre.get().name()));
    String university = c.universityOf(subject);
    List<OrgUnit> offices = new ArrayList<>();
    switch (cadre.get().tier()) {
      case UNIVERSITY_LEADERSHIP:
        offices.addAll(tagged(c, university, ViewScope.PARTY_OFFICE, ViewScope.PRESIDENT_OFFICE));
        break;
      case FUNCTIONAL_DEPARTMENT:
        offices.addAll(tagged(c, university, ViewScope.STUDENT_WORK, ViewScope.GRADUATE_WORK));
        break;
      case COLLEGE_LEADERSHIP:
        c.org.collegeOf(cadre.get().unitId()).ifPresent(offices::add);
        break;
    }
    offices.forEach(u -> to.add(new Recipient(Recipient.Kind.OFFICE, u.unitId(), u.name())));
    return to.build();
  }

  private static List<OrgUnit> tagged(ReportContext c, String university, String... tags) {
    List<OrgUnit> list = new ArrayList<>();
    for (OrgUnit u : c.org.units().values()) {
      if (!c.org.universityOfUnit(u.unitId()).map(university::equals).orElse(false)) {
        continue;
      }
      for (String tag : tags) {
        if (u.hasTag(tag)) {
          list.add(u);
          break;
        }
      }
    }
    list.sort(Comparator.comparing(OrgUnit::unitId));
    return list;
  }
}
