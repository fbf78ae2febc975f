package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.domain.UnitKind;
import org.lianxi.core.evaluation.Verdict;

/** 纳入抓党建述职评议考核: the party-building scorecard. */
final class Scorecards {
  private Scorecards() {}

  static ImmutableList<ScorecardRow> build(ReportContext c) {
    ImmutableList.Builder<ScorecardRow> out = ImmutableList.builder();
    for (OrgUnit uni : c.universities()) {
      String u = uni.unitId();
      List<ContactUnit> all = contactUnitsOf(c, u, cu -> true);
      out.add(
          row(
              c,
              ScorecardRow.Kind.UNIVERSITY,
              u,
              uni.name(),
              u,
              verdicts(c, s -> c.universityOf(s).equals(u)),
              all,
              cadre -> true));
      List<OrgUnit> colleges = new ArrayList<>();
      for (OrgUnit x : c.org.units().values()) {
        if (x.kind() == UnitKind.COLLEGE
            && c.org.universityOfUnit(x.unitId()).map(u::equals).orElse(false)) {
          colleges.add(x);
        }
      }
      colleges.sort(Comparator.comparing(OrgUnit::unitId));
      for (OrgUnit college : colleges) {
        String k = college.unitId();
        out.add(
            row(
                c,
                ScorecardRow.Kind.COLLEGE,
                k,
                college.name(),
                u,
                verdicts(c, s -> inCollege(c, s, k)),
                contactUnitsOf(
                    c, u, cu -> cu.collegeId().map(id -> c.org.isUnder(id, k)).orElse(false)),
                cadre -> true));
      }
      out.add(
          row(
              c,
              ScorecardRow.Kind.FUNCTIONAL_DEPARTMENTS,
              u,
              uni.name() + "职能部门",
              u,
              verdicts(c, s -> c.universityOf(s).equals(u) && functional(c, s)),
              all,
              cadre -> cadre.tier() == Tier.FUNCTIONAL_DEPARTMENT));
    }
    return out.build();
  }

  private static boolean inCollege(ReportContext c, String subject, String college) {
    return c.org
        .cadre(subject)
        .map(x -> x.tier() == Tier.COLLEGE_LEADERSHIP && c.org.isUnder(x.unitId(), college))
        .orElseGet(() -> c.org.unit(subject).isPresent() && c.org.isUnder(subject, college));
  }

  private static boolean functional(ReportContext c, String subject) {
    return c.org
        .cadre(subject)
        .map(x -> x.tier() == Tier.FUNCTIONAL_DEPARTMENT)
        .orElseGet(
            () ->
                c.org
                    .unit(subject)
                    .map(x -> x.kind() == UnitKind.FUNCTIONAL_DEPARTMENT)
                    .orElse(false));
  }

  private static List<Verdict> verdicts(ReportContext c, Predicate<String> subject) {
    List<Verdict> list = new ArrayList<>();
    for (Verdict v : c.current.evaluation().verdicts()) {
      if (subject.test(v.subject())) {
        list.add(v);
      }
    }
    return list;
  }

  private static List<ContactUnit> contactUnitsOf(
      ReportContext c, String university, Predicate<ContactUnit> which) {
    List<ContactUnit> list = new ArrayList<>();
    for (ContactUnit cu : c.org.contactUnits().values()) {
      if (which.test(cu)
          && c.org
              .universityOfContactUnit(cu.contactUnitId())
              .map(university::equals)
              .orElse(false)) {
        list.add(cu);
      }
    }
    return list;
  }

  /** Whether some cadre the predicate accepts is assigned to the unit for the term (SPEC §3.1). */
  static boolean linked(ReportContext c, String contactUnitId, Predicate<Cadre> by) {
    LocalDate from = c.term().startsOn();
    LocalDate to = c.term().endsOn().isBefore(c.asOf()) ? c.term().endsOn() : c.asOf();
    if (to.isBefore(from)) {
      return false;
    }
    for (Assignment a : c.org.assignmentsOfUnit(contactUnitId)) {
      if (a.overlaps(from, to) && c.org.cadre(a.cadreId()).map(by::test).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private static Share linkedShare(
      ReportContext c, List<ContactUnit> units, ContactUnitType type, Predicate<Cadre> by) {
    Set<String> ids = new HashSet<>();
    int linked = 0;
    for (ContactUnit cu : units) {
      if (cu.type() == type && ids.add(cu.contactUnitId()) && linked(c, cu.contactUnitId(), by)) {
        linked++;
      }
    }
    return new Share(linked, ids.size());
  }

  private static ScorecardRow row(
      ReportContext c,
      ScorecardRow.Kind kind,
      String unitId,
      String name,
      String university,
      List<Verdict> verdicts,
      List<ContactUnit> units,
      Predicate<Cadre> by) {
    Share obligations = Dossiers.compliance(verdicts);
    Share branches = linkedShare(c, units, ContactUnitType.PARTY_BRANCH, by);
    Share classes = linkedShare(c, units, ContactUnitType.CLASS, by);
    return new ScorecardRow(
        kind,
        unitId,
        name,
        university,
        obligations,
        branches,
        classes,
        Explanation.of(
            name
                + "（"
                + kind.zh()
                + "）：任务达标 "
                + obligations.text()
                + "，学生党支部有干部联系 "
                + branches.text()
                + "，班级有干部联系 "
                + classes.text(),
            name
                + " ("
                + kind.en()
                + "): obligations met "
                + obligations.textEn()
                + ", student party branches linked to a cadre "
                + branches.textEn()
                + ", classes linked "
                + classes.textEn()));
  }
}
