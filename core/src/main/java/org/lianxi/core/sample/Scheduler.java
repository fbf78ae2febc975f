package org.lianxi.core.sample;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.ContactUnitType;

/**
 * Schedules one cadre's ordinary activities in one term: first what the policy asks of them (unless
 * the plan says they miss it), then further contacts up to a target count. Everything lands on open
 * days in free parts of the day, with assigned units only while assigned.
 */
final class Scheduler {
  /** How many activities cadres have in a term: ranges per kind of cadre. */
  record Density(
      int leaderMin,
      int leaderMax,
      int deptMin,
      int deptMax,
      int frontlineExtraMin,
      int frontlineExtraMax,
      int collegeMin,
      int collegeMax) {
    static final Density DEMO = new Density(24, 32, 10, 20, 2, 8, 14, 24);
    static final Density PROVINCE = new Density(55, 75, 40, 70, 4, 14, 45, 75);
  }

  private static final ImmutableList<ActivityType> WEEKLY =
      ImmutableList.of(
          ActivityType.DORM_VISIT,
          ActivityType.CANTEEN_VISIT,
          ActivityType.CLASS_OBSERVATION,
          ActivityType.STUDENT_FORUM,
          ActivityType.LEADER_MEAL,
          ActivityType.FACE_TO_FACE,
          ActivityType.ASSOCIATION_EVENT,
          ActivityType.GRADUATE_FORUM);

  private static final ImmutableList<ActivityType> LEADER_PADS =
      ImmutableList.of(
          ActivityType.DORM_VISIT,
          ActivityType.CANTEEN_VISIT,
          ActivityType.CLASS_OBSERVATION,
          ActivityType.STUDENT_FORUM,
          ActivityType.GRADUATE_FORUM,
          ActivityType.LEADER_MEAL,
          ActivityType.FACE_TO_FACE,
          ActivityType.RESEARCH_VISIT,
          ActivityType.ASSOCIATION_EVENT,
          ActivityType.ONLINE_ENGAGEMENT);

  private static final ImmutableList<ActivityType> FRONTLINE =
      ImmutableList.of(
          ActivityType.RESEARCH_VISIT,
          ActivityType.FACE_TO_FACE,
          ActivityType.DORM_VISIT,
          ActivityType.CANTEEN_VISIT,
          ActivityType.STUDENT_FORUM,
          ActivityType.HEART_TO_HEART,
          ActivityType.CLASS_OBSERVATION,
          ActivityType.ONLINE_ENGAGEMENT,
          ActivityType.ASSOCIATION_EVENT,
          ActivityType.LEAGUE_DAY);

  private static final ImmutableList<ActivityType> DEPT_PADS =
      ImmutableList.of(
          ActivityType.RESEARCH_VISIT,
          ActivityType.FACE_TO_FACE,
          ActivityType.DORM_VISIT,
          ActivityType.CANTEEN_VISIT,
          ActivityType.STUDENT_FORUM,
          ActivityType.ONLINE_ENGAGEMENT,
          ActivityType.ASSOCIATION_EVENT,
          ActivityType.HEART_TO_HEART,
          ActivityType.CLASS_OBSERVATION);

  private static final ImmutableList<ActivityType> COLLEGE_PADS =
      ImmutableList.of(
          ActivityType.CLASS_OBSERVATION,
          ActivityType.STUDENT_FORUM,
          ActivityType.FACE_TO_FACE,
          ActivityType.DORM_VISIT,
          ActivityType.RESEARCH_VISIT,
          ActivityType.HEART_TO_HEART,
          ActivityType.ASSOCIATION_EVENT,
          ActivityType.LEAGUE_DAY,
          ActivityType.ONLINE_ENGAGEMENT,
          ActivityType.CLASS_MEETING);

  private Scheduler() {}

