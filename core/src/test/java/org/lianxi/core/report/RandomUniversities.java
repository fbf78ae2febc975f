package org.lianxi.core.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.domain.FeedbackChannel;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Review;
import org.lianxi.core.domain.ReviewDecision;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.domain.Topic;
import org.lianxi.core.domain.UnitKind;
import org.lianxi.core.domain.Venue;

/**
 * Random datasets of two universities ({@code UNI-A}, {@code UNI-B}) over the two terms of {@link
 * SmallUniversity}, a pure function of a seed: departments with random coordination tags, colleges
 * (some with a college below them), cadres of every tier, contact units of every type (some
 * students, some tagged {@code hardship}, some university-level), assignments (a few across
 * universities), activities that trip the integrity rules (overlaps, early and late records, units
 * not assigned, oversized), reviews, absences and feedback whose free text names students. Ids and
 * names have a fixed width, so that none is a substring of another.
 */
final class RandomUniversities {
  static final List<String> DEPARTMENT_TAGS =
      List.of(
          "party-office",
          "president-office",
          "student-work",
          "graduate-work",
          "hotline",
          "listed-department",
          "party-work");
  private static final List<ActivityType> TYPES =
      List.of(
          ActivityType.THEORY_LECTURE,
          ActivityType.FIRST_LESSON,
          ActivityType.HARDSHIP_SUPPORT,
          ActivityType.HEART_TO_HEART,
          ActivityType.PARTY_LECTURE,
          ActivityType.PARTY_DAY,
          ActivityType.CLASS_MEETING,
          ActivityType.FACE_TO_FACE,
          ActivityType.DORM_VISIT,
          ActivityType.ONLINE_ENGAGEMENT);

  private RandomUniversities() {}

  static Dataset generate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Dataset.Builder d = Dataset.builder().addTerms(SmallUniversity.AUTUMN, SmallUniversity.SPRING);
    List<Cadre> allCadres = new ArrayList<>();
    List<ContactUnit> allUnits = new ArrayList<>();
    List<OrgUnit> offices = new ArrayList<>();
    for (String x : List.of("A", "B")) {
      String uni = "UNI-" + x;
      d.addOrgUnits(OrgUnit.builder().unitId(uni).name("大学" + x).kind(UnitKind.UNIVERSITY).build());
      List<OrgUnit> depts = new ArrayList<>();
      List<OrgUnit> colleges = new ArrayList<>();
      int nd = 1 + r.nextInt(3);
      for (int i = 1; i <= nd; i++) {
        OrgUnit.Builder b =
            unit(
                "ORG-" + x + "D" + two(i),
                "部门" + x + "D" + two(i),
                UnitKind.FUNCTIONAL_DEPARTMENT,
                uni);
        for (String tag : DEPARTMENT_TAGS) {
          if (r.nextInt(4) == 0) {
            b.addTags(tag);
          }
        }
        depts.add(b.build());
      }
      int nk = 1 + r.nextInt(2);
      for (int i = 1; i <= nk; i++) {
        OrgUnit k =
            unit("ORG-" + x + "K" + two(i), "学院" + x + "K" + two(i), UnitKind.COLLEGE, uni).build();
        colleges.add(k);
        if (r.nextInt(3) == 0) {
          colleges.add(
              unit("ORG-" + x + "J" + two(i), "系所" + x + "J" + two(i), UnitKind.COLLEGE, k.unitId())
                  .build());
        }
      }
      d.addAllOrgUnits(depts).addAllOrgUnits(colleges);
      offices.addAll(depts);
      offices.addAll(colleges);

      List<Cadre> cadres = new ArrayList<>();
      int[] n = {0};
      int nl = 1 + r.nextInt(2);
      for (int i = 0; i < nl; i++) {
        cadres.add(cadre(r, x, n, Tier.UNIVERSITY_LEADERSHIP, uni));
      }
      for (OrgUnit dept : depts) {
        for (int i = 0, m = r.nextInt(2); i < m; i++) {
          cadres.add(cadre(r, x, n, Tier.FUNCTIONAL_DEPARTMENT, dept.unitId()));
        }
      }
      for (OrgUnit k : colleges) {
        for (int i = 0, m = 1 + r.nextInt(2); i < m; i++) {
          cadres.add(cadre(r, x, n, Tier.COLLEGE_LEADERSHIP, k.unitId()));
        }
      }
      d.addAllCadres(cadres);
      allCadres.addAll(cadres);

      List<ContactUnit> units = new ArrayList<>();
      for (int i = 1, m = 3 + r.nextInt(6); i <= m; i++) {
        ContactUnitType type = ContactUnitType.values()[r.nextInt(ContactUnitType.values().length)];
        ContactUnit.Builder b =
            ContactUnit.builder()
                .contactUnitId("CTU-" + x + three(i))
                .type(type)
                .name((type == ContactUnitType.STUDENT ? "同学" : "对象") + x + three(i))
                .size(r.nextInt(40));
        if (r.nextInt(5) != 0) {
          b.collegeId(colleges.get(r.nextInt(colleges.size())).unitId());
        }
        if (r.nextInt(4) == 0) {
          b.addTags("hardship");
        }
        units.add(b.build());
      }
      d.addAllContactUnits(units);
      allUnits.addAll(units);
      for (ContactUnit u : units) {
        for (int i = 0, m = r.nextInt(3); i < m; i++) {
          Cadre c = cadres.get(r.nextInt(cadres.size()));
          LocalDate from = LocalDate.parse("2024-08-20").plusDays(r.nextInt(200));
          Assignment.Builder a =
              Assignment.builder()
                  .cadreId(c.cadreId())
                  .contactUnitId(u.contactUnitId())
                  .validFrom(from);
          if (r.nextBoolean()) {
            a.validTo(from.plusDays(30 + r.nextInt(200)));
          }
          d.addAssignments(a.build());
        }
      }
    }
    // A few links across the two universities.
    for (int i = 0; i < 2; i++) {
      if (r.nextBoolean()) {
        d.addAssignments(
            Assignment.builder()
                .cadreId(allCadres.get(r.nextInt(allCadres.size())).cadreId())
                .contactUnitId(allUnits.get(r.nextInt(allUnits.size())).contactUnitId())
                .validFrom(LocalDate.parse("2024-09-01"))
                .build());
      }
    }

