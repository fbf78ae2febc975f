package org.lianxi.core.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.calendar.DateRange;
import org.lianxi.core.calendar.IsoWeek;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Review;
import org.lianxi.core.domain.ReviewDecision;
import org.lianxi.core.domain.Season;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.domain.UnitKind;

/**
 * An independent reading of SPEC §3–§5 for the samples' tests: reference checks, the integrity
 * rules with default thresholds, and the obligations of the built-in policy evaluated at each
 * term's last day. Written from the SPEC, not from the generator, so that the manifest is held to
 * the data.
 */
final class SampleAudit {
  private SampleAudit() {}

  // ---------------------------------------------------------------- references (SPEC §5)

  /** Every broken reference, duplicate id or tree problem; empty when the dataset is valid. */
  static List<String> referenceProblems(Dataset d) {
    List<String> problems = new ArrayList<>();
    Map<String, OrgUnit> units = index(d.orgUnits(), OrgUnit::unitId, "org unit", problems);
    Map<String, Cadre> cadres = index(d.cadres(), Cadre::cadreId, "cadre", problems);
    Map<String, ContactUnit> contactUnits =
        index(d.contactUnits(), ContactUnit::contactUnitId, "contact unit", problems);
    Map<String, Activity> activities =
        index(d.activities(), Activity::activityId, "activity", problems);
    index(d.feedback(), Feedback::feedbackId, "feedback", problems);
    index(d.terms(), Term::termId, "term", problems);
    index(d.workdays(), w -> w.date().toString(), "workday", problems);

    boolean tree = d.orgUnits().stream().anyMatch(u -> u.parentId().isPresent());
    long universities = d.orgUnits().stream().filter(u -> u.kind() == UnitKind.UNIVERSITY).count();
    if (!tree && universities != 1) {
      problems.add("without parent_id there must be exactly one university, not " + universities);
    }
    for (OrgUnit u : d.orgUnits()) {
      if (u.kind() == UnitKind.UNIVERSITY) {
        if (u.parentId().isPresent()) {
          problems.add("university " + u.unitId() + " has a parent");
        }
        continue;
      }
      if (tree && u.parentId().isEmpty()) {
        problems.add("with several universities " + u.unitId() + " needs a parent_id");
      }
      u.parentId()
          .ifPresent(
              p -> {
                if (!units.containsKey(p)) {
                  problems.add("org unit " + u.unitId() + " names unknown parent " + p);
                }
              });
      if (tree && root(u, units) == null) {
        problems.add("org unit " + u.unitId() + " does not lead to a university");
      }
    }
    for (Cadre c : d.cadres()) {
      OrgUnit u = units.get(c.unitId());
      if (u == null) {
        problems.add("cadre " + c.cadreId() + " names unknown unit " + c.unitId());
        continue;
      }
      UnitKind expected =
          c.tier() == Tier.UNIVERSITY_LEADERSHIP
              ? UnitKind.UNIVERSITY
              : c.tier() == Tier.FUNCTIONAL_DEPARTMENT
                  ? UnitKind.FUNCTIONAL_DEPARTMENT
                  : UnitKind.COLLEGE;
      if (u.kind() != expected) {
        problems.add("cadre " + c.cadreId() + " of tier " + c.tier() + " in a " + u.kind());
      }
    }
    for (ContactUnit cu : d.contactUnits()) {
      cu.collegeId()
          .ifPresent(
              col -> {
                OrgUnit u = units.get(col);
                if (u == null || u.kind() != UnitKind.COLLEGE) {
                  problems.add("contact unit " + cu.contactUnitId() + " names college " + col);
                }
              });
    }
    Map<String, Set<String>> universitiesOfUnit = new HashMap<>();
    for (Assignment a : d.assignments()) {
      Cadre c = cadres.get(a.cadreId());
      if (c == null) {
        problems.add("assignment names unknown cadre " + a.cadreId());
      }
      if (!contactUnits.containsKey(a.contactUnitId())) {
        problems.add("assignment names unknown contact unit " + a.contactUnitId());
      }
      if (c != null && units.containsKey(c.unitId())) {
        OrgUnit root = tree ? root(units.get(c.unitId()), units) : null;
        universitiesOfUnit
            .computeIfAbsent(a.contactUnitId(), k -> new HashSet<>())
            .add(root == null ? "" : root.unitId());
      }
    }
    for (ContactUnit cu : d.contactUnits()) {
      if (cu.collegeId().isEmpty()) {
        Set<String> of = universitiesOfUnit.get(cu.contactUnitId());
        if (of == null || of.size() != 1) {
          problems.add("university-level unit " + cu.contactUnitId() + " belongs to " + of);
        }
      }
    }
    for (Activity a : d.activities()) {
      if (!cadres.containsKey(a.cadreId())) {
        problems.add("activity " + a.activityId() + " names unknown cadre " + a.cadreId());
      }
      a.contactUnitId()
          .filter(u -> !contactUnits.containsKey(u))
          .ifPresent(u -> problems.add("activity " + a.activityId() + " names unknown unit " + u));
      a.supersedes()
          .filter(s -> !activities.containsKey(s))
          .ifPresent(s -> problems.add("activity " + a.activityId() + " supersedes unknown " + s));
      boolean inTerm =
          d.terms().stream()
              .anyMatch(t -> !a.day().isBefore(t.opensOn()) && !a.day().isAfter(t.endsOn()));
      if (!inTerm) {
        problems.add("activity " + a.activityId() + " on " + a.day() + " is in no term");
      }
    }
    for (Absence a : d.absences()) {
      if (!cadres.containsKey(a.cadreId())) {
        problems.add("absence names unknown cadre " + a.cadreId());
      }
    }
    for (Feedback f : d.feedback()) {
      if (!units.containsKey(f.unitId())) {
        problems.add("feedback " + f.feedbackId() + " names unknown unit " + f.unitId());
      }
    }
    for (Review r : d.reviews()) {
      if (!activities.containsKey(r.activityId())) {
        problems.add("review names unknown activity " + r.activityId());
      }
    }
    return problems;
  }