  /**
   * Schedules {@code leader}'s term. {@code reserved} are day indexes kept free for planted
   * patterns.
   */
  static CadreTerm schedule(
      Leader leader, TermDays td, SplittableRandom r, Density density, int... reserved) {
    CadreTerm ct = new CadreTerm(leader, td, r);
    if (ct.absentThroughout()) {
      return ct;
    }
    for (int d : reserved) {
      ct.blocked[d] = true;
    }
    int term = td.index;
    for (int w : leader.missedWeeks.get(term)) {
      for (int d = td.weekFrom[w]; d <= td.weekTo[w]; d++) {
        ct.blocked[d] = true;
      }
    }
    int target;
    ImmutableList<ActivityType> pads;
    if (leader.university()) {
      universityLeader(ct);
      target = range(r, density.leaderMin(), density.leaderMax());
      pads = LEADER_PADS;
    } else if (leader.department()) {
      department(ct);
      target =
          leader.frontline()
              ? ct.drafts.size()
                  + range(r, density.frontlineExtraMin(), density.frontlineExtraMax())
              : range(r, density.deptMin(), density.deptMax());
      pads = DEPT_PADS;
    } else {
      collegeLeader(ct);
      target = range(r, density.collegeMin(), density.collegeMax());
      pads = COLLEGE_PADS;
    }
    pad(ct, target, pads);
    return ct;
  }

  private static int range(SplittableRandom r, int min, int max) {
    return min + r.nextInt(max - min + 1);
  }

  // ---------------------------------------------------------------- university leaders (三、1)

  private static void universityLeader(CadreTerm ct) {
    Leader l = ct.leader;
    TermDays td = ct.td;
    SplittableRandom r = ct.r;
    int term = td.index;
    int s = td.startIndex;
    if (l.principal() && td.autumn()) {
      ct.require(s, s + 20, ActivityType.FIRST_LESSON, null);
    }
    if (!l.misses(term, Miss.THEORY_LECTURE)) {
      ct.require(s + 14, td.days - 14, ActivityType.THEORY_LECTURE, null);
    }
    if (l.party()) {
      branchLife(ct, !l.misses(term, Miss.LEADER_BRANCH_LIFE));
    }
    for (int w = 0; w < td.weeks(); w++) {
      if (ct.excused(w) || missed(l, term, w)) {
        continue;
      }
      ActivityType type = WEEKLY.get(r.nextInt(WEEKLY.size()));
      Draft a = placeWithUnit(ct, td.weekFrom[w], td.weekTo[w], type);
      if (a == null) {
        a = placeWithUnit(ct, td.weekFrom[w], td.weekTo[w], ActivityType.FACE_TO_FACE);
      }
      if (a == null) {
        throw new IllegalStateException("no open day in week " + w + " for " + l.id);
      }
    }
  }

  private static boolean missed(Leader l, int term, int week) {
    for (int w : l.missedWeeks.get(term)) {
      if (w == week) {
        return true;
      }
    }
    return false;
  }

  /** Party day or organisational life with the assigned branch, and the year's party lecture. */
  private static void branchLife(CadreTerm ct, boolean life) {
    Leader l = ct.leader;
    SplittableRandom r = ct.r;
    Link branch = ct.anyLink(ContactUnitType.PARTY_BRANCH);
    if (branch == null) {
      return;
    }
    if (life) {
      int n = 1 + r.nextInt(2);
      for (int i = 0; i < n; i++) {
        ActivityType t =
            r.nextBoolean() ? ActivityType.PARTY_DAY : ActivityType.ORGANIZATIONAL_LIFE;
        ct.require(ct.td.startIndex + 7, ct.td.days - 7, t, branch);
      }
    }
    if (l.partyLectureTerm == ct.td.index) {
      ct.require(ct.td.startIndex + 14, ct.td.days - 10, ActivityType.PARTY_LECTURE, branch);
    }
  }

  // ---------------------------------------------------------------- department cadres (三、2)

