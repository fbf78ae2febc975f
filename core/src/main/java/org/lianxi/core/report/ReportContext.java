package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.policy.Policy;

/**
 * What every report of one term reads: the policy, the dataset and its org chart, the calendar, and
 * the audits of the report's term and every earlier term (oldest first).
 */
final class ReportContext {
  final Policy policy;
  final Dataset data;
  final OrgChart org;
  final AcademicCalendar calendar;
  final ImmutableList<TermAudit> audits;
  final TermAudit current;
  final CoverageOptions coverage;

  ReportContext(
      Policy policy,
      Dataset data,
      OrgChart org,
      AcademicCalendar calendar,
      List<TermAudit> audits,
      CoverageOptions coverage) {
    this.policy = policy;
    this.data = data;
    this.org = org;
    this.calendar = calendar;
    this.audits = ImmutableList.copyOf(audits);
    this.current = audits.get(audits.size() - 1);
    this.coverage = coverage;
  }

  Term term() {
    return current.term();
  }

  LocalDate asOf() {
    return current.asOf();
  }

  /** The name of a cadre or org unit, or the id itself. */
  String nameOf(String subject) {
    return org.cadre(subject)
        .map(Cadre::name)
        .or(() -> org.unit(subject).map(OrgUnit::name))
        .orElse(subject);
  }

  /** The university of a cadre or org unit, or empty. */
  String universityOf(String subject) {
    return org.universityOfCadre(subject).or(() -> org.universityOfUnit(subject)).orElse("");
  }

  /** Cadres of a university, by id. */
  List<Cadre> cadresOf(String university, Tier tier) {
    List<Cadre> list = new ArrayList<>();
    for (Cadre c : org.cadres().values()) {
      if (c.tier() == tier
          && org.universityOfCadre(c.cadreId()).map(university::equals).orElse(false)) {
        list.add(c);
      }
    }
    list.sort(Comparator.comparing(Cadre::cadreId));
    return list;
  }

  /** The universities of the dataset, by id. */
  List<OrgUnit> universities() {
    List<OrgUnit> list = new ArrayList<>();
    for (OrgUnit u : org.units().values()) {
      if (org.universityOfUnit(u.unitId()).map(u.unitId()::equals).orElse(false)) {
        list.add(u);
      }
    }
    list.sort(Comparator.comparing(OrgUnit::unitId));
    return list;
  }

  /** The verdicts of a cadre or unit in the report's term. */
  List<Verdict> verdictsOf(String subject) {
    return current.evaluation().verdictsFor(subject);
  }

  /**
   * The cadre's activities that count in the report's term: not superseded, starting in the term
   * window up to as-of, not excluded by the integrity rules, exact duplicates once (the first
   * recorded copy).
   */
  List<Activity> countingActivities(String cadreId) {
    Set<String> superseded = new HashSet<>();
    data.activities().forEach(a -> a.supersedes().ifPresent(superseded::add));
    List<Activity> mine = new ArrayList<>();
    for (Activity a : data.activities()) {
      if (a.cadreId().equals(cadreId)
          && !superseded.contains(a.activityId())
          && AcademicCalendar.inWindow(term(), a.start(), asOf())
          && !current.integrity().isExcluded(a.activityId())) {
        mine.add(a);
      }
    }
    mine.sort(Comparator.comparing(Activity::recordedAt).thenComparing(Activity::activityId));
    List<Activity> once = new ArrayList<>();
    for (Activity a : mine) {
      if (once.stream().noneMatch(a::sameEngagementAs)) {
        once.add(a);
      }
    }
    return once;
  }

  Optional<OrgUnit> unit(String unitId) {
    return org.unit(unitId);
  }
}