  private static OrgUnit root(OrgUnit u, Map<String, OrgUnit> units) {
    OrgUnit at = u;
    for (int depth = 0; depth < 10 && at != null; depth++) {
      if (at.kind() == UnitKind.UNIVERSITY) {
        return at;
      }
      at = at.parentId().map(units::get).orElse(null);
    }
    return null;
  }

  private static <T> Map<String, T> index(
      List<T> values, Function<T, String> id, String what, List<String> problems) {
    Map<String, T> map = new HashMap<>();
    for (T v : values) {
      if (map.put(id.apply(v), v) != null) {
        problems.add("duplicate " + what + " id " + id.apply(v));
      }
    }
    return map;
  }

  // ---------------------------------------------------------------- integrity rules (SPEC §4)

  /** The activities each rule flags (superseded records are not checked). */
  static Map<IntegrityRule, Set<String>> findings(Dataset d) {
    Map<IntegrityRule, Set<String>> found = new EnumMap<>(IntegrityRule.class);
    for (IntegrityRule rule : IntegrityRule.values()) {
      found.put(rule, new LinkedHashSet<>());
    }
    Set<String> superseded = new HashSet<>();
    for (Activity a : d.activities()) {
      a.supersedes().ifPresent(superseded::add);
    }
    Map<String, ContactUnit> units = new HashMap<>();
    d.contactUnits().forEach(u -> units.put(u.contactUnitId(), u));
    Map<String, List<Assignment>> links = new HashMap<>();
    d.assignments().forEach(a -> links.computeIfAbsent(a.cadreId(), k -> new ArrayList<>()).add(a));
    Map<String, List<Absence>> absences = new HashMap<>();
    d.absences().forEach(a -> absences.computeIfAbsent(a.cadreId(), k -> new ArrayList<>()).add(a));
    Map<String, List<Activity>> byCadre = new HashMap<>();
    for (Activity a : d.activities()) {
      if (!superseded.contains(a.activityId())) {
        byCadre.computeIfAbsent(a.cadreId(), k -> new ArrayList<>()).add(a);
      }
    }
    for (Map.Entry<String, List<Activity>> e : byCadre.entrySet()) {
      List<Activity> list = e.getValue();
      list.sort(Comparator.comparing(Activity::start));
      for (int i = 0; i < list.size(); i++) {
        Activity a = list.get(i);
        for (int j = i + 1; j < list.size() && list.get(j).start().isBefore(a.end()); j++) {
          Activity b = list.get(j);
          if (a.sameEngagementAs(b)) {
            found.get(IntegrityRule.DUPLICATE).add(a.activityId());
            found.get(IntegrityRule.DUPLICATE).add(b.activityId());
          } else {
            found.get(IntegrityRule.OVERLAP).add(a.activityId());
            found.get(IntegrityRule.OVERLAP).add(b.activityId());
          }
        }
        if (AcademicCalendar.absent(a.day(), absences.getOrDefault(e.getKey(), List.of()))) {
          found.get(IntegrityRule.DURING_ABSENCE).add(a.activityId());
        }
        if (a.recordedAt().isBefore(a.start())) {
          found.get(IntegrityRule.RECORDED_BEFORE_START).add(a.activityId());
        }
        if (ChronoUnit.MINUTES.between(a.start(), a.recordedAt()) > 720 * 60) {
          found.get(IntegrityRule.LATE_ENTRY).add(a.activityId());
        }
        if (a.contactUnitId().isPresent()) {
          ContactUnit u = units.get(a.contactUnitId().get());
          if (u.size() > 0
              && a.participants().isPresent()
              && a.participants().getAsInt() > u.size()) {
            found.get(IntegrityRule.OVERSIZED).add(a.activityId());
          }
          boolean assigned =
              links.getOrDefault(e.getKey(), List.of()).stream()
                  .anyMatch(
                      l -> l.contactUnitId().equals(u.contactUnitId()) && l.coversDay(a.day()));
          if (!assigned) {
            found.get(IntegrityRule.UNASSIGNED_UNIT).add(a.activityId());
          }
        }
      }
      Map<LocalDate, List<Activity>> byDay = new HashMap<>();
      list.forEach(a -> byDay.computeIfAbsent(a.day(), k -> new ArrayList<>()).add(a));
      for (List<Activity> day : byDay.values()) {
        int minutes = day.stream().mapToInt(Activity::minutes).sum();
        if (minutes > 720 || day.size() > 8) {
          day.forEach(a -> found.get(IntegrityRule.IMPLAUSIBLE_DAY).add(a.activityId()));
        }
      }
      List<Activity> byRecord = new ArrayList<>(list);
      byRecord.sort(Comparator.comparing(Activity::recordedAt));
      int j = 0;
      for (int i = 0; i < byRecord.size(); i++) {
        LocalDateTime until = byRecord.get(i).recordedAt().plusMinutes(60);
        if (j < i) {
          j = i;
        }
        while (j + 1 < byRecord.size() && byRecord.get(j + 1).recordedAt().isBefore(until)) {
          j++;
        }
        if (j - i + 1 >= 10) {
          Set<IsoWeek> weeks = new HashSet<>();
          for (int k = i; k <= j; k++) {
            weeks.add(IsoWeek.of(byRecord.get(k).day()));
          }
          if (weeks.size() >= 4) {
            for (int k = i; k <= j; k++) {
              found.get(IntegrityRule.BULK_BACKFILL).add(byRecord.get(k).activityId());
            }
          }
        }
      }
    }
    return found;
  }