  private static void department(CadreTerm ct) {
    Leader l = ct.leader;
    TermDays td = ct.td;
    SplittableRandom r = ct.r;
    int term = td.index;
    if (l.frontline()) {
      frontline(ct, l.frontlineShare.get(term));
    }
    if ((l.principal() || l.secretary()) && !l.misses(term, Miss.DEPT_ATTEND)) {
      Link link = ct.anyLink(ContactUnitType.CLASS, ContactUnitType.PARTY_BRANCH);
      if (link != null) {
        int n = 1 + r.nextInt(2);
        for (int i = 0; i < n; i++) {
          ActivityType t =
              link.unit.type == ContactUnitType.CLASS
                  ? ActivityType.CLASS_MEETING
                  : r.nextInt(3) == 0
                      ? ActivityType.PARTY_LECTURE
                      : r.nextBoolean() ? ActivityType.PARTY_DAY : ActivityType.ORGANIZATIONAL_LIFE;
          ct.require(td.startIndex + 7, td.days - 7, t, link);
        }
      }
    }
    if (l.listed()) {
      int n = 1 + r.nextInt(3);
      for (int i = 0; i < n; i++) {
        Link link =
            ct.anyLink(
                ContactUnitType.CLASS,
                ContactUnitType.DORMITORY,
                ContactUnitType.ASSOCIATION,
                ContactUnitType.PARTY_BRANCH);
        if (link != null) {
          ct.require(td.startIndex, td.days - 1, withUnit(link.unit.type, r), link);
        }
      }
      int talks = l.misses(term, Miss.FOCUS_STUDENT) ? 1 : 2 + r.nextInt(2);
      for (int i = 0; i < talks; i++) {
        Link student = ct.anyLink(ContactUnitType.STUDENT);
        if (student == null) {
          break;
        }
        ActivityType t =
            student.unit.hardship() && r.nextBoolean()
                ? ActivityType.HARDSHIP_SUPPORT
                : ActivityType.HEART_TO_HEART;
        ct.require(td.startIndex, td.days - 1, t, student);
      }
    }
    if (!l.frontline()) {
      int n = 1 + r.nextInt(3);
      for (int i = 0; i < n; i++) {
        ct.placeIn(td.startIndex, td.days - 1, ActivityType.RESEARCH_VISIT, null);
      }
    }
  }

  /** A non-quota activity with a unit of the given type (never one that III.2.1 counts). */
  private static ActivityType withUnit(ContactUnitType type, SplittableRandom r) {
    return switch (type) {
      case CLASS -> r.nextBoolean() ? ActivityType.CLASS_OBSERVATION : ActivityType.LEAGUE_DAY;
      case DORMITORY -> ActivityType.DORM_VISIT;
      case ASSOCIATION -> ActivityType.ASSOCIATION_EVENT;
      default -> ActivityType.FACE_TO_FACE;
    };
  }

  /** Frontline days (III.0): an activity on {@code share} of the standard working days. */
  private static void frontline(CadreTerm ct, double share) {
    TermDays td = ct.td;
    int standard = 0;
    int open = 0;
    for (int d = 0; d < td.days; d++) {
      if (ct.standard(d)) {
        standard++;
        if (!ct.blocked[d]) {
          open++;
        }
      }
    }
    int wanted = Math.min(open, (int) Math.ceil(share * standard));
    boolean[] chosen = new boolean[td.days];
    int left = wanted;
    int remaining = open;
    for (int d = 0; d < td.days && left > 0; d++) {
      if (ct.standard(d) && !ct.blocked[d]) {
        if (ct.r.nextInt(remaining) < left) {
          chosen[d] = true;
          left--;
        }
        remaining--;
      }
    }
    ct.frontlineDays = chosen;
    for (int d = 0; d < td.days; d++) {
      if (chosen[d]) {
        ActivityType t = FRONTLINE.get(ct.r.nextInt(FRONTLINE.size()));
        Link link = unitFor(ct, t, td.date[d]);
        ct.place(t, d, link == null ? null : link.unit);
      }
    }
  }

