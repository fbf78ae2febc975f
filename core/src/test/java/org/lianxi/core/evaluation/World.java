package org.lianxi.core.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.Break;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.domain.FeedbackChannel;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Season;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.domain.UnitKind;
import org.lianxi.core.domain.Venue;
import org.lianxi.core.domain.WorkdayOverride;
import org.lianxi.core.memory.InMemoryFacts;
import org.lianxi.core.policy.Policy;

/**
 * A small university for example tests: org units with the tags the policy names, a calendar of
 * academic year 2024-2025 (autumn 2024-09-02..2025-01-12 opening 2024-08-31 with a break week
 * 2024-11-04..10; spring 2025-02-17..2025-06-29), contact units and a fluent way to add cadres,
 * assignments, activities, absences and feedback. Irrelevant values are defaults; relevant ones are
 * named in the test.
 */
final class World {
  static final String AUTUMN = "2024-2025-1";
  static final String SPRING = "2024-2025-2";
  static final LocalDate AUTUMN_START = LocalDate.parse("2024-09-02");
  static final LocalDate AUTUMN_END = LocalDate.parse("2025-01-12");
  static final LocalDate SPRING_END = LocalDate.parse("2025-06-29");
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-03-01T02:00:00Z"), java.time.ZoneOffset.UTC);

  final List<OrgUnit> orgUnits = new ArrayList<>();
  final List<Cadre> cadres = new ArrayList<>();
  final List<ContactUnit> contactUnits = new ArrayList<>();
  final List<Assignment> assignments = new ArrayList<>();
  final List<Activity> activities = new ArrayList<>();
  final List<Absence> absences = new ArrayList<>();
  final List<Term> terms = new ArrayList<>();
  final List<Break> breaks = new ArrayList<>();
  final List<WorkdayOverride> workdays = new ArrayList<>();
  final List<Feedback> feedback = new ArrayList<>();

  static World university() {
    World w = new World();
    w.org("SUDA", UnitKind.UNIVERSITY, null);
    w.org(
        "XGB",
        UnitKind.FUNCTIONAL_DEPARTMENT,
        "SUDA",
        "student-work",
        "listed-department",
        "hotline");
    w.org("DWB", UnitKind.FUNCTIONAL_DEPARTMENT, "SUDA", "party-office", "party-work");
    w.org("TW", UnitKind.FUNCTIONAL_DEPARTMENT, "SUDA", "listed-department");
    w.org("CWC", UnitKind.FUNCTIONAL_DEPARTMENT, "SUDA");
    w.org("WXY", UnitKind.COLLEGE, "SUDA");
    w.terms.add(
        Term.builder()
            .termId(AUTUMN)
            .academicYear("2024-2025")
            .season(Season.AUTUMN)
            .startsOn(AUTUMN_START)
            .endsOn(AUTUMN_END)
            .opensOn(LocalDate.parse("2024-08-31"))
            .build());
    w.terms.add(
        Term.builder()
            .termId(SPRING)
            .academicYear("2024-2025")
            .season(Season.SPRING)
            .startsOn(LocalDate.parse("2025-02-17"))
            .endsOn(SPRING_END)
            .build());
    w.breaks.add(
        Break.builder()
            .startsOn(LocalDate.parse("2024-11-04"))
            .endsOn(LocalDate.parse("2024-11-10"))
            .name("运动会")
            .build());
    for (String d : List.of("2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-07")) {
      w.workdays.add(WorkdayOverride.of(LocalDate.parse(d), false, "国庆节"));
    }
    w.workdays.add(WorkdayOverride.of(LocalDate.parse("2024-10-12"), true, "调休"));
    for (String[] u :
        new String[][] {
          {"K1", "CLASS"}, {"K2", "CLASS"}, {"K3", "CLASS"}, {"D1", "DORMITORY"},
          {"S1", "ASSOCIATION"}, {"B1", "PARTY_BRANCH"}, {"B2", "PARTY_BRANCH"}, {"P1", "STUDENT"},
          {"P2", "STUDENT"}
        }) {
      w.contactUnit(u[0], ContactUnitType.valueOf(u[1]));
    }
    return w;
  }

  World org(String id, UnitKind kind, String parent, String... tags) {
    OrgUnit.Builder b = OrgUnit.builder().unitId(id).name(id).kind(kind).addTags(tags);
    if (parent != null) {
      b.parentId(parent);
    }
    orgUnits.add(b.build());
    return this;
  }

  World contactUnit(String id, ContactUnitType type) {
    contactUnits.add(
        ContactUnit.builder()
            .contactUnitId(id)
            .type(type)
            .name(id)
            .collegeId("WXY")
            .size(30)
            .build());
    return this;
  }

  // ------------------------------------------------------------------ cadres

  static Cadre.Builder aUniversityLeader(String id) {
    return aCadre(id, Tier.UNIVERSITY_LEADERSHIP, "SUDA");
  }