  // ---------------------------------------------------------------- obligations (SPEC §3, §3.1)

  private static final EnumSet<ContactUnitType> LEADER_UNITS =
      EnumSet.of(ContactUnitType.CLASS, ContactUnitType.DORMITORY, ContactUnitType.ASSOCIATION);
  private static final EnumSet<ContactUnitType> LISTED_UNITS =
      EnumSet.of(
          ContactUnitType.CLASS,
          ContactUnitType.DORMITORY,
          ContactUnitType.ASSOCIATION,
          ContactUnitType.PARTY_BRANCH);
  private static final EnumSet<ContactUnitType> BRANCH = EnumSet.of(ContactUnitType.PARTY_BRANCH);
  private static final EnumSet<ContactUnitType> ALL_UNITS = EnumSet.allOf(ContactUnitType.class);
  private static final EnumSet<ActivityType> BRANCH_LIFE =
      EnumSet.of(ActivityType.PARTY_DAY, ActivityType.ORGANIZATIONAL_LIFE);
  private static final EnumSet<ActivityType> ATTEND =
      EnumSet.of(
          ActivityType.CLASS_MEETING,
          ActivityType.PARTY_DAY,
          ActivityType.ORGANIZATIONAL_LIFE,
          ActivityType.PARTY_LECTURE);
  private static final EnumSet<ActivityType> FOCUS =
      EnumSet.of(ActivityType.HEART_TO_HEART, ActivityType.HARDSHIP_SUPPORT);