  // ---------------------------------------------------------------- college leaders (三、3)

  private static void collegeLeader(CadreTerm ct) {
    Leader l = ct.leader;
    TermDays td = ct.td;
    SplittableRandom r = ct.r;
    int term = td.index;
    int s = td.startIndex;
    if (l.principal()) {
      if (td.autumn()) {
        if (!l.misses(term, Miss.COLLEGE_FIRST_LESSON)) {
          Draft a = ct.require(s, s + 27, ActivityType.FIRST_LESSON, null);
          a.participants = 80 + r.nextInt(321);
        }
        if (!l.misses(term, Miss.ORIENTATION)) {
          ct.require(0, s + 13, ActivityType.ORIENTATION, null);
        }
      } else if (!l.misses(term, Miss.GRADUATION)) {
        int june = td.indexOf(LocalDate.of(td.date[td.days - 1].getYear(), 6, 1));
        ct.require(june, td.days - 1, ActivityType.GRADUATION_EVENT, null);
      }
    }
    if (l.party()) {
      branchLife(ct, !l.misses(term, Miss.COLLEGE_BRANCH_LIFE));
    }
    int hardship = l.misses(term, Miss.HARDSHIP) ? 1 : 2 + r.nextInt(2);
    for (int i = 0; i < hardship; i++) {
      ct.require(
          s, td.days - 1, ActivityType.HARDSHIP_SUPPORT, ct.anyLink(ContactUnitType.STUDENT));
    }
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      Link link =
          ct.anyLink(ContactUnitType.CLASS, ContactUnitType.DORMITORY, ContactUnitType.ASSOCIATION);
      if (link != null) {
        ActivityType t =
            link.unit.type == ContactUnitType.CLASS && r.nextBoolean()
                ? ActivityType.CLASS_MEETING
                : withUnit(link.unit.type, r);
        ct.require(s, td.days - 1, t, link);
      }
    }
  }

  // ---------------------------------------------------------------- further contacts

  private static void pad(CadreTerm ct, int target, ImmutableList<ActivityType> pads) {
    int failures = 0;
    int next = 0;
    while (ct.drafts.size() < target && failures < 8) {
      ActivityType t =
          ct.leader.exemplar ? pads.get(next++ % pads.size()) : pads.get(ct.r.nextInt(pads.size()));
      if (placeWithUnit(ct, 0, ct.td.days - 1, t) == null) {
        failures++;
      }
    }
  }

  /** Places {@code type} in {@code from..to}, sometimes with an assigned unit that fits it. */
  private static Draft placeWithUnit(CadreTerm ct, int from, int to, ActivityType type) {
    ContactUnitType fits = fits(type);
    if (fits != null && ct.r.nextInt(10) < 4) {
      Link link = ct.anyLink(fits);
      if (link != null) {
        Draft a = ct.placeIn(from, to, type, link);
        if (a != null) {
          return a;
        }
      }
    }
    return ct.placeIn(from, to, type, null);
  }

  /** An assigned unit that fits a frontline activity on {@code day}, sometimes. */
  private static Link unitFor(CadreTerm ct, ActivityType type, LocalDate day) {
    ContactUnitType fits = fits(type);
    if (fits == null || ct.r.nextInt(10) >= 3) {
      return null;
    }
    return ct.leader.linkOn(day, ct.r, fits);
  }

  /** The unit type an ordinary activity of this type may name (never one a quota counts). */
  private static ContactUnitType fits(ActivityType type) {
    return switch (type) {
      case DORM_VISIT -> ContactUnitType.DORMITORY;
      case CLASS_OBSERVATION, LEAGUE_DAY -> ContactUnitType.CLASS;
      case ASSOCIATION_EVENT -> ContactUnitType.ASSOCIATION;
      default -> null;
    };
  }
}