    List<Activity> activities = new ArrayList<>();
    int id = 0;
    for (Cadre c : allCadres) {
      for (int i = 0, m = r.nextInt(6); i < m; i++) {
        boolean spring = r.nextInt(3) == 0;
        LocalDate day =
            spring
                ? SmallUniversity.SPRING.startsOn().plusDays(r.nextInt(130))
                : SmallUniversity.AUTUMN.startsOn().plusDays(r.nextInt(130));
        LocalDateTime start = day.atTime(8 + r.nextInt(12), 15 * r.nextInt(4));
        int minutes = 30 + 30 * r.nextInt(6);
        Activity.Builder b =
            Activity.builder()
                .activityId("ACT-" + String.format("%05d", ++id))
                .cadreId(c.cadreId())
                .type(TYPES.get(r.nextInt(TYPES.size())))
                .start(start)
                .minutes(minutes)
                .venue(Venue.values()[r.nextInt(Venue.values().length)])
                .addTopics(Topic.values()[r.nextInt(Topic.values().length)])
                .recordedAt(
                    start.plusMinutes(
                        r.nextInt(10) == 0
                            ? -60
                            : minutes + r.nextInt(r.nextInt(8) == 0 ? 60 * 24 * 40 : 600)));
        if (r.nextInt(5) < 3) {
          ContactUnit u = allUnits.get(r.nextInt(allUnits.size()));
          b.contactUnitId(u.contactUnitId());
          b.evidence("与" + u.name() + "交流记录");
        }
        if (r.nextBoolean()) {
          b.participants(r.nextInt(50));
        }
        activities.add(b.build());
      }
    }
    d.addAllActivities(activities);
    for (Activity a : activities) {
      if (r.nextInt(6) == 0) {
        d.addReviews(
            Review.builder()
                .activityId(a.activityId())
                .rule(IntegrityRule.values()[r.nextInt(IntegrityRule.values().length)])
                .decision(r.nextBoolean() ? ReviewDecision.CONFIRM : ReviewDecision.DISMISS)
                .reviewer("审查员")
                .reviewedAt(LocalDateTime.parse("2025-03-01T10:00"))
                .build());
      }
    }
    for (Cadre c : allCadres) {
      if (r.nextInt(6) == 0) {
        LocalDate from = SmallUniversity.AUTUMN.startsOn().plusDays(r.nextInt(120));
        d.addAbsences(
            Absence.builder()
                .cadreId(c.cadreId())
                .startsOn(from)
                .endsOn(from.plusDays(r.nextInt(20)))
                .build());
      }
    }
    int fb = 0;
    for (OrgUnit o : offices) {
      for (int i = 0, m = r.nextInt(3); i < m; i++) {
        LocalDateTime received =
            SmallUniversity.AUTUMN.startsOn().plusDays(r.nextInt(250)).atTime(10, 0);
        Feedback.Builder b =
            Feedback.builder()
                .feedbackId("FB-" + String.format("%04d", ++fb))
                .channel(FeedbackChannel.HOTLINE)
                .unitId(o.unitId())
                .receivedAt(received)
                .category("关于" + allUnits.get(r.nextInt(allUnits.size())).name() + "的反映");
        if (r.nextBoolean()) {
          b.closedAt(received.plusDays(r.nextInt(30)));
        }
        d.addFeedback(b.build());
      }
    }
    return d.build();
  }

  private static OrgUnit.Builder unit(String id, String name, UnitKind kind, String parent) {
    return OrgUnit.builder().unitId(id).name(name).kind(kind).parentId(parent);
  }

  private static Cadre cadre(SplittableRandom r, String x, int[] n, Tier tier, String unit) {
    n[0]++;
    return Cadre.builder()
        .cadreId("CAD-" + x + three(n[0]))
        .name("干部" + x + three(n[0]))
        .tier(tier)
        .unitId(unit)
        .title("职务")
        .principal(r.nextBoolean())
        .partyMember(r.nextInt(4) != 0)
        .branchSecretary(r.nextInt(4) == 0)
        .build();
  }

  private static String two(int i) {
    return String.format("%02d", i);
  }

  private static String three(int i) {
    return String.format("%03d", i);
  }
}