  /** Every (subject, obligation, term) whose verdict at the term's last day is a shortfall. */
  static Set<PlannedShortfall> shortfalls(Dataset d) {
    Set<PlannedShortfall> out = new LinkedHashSet<>();
    AcademicCalendar cal =
        AcademicCalendar.builder()
            .terms(d.terms())
            .breaks(d.breaks())
            .workdays(d.workdays())
            .build();
    Map<String, OrgUnit> orgUnits = new HashMap<>();
    d.orgUnits().forEach(u -> orgUnits.put(u.unitId(), u));
    Map<String, ContactUnit> units = new HashMap<>();
    d.contactUnits().forEach(u -> units.put(u.contactUnitId(), u));
    Map<String, List<Assignment>> links = new HashMap<>();
    d.assignments().forEach(a -> links.computeIfAbsent(a.cadreId(), k -> new ArrayList<>()).add(a));
    Map<String, List<Absence>> absences = new HashMap<>();
    d.absences().forEach(a -> absences.computeIfAbsent(a.cadreId(), k -> new ArrayList<>()).add(a));
    Map<String, List<Activity>> counting = new HashMap<>();
    for (Activity a : counting(d)) {
      counting.computeIfAbsent(a.cadreId(), k -> new ArrayList<>()).add(a);
    }
    for (Term t : cal.terms()) {
      LocalDate asOf = t.endsOn();
      DateRange window = new DateRange(t.opensOn(), t.endsOn());
      boolean yearDue = cal.isYearDue(t.academicYear(), asOf);
      for (Cadre c : d.cadres()) {
        List<Absence> away = absences.getOrDefault(c.cadreId(), List.of());
        List<Assignment> mine = links.getOrDefault(c.cadreId(), List.of());
        List<Activity> all = counting.getOrDefault(c.cadreId(), List.of());
        List<Activity> acts = new ArrayList<>();
        for (Activity a : all) {
          if (window.contains(a.day())) {
            acts.add(a);
          }
        }
        boolean exempt = AcademicCalendar.absentThroughout(window, away);
        OrgUnit unit = orgUnits.get(c.unitId());
        Check k = new Check(c, t, out, units, mine, acts);
        if (!exempt && (unit.hasTag("party-work") || unit.hasTag("student-work"))) {
          List<LocalDate> standard = cal.standardWorkingDays(t, away, asOf);
          Set<LocalDate> days = new HashSet<>();
          acts.forEach(a -> days.add(a.day()));
          long frontline = standard.stream().filter(days::contains).count();
          if (!standard.isEmpty() && frontline < (standard.size() + 1) / 2) {
            k.shortfall("III.0-frontline-days");
          }
        }
        if (c.tier() == Tier.UNIVERSITY_LEADERSHIP) {
          if (!exempt) {
            k.atLeast("III.1.1-theory-lecture", 1, EnumSet.of(ActivityType.THEORY_LECTURE), null);
            if (c.principal() && t.season() == Season.AUTUMN) {
              k.atLeast("III.1.1-first-lesson", 1, EnumSet.of(ActivityType.FIRST_LESSON), null);
            }
            k.linked("III.1.2-link-unit", LEADER_UNITS);
            if (c.partyMember()) {
              k.linked("III.1.2-link-branch", BRANCH);
              k.atLeast("III.1.2-branch-life", 1, BRANCH_LIFE, BRANCH);
            }
            for (IsoWeek w : cal.teachingWeeks(t)) {
              if (AcademicCalendar.isDue(w, asOf)
                  && !AcademicCalendar.isExcused(w, away)
                  && acts.stream().noneMatch(a -> a.inPerson() && w.contains(a.day()))) {
                k.shortfall("III.1.3-weekly-contact");
              }
            }
          }
          if (c.partyMember() && yearDue) {
            k.yearly("III.1.2-party-lecture", cal, all, away);
          }
        } else if (c.tier() == Tier.FUNCTIONAL_DEPARTMENT) {
          if (!exempt && (c.principal() || c.branchSecretary())) {
            k.linked(
                "III.2.1-link", EnumSet.of(ContactUnitType.CLASS, ContactUnitType.PARTY_BRANCH));
            k.atLeast("III.2.1-attend", 1, ATTEND, ALL_UNITS);
          }
          if (!exempt && unit.hasTag("listed-department")) {
            k.linked("III.2.2-link", LISTED_UNITS);
            if (k.hasLink(EnumSet.of(ContactUnitType.STUDENT))) {
              k.atLeast("III.2.2-focus-student", 2, FOCUS, EnumSet.of(ContactUnitType.STUDENT));
            }
          }
        } else {
          if (!exempt) {
            if (c.principal() && t.season() == Season.AUTUMN) {
              k.atLeast("III.3.1-first-lesson", 1, EnumSet.of(ActivityType.FIRST_LESSON), null);
              k.atLeast("III.3.1-orientation", 1, EnumSet.of(ActivityType.ORIENTATION), null);
            }
            if (c.principal() && t.season() == Season.SPRING) {
              k.atLeast("III.3.1-graduation", 1, EnumSet.of(ActivityType.GRADUATION_EVENT), null);
            }
            k.linked("III.3.2-link-unit", LISTED_UNITS);
            if (c.partyMember()) {
              k.linked("III.3.2-link-branch", BRANCH);
              k.atLeast("III.3.2-branch-life", 1, BRANCH_LIFE, BRANCH);
            }
            k.atLeast("III.3.3-hardship", 2, EnumSet.of(ActivityType.HARDSHIP_SUPPORT), null);
          }
          if (c.partyMember() && yearDue) {
            k.yearly("III.3.2-party-lecture", cal, all, away);
          }
        }
      }
      feedback(d, cal, t, orgUnits, out);
    }
    return out;
  }