  static Cadre.Builder aDepartmentCadre(String id, String unit) {
    return aCadre(id, Tier.FUNCTIONAL_DEPARTMENT, unit);
  }

  static Cadre.Builder aCollegeLeader(String id) {
    return aCadre(id, Tier.COLLEGE_LEADERSHIP, "WXY");
  }

  static Cadre.Builder aCadre(String id, Tier tier, String unit) {
    return Cadre.builder()
        .cadreId(id)
        .name("干部" + id)
        .tier(tier)
        .unitId(unit)
        .title("职务")
        .principal(false)
        .partyMember(false)
        .branchSecretary(false);
  }

  World cadre(Cadre.Builder b) {
    cadres.add(b.build());
    return this;
  }

  // ------------------------------------------------------------------ assignments, absences

  World assign(String cadre, String unit) {
    return assign(cadre, unit, "2024-08-01", null);
  }

  World assign(String cadre, String unit, String from, String to) {
    Assignment.Builder b =
        Assignment.builder().cadreId(cadre).contactUnitId(unit).validFrom(LocalDate.parse(from));
    if (to != null) {
      b.validTo(LocalDate.parse(to));
    }
    assignments.add(b.build());
    return this;
  }

  World absent(String cadre, String from, String to) {
    absences.add(
        Absence.builder()
            .cadreId(cadre)
            .startsOn(LocalDate.parse(from))
            .endsOn(LocalDate.parse(to))
            .reason("出差")
            .build());
    return this;
  }

  // ------------------------------------------------------------------ activities

  /** An activity of 60 minutes in a classroom, recorded an hour after it ended. */
  static Activity.Builder anActivity(String id, String cadre, ActivityType type, String start) {
    LocalDateTime s = LocalDateTime.parse(start.length() == 10 ? start + "T10:00" : start);
    return Activity.builder()
        .activityId(id)
        .cadreId(cadre)
        .type(type)
        .start(s)
        .minutes(60)
        .venue(Venue.CLASSROOM)
        .recordedAt(s.plusHours(2));
  }

  World add(Activity.Builder b) {
    activities.add(b.build());
    return this;
  }

  World activity(String id, String cadre, ActivityType type, String start) {
    return add(anActivity(id, cadre, type, start));
  }

  World activity(String id, String cadre, ActivityType type, String start, String unit) {
    return add(anActivity(id, cadre, type, start).contactUnitId(unit));
  }

  /**
   * One in-person face-to-face activity on the Tuesday of every teaching week of the autumn term.
   */
  World weeklyContacts(String cadre) {
    LocalDate d = AUTUMN_START.plusDays(1);
    int i = 0;
    while (!d.isAfter(AUTUMN_END)) {
      if (!(d.isAfter(LocalDate.parse("2024-11-03"))
          && d.isBefore(LocalDate.parse("2024-11-11")))) {
        activity(cadre + "-W" + i++, cadre, ActivityType.FACE_TO_FACE, d.toString());
      }
      d = d.plusWeeks(1);
    }
    return this;
  }

  // ------------------------------------------------------------------ feedback

  World feedback(String id, String unit, String received, String acknowledged, String closed) {
    return feedback(id, unit, FeedbackChannel.HOTLINE, received, acknowledged, closed);
  }

  World feedback(
      String id,
      String unit,
      FeedbackChannel channel,
      String received,
      String acknowledged,
      String closed) {
    Feedback.Builder b =
        Feedback.builder()
            .feedbackId(id)
            .channel(channel)
            .unitId(unit)
            .receivedAt(LocalDateTime.parse(received));
    if (acknowledged != null) {
      b.acknowledgedAt(LocalDateTime.parse(acknowledged));
    }
    if (closed != null) {
      b.closedAt(LocalDateTime.parse(closed));
    }
    feedback.add(b.build());
    return this;
  }

  // ------------------------------------------------------------------ evaluation

  Dataset dataset() {
    return Dataset.builder()
        .orgUnits(orgUnits)
        .cadres(cadres)
        .contactUnits(contactUnits)
        .assignments(assignments)
        .activities(activities)
        .absences(absences)
        .terms(terms)
        .breaks(breaks)
        .workdays(workdays)
        .feedback(feedback)
        .build();
  }

  Evaluation evaluate(Policy policy, String term, LocalDate asOf) {
    return evaluate(policy, term, asOf, Exclusions.none());
  }

  Evaluation evaluate(Policy policy, String term, LocalDate asOf, Exclusions exclusions) {
    return Evaluator.create(CLOCK)
        .evaluate(policy, InMemoryFacts.factsOf(dataset()), term, asOf, exclusions);
  }

  Evaluation autumn(Policy policy) {
    return evaluate(policy, AUTUMN, AUTUMN_END);
  }

  Evaluation spring(Policy policy) {
    return evaluate(policy, SPRING, SPRING_END);
  }
}