  private static void feedback(
      Dataset d,
      AcademicCalendar cal,
      Term t,
      Map<String, OrgUnit> orgUnits,
      Set<PlannedShortfall> out) {
    LocalDateTime asOfEnd = t.endsOn().plusDays(1).atStartOfDay();
    for (Feedback f : d.feedback()) {
      OrgUnit u = orgUnits.get(f.unitId());
      String obligation =
          u.hasTag("hotline")
              ? "III.2.3-feedback"
              : u.kind() == UnitKind.COLLEGE ? "III.3.4-feedback" : null;
      LocalDate received = f.receivedAt().toLocalDate();
      if (obligation == null || received.isBefore(t.opensOn()) || received.isAfter(t.endsOn())) {
        continue;
      }
      LocalDateTime ackBy = cal.workingDayDeadlineEnd(f.receivedAt(), 2);
      LocalDateTime closeBy = cal.workingDayDeadlineEnd(f.receivedAt(), 15);
      var closed = f.closedAt().filter(c -> c.isBefore(asOfEnd));
      boolean due = closed.isPresent() || !closeBy.isAfter(asOfEnd);
      if (!due) {
        continue;
      }
      LocalDateTime ack = f.acknowledgedAt().or(() -> f.closedAt()).orElse(null);
      boolean ok =
          closed.isPresent()
              && closed.get().isBefore(closeBy)
              && ack != null
              && ack.isBefore(ackBy);
      if (!ok) {
        out.add(PlannedShortfall.of(f.unitId(), obligation, t.termId()));
      }
    }
  }

  /**
   * The activities that count: not superseded, not kept out by an undismissed HIGH finding
   * (OVERLAP, DURING_ABSENCE, RECORDED_BEFORE_START), exact duplicates once (the first recorded).
   */
  static List<Activity> counting(Dataset d) {
    Map<IntegrityRule, Set<String>> found = findings(d);
    Set<String> superseded = new HashSet<>();
    d.activities().forEach(a -> a.supersedes().ifPresent(superseded::add));
    Set<String> dismissed = new HashSet<>();
    for (Review r : d.reviews()) {
      if (r.decision() == ReviewDecision.DISMISS) {
        dismissed.add(r.activityId() + "/" + r.rule());
      }
    }
    Map<List<Object>, Activity> firstCopy = new HashMap<>();
    List<Activity> out = new ArrayList<>();
    List<Activity> sorted = new ArrayList<>(d.activities());
    sorted.sort(Comparator.comparing(Activity::recordedAt).thenComparing(Activity::activityId));
    for (Activity a : sorted) {
      if (superseded.contains(a.activityId())) {
        continue;
      }
      boolean high = false;
      for (IntegrityRule rule :
          List.of(
              IntegrityRule.OVERLAP,
              IntegrityRule.DURING_ABSENCE,
              IntegrityRule.RECORDED_BEFORE_START)) {
        if (found.get(rule).contains(a.activityId())
            && !dismissed.contains(a.activityId() + "/" + rule)) {
          high = true;
        }
      }
      List<Object> key = List.of(a.cadreId(), a.type(), a.contactUnitId(), a.start(), a.minutes());
      if (high || firstCopy.putIfAbsent(key, a) != null) {
        continue;
      }
      out.add(a);
    }
    return out;
  }

  /** The checks of one cadre in one term. */
  private static final class Check {
    final Cadre c;
    final Term t;
    final Set<PlannedShortfall> out;
    final Map<String, ContactUnit> units;
    final List<Assignment> links;
    final List<Activity> acts;

    Check(
        Cadre c,
        Term t,
        Set<PlannedShortfall> out,
        Map<String, ContactUnit> units,
        List<Assignment> links,
        List<Activity> acts) {
      this.c = c;
      this.t = t;
      this.out = out;
      this.units = units;
      this.links = links;
      this.acts = acts;
    }

    void shortfall(String obligation) {
      out.add(PlannedShortfall.of(c.cadreId(), obligation, t.termId()));
    }

    boolean hasLink(Set<ContactUnitType> types) {
      return links.stream()
          .anyMatch(
              l ->
                  l.overlaps(t.opensOn(), t.endsOn())
                      && types.contains(units.get(l.contactUnitId()).type()));
    }

    void linked(String obligation, Set<ContactUnitType> types) {
      if (!hasLink(types)) {
        shortfall(obligation);
      }
    }

    /** With an assigned unit of one of the types on the activity's day (null: any or none). */
    boolean withAssigned(Activity a, Set<ContactUnitType> types) {
      if (types == null) {
        return true;
      }
      if (a.contactUnitId().isEmpty()) {
        return false;
      }
      ContactUnit u = units.get(a.contactUnitId().get());
      return types.contains(u.type())
          && links.stream()
              .anyMatch(l -> l.contactUnitId().equals(u.contactUnitId()) && l.coversDay(a.day()));
    }

    void atLeast(String obligation, int n, Set<ActivityType> types, Set<ContactUnitType> with) {
      long count =
          acts.stream().filter(a -> types.contains(a.type()) && withAssigned(a, with)).count();
      if (count < n) {
        shortfall(obligation);
      }
    }

    void yearly(String obligation, AcademicCalendar cal, List<Activity> all, List<Absence> away) {
      var year = cal.yearWindow(t.academicYear(), t.endsOn());
      if (year.isEmpty()
          || AcademicCalendar.absentThroughout(year.get(), away)
          || !Objects.equals(cal.yearEnd(t.academicYear()), t.endsOn())) {
        return;
      }
      long count =
          all.stream()
              .filter(
                  a ->
                      a.type() == ActivityType.PARTY_LECTURE
                          && cal.inYearTerms(t.academicYear(), a.day(), t.endsOn())
                          && withAssigned(a, BRANCH))
              .count();
      if (count < 1) {
        shortfall(obligation);
      }
    }
  }

  /** Whether the day is a weekend day. */
  static boolean weekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
