package org.lianxi.core.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.ContactUnitType;

/**
 * Plants integrity patterns into a holder's scheduled term. Patterns either add records that do not
 * count anyway ({@code HIGH} findings) or only add to what a cadre did, or change a record in a way
 * that keeps it counting ({@code LOW}/{@code MEDIUM} findings), so that the holder's verdicts are
 * those of the schedule.
 */
final class Planter {
  private static final int DAY = 1440;
  private static final int HOUR = 60;

  private Planter() {}

  /** A day of its own for the pattern: a working weekday mid-term the holder is present on. */
  static int reserveDay(Pattern p, TermDays td, SplittableRandom r) {
    int from = td.startIndex + 21;
    int to = td.days - 21;
    for (int attempt = 0; attempt < 200; attempt++) {
      int d = from + r.nextInt(to - from + 1);
      if (td.working[d] && !td.weekend[d] && !p.holder.absentOn(td.date[d])) {
        return d;
      }
    }
    throw new IllegalStateException("no day to reserve for " + p.kind);
  }

  static void plant(Pattern p, CadreTerm ct, Campus campus) {
    switch (p.kind) {
      case OVERLAP -> overlap(p, ct);
      case IMPLAUSIBLE_COUNT -> implausibleCount(p, ct);
      case IMPLAUSIBLE_MINUTES -> implausibleMinutes(p, ct);
      case DUPLICATE -> duplicate(p, ct);
      case DURING_ABSENCE -> duringAbsence(p, ct);
      case RECORDED_BEFORE_START -> recordedBeforeStart(p, ct);
      case OVERSIZED -> oversized(p, ct);
      case LATE_ENTRY -> lateEntry(p, ct);
      case BULK_BACKFILL -> bulk(p, ct);
      case UNASSIGNED_BEFORE_LINK -> beforeLink(p, ct);
      case UNASSIGNED_OTHER_UNIT -> otherUnit(p, ct, campus);
      case CORRECTION -> correction(p, ct);
    }
  }

  private static void overlap(Pattern p, CadreTerm ct) {
    p.drafts.add(extra(ct, ActivityType.RESEARCH_VISIT, p.reservedDay, 14 * HOUR, 120, null));
    p.drafts.add(extra(ct, ActivityType.STUDENT_FORUM, p.reservedDay, 15 * HOUR, 90, null));
    p.note = "a research visit 14:00–16:00 and a student forum 15:00–16:30 on the same day";
  }

  private static void implausibleCount(Pattern p, CadreTerm ct) {
    ActivityType[] types = {
      ActivityType.FACE_TO_FACE,
      ActivityType.DORM_VISIT,
      ActivityType.CANTEEN_VISIT,
      ActivityType.HEART_TO_HEART,
      ActivityType.CLASS_OBSERVATION,
      ActivityType.RESEARCH_VISIT,
      ActivityType.STUDENT_FORUM,
      ActivityType.FACE_TO_FACE,
      ActivityType.DORM_VISIT
    };
    for (int i = 0; i < types.length; i++) {
      int minutes = 30 + 5 * ct.r.nextInt(3);
      p.drafts.add(extra(ct, types[i], p.reservedDay, 8 * HOUR + 55 * i, minutes, null));
    }
    p.note = "nine short activities starting on one day";
  }

  private static void implausibleMinutes(Pattern p, CadreTerm ct) {
    ActivityType[] types = {
      ActivityType.RESEARCH_VISIT,
      ActivityType.CLASS_OBSERVATION,
      ActivityType.STUDENT_FORUM,
      ActivityType.ASSOCIATION_EVENT,
      ActivityType.FACE_TO_FACE
    };
    for (int i = 0; i < types.length; i++) {
      p.drafts.add(extra(ct, types[i], p.reservedDay, 7 * HOUR + 160 * i, 150, null));
    }
    p.note = "five activities of 150 minutes on one day: 750 minutes in all";
  }

  private static void duplicate(Pattern p, CadreTerm ct) {
    Draft original = ordinary(ct, 0, true);
    Draft copy = original.copy();
    copy.recorded = CadreTerm.daytime(original.recorded + DAY + ct.r.nextInt(DAY));
    mark(original, copy);
    ct.drafts.add(copy);
    p.drafts.add(original);
    p.drafts.add(copy);
    p.note = "the same activity entered twice, the copy a day or two later";
  }

  private static void duringAbsence(Pattern p, CadreTerm ct) {
    int day = -1;
    for (int d = ct.td.startIndex; d < ct.td.days && day < 0; d++) {
      if (ct.absent[d] && !ct.td.weekend[d]) {
        day = d + 2 < ct.td.days && ct.absent[d + 2] ? d + 2 : d;
      }
    }
    if (day < 0) {
      throw new IllegalStateException("the absence of " + ct.leader.id + " is not in term");
    }
    p.drafts.add(extra(ct, ActivityType.FACE_TO_FACE, day, 15 * HOUR, 60, null));
    p.note = "an activity on a day the cadre was away";
  }

  private static void recordedBeforeStart(Pattern p, CadreTerm ct) {
    int d = ct.pickDay(ct.td.startIndex + 7, ct.td.days - 1, Profile.AFTERNOON, null);
    Draft a = extra(ct, ActivityType.STUDENT_FORUM, d, 15 * HOUR, 90, null);
    a.recorded = (d - 1L - ct.r.nextInt(2)) * DAY + 10 * HOUR + ct.r.nextInt(9 * HOUR);
    p.drafts.add(a);
    p.note = "a student forum entered a day or two before it took place";
  }

  private static void oversized(Pattern p, CadreTerm ct) {
    Draft a = null;
    for (Draft x : ct.drafts) {
      if (!x.planted && x.unit != null && x.unit.size >= 10) {
        a = x;
        break;
      }
    }
    if (a == null) {
      Link link =
          ct.anyLink(
              ContactUnitType.CLASS, ContactUnitType.ASSOCIATION, ContactUnitType.PARTY_BRANCH);
      a = ct.require(ct.td.startIndex, ct.td.days - 1, ActivityType.FACE_TO_FACE, link);
    }
    a.participants = a.unit.size + 5 + ct.r.nextInt(11);
    mark(a);
    p.drafts.add(a);
    p.note = "more participants than the contact unit has students";
  }

  private static void lateEntry(Pattern p, CadreTerm ct) {
    Draft a = ordinary(ct, 0, false);
    a.recorded = CadreTerm.daytime(a.startMinute() + 31L * DAY + ct.r.nextInt(14 * DAY));
    mark(a);
    p.drafts.add(a);
    p.note = "entered more than 30 days after it took place";
  }

  private static void beforeLink(Pattern p, CadreTerm ct) {
    Link link = null;
    for (Link l : ct.leader.links) {
      if (l.from.isAfter(ct.td.term.startsOn()) && l.from.isBefore(ct.td.term.endsOn())) {
        link = l;
      }
    }
    if (link == null) {
      throw new IllegalStateException("no link of " + ct.leader.id + " starts mid-term");
    }
    int before = ct.td.indexOf(link.from) - 1;
    int d = ct.pickDay(ct.td.startIndex, before, Profile.AFTERNOON | Profile.EVENING, null);
    Draft a = ct.place(ActivityType.CLASS_MEETING, d, link.unit);
    mark(a);
    p.drafts.add(a);
    p.note = "a class meeting with a class before the link to it began";
  }

  private static void otherUnit(Pattern p, CadreTerm ct, Campus campus) {
    Unit unit;
    do {
      unit = CampusFactory.any(campus, ct.r, ContactUnitType.CLASS);
    } while (linked(ct.leader, unit));
    int d = ct.pickDay(ct.td.startIndex, ct.td.days - 1, Profile.MORNING | Profile.AFTERNOON, null);
    Draft a = ct.place(ActivityType.CLASS_OBSERVATION, d, unit);
    mark(a);
    p.drafts.add(a);
    p.note = "a class observation naming a class the cadre is not linked to";
  }

  private static void correction(Pattern p, CadreTerm ct) {
    Draft original = ordinary(ct, 60, false);
    Draft fix = original.copy();
    fix.minutes = original.minutes - 15;
    if (fix.participants > 1) {
      fix.participants--;
    }
    fix.evidence = "更正：时长由" + original.minutes + "分钟更正为" + fix.minutes + "分钟";
    fix.recorded = CadreTerm.daytime(original.recorded + DAY + ct.r.nextInt(DAY));
    fix.supersedes = original;
    mark(original, fix);
    ct.drafts.add(fix);
    p.drafts.add(original);
    p.drafts.add(fix);
    p.note = "a record corrected by a later one (minutes)";
  }

  private static boolean linked(Leader l, Unit u) {
    for (Link link : l.links) {
      if (link.unit == u) {
        return true;
      }
    }
    return false;
  }

  private static void mark(Draft... drafts) {
    for (Draft d : drafts) {
      d.planted = true;
    }
  }

  /** An ordinary record of the holder of at least {@code minMinutes}, preferably with a unit. */
  private static Draft ordinary(CadreTerm ct, int minMinutes, boolean preferUnit) {
    List<Draft> candidates = new ArrayList<>();
    for (Draft d : ct.drafts) {
      if (!d.planted && d.minutes >= minMinutes && (!preferUnit || d.unit != null)) {
        candidates.add(d);
      }
    }
    if (candidates.isEmpty() && preferUnit) {
      return ordinary(ct, minMinutes, false);
    }
    if (candidates.isEmpty()) {
      throw new IllegalStateException("no ordinary record of " + ct.leader.id + " to plant in");
    }
    return candidates.get(ct.r.nextInt(candidates.size()));
  }

  /** An extra record at a fixed time, recorded a little after it ended. */
  private static Draft extra(
      CadreTerm ct, ActivityType type, int day, int start, int minutes, Unit unit) {
    Profile p = Profile.of(type);
    Draft a = new Draft(ct.leader);
    a.type = type;
    a.day = day;
    a.start = start;
    a.minutes = minutes;
    a.unit = unit;
    a.venue = p.venue(ct.r);
    a.topics = p.topics(ct.r);
    a.participants = p.people(ct.r);
    a.recorded = ct.recordedAfter(a.endMinute());
    a.planted = true;
    for (int s = 0; s < 3; s++) {
      if (start < Profile.slotTo(s) && start + minutes > Profile.slotFrom(s)) {
        ct.used[day] |= (byte) (1 << s);
      }
    }
    ct.drafts.add(a);
    return a;
  }

  /**
   * Ten or more ordinary records whose starts span four ISO weeks, re-entered within one hour late
   * at night after the last of them (and less than 720 h after the first, so not late entries).
   */
  private static void bulk(Pattern p, CadreTerm ct) {
    TermDays td = ct.td;
    int weeks = td.weeks();
    int first = 2 + ct.r.nextInt(Math.max(1, weeks - 8));
    for (int attempt = 0; attempt < weeks; attempt++) {
      int w0 = 1 + (first + attempt) % (weeks - 5);
      List<Draft> chosen = new ArrayList<>();
      int[] perWeek = new int[4];
      for (Draft d : ct.drafts) {
        int w = td.week[d.day] - w0;
        if (!d.planted && w >= 0 && w < 4 && perWeek[w] < 4) {
          perWeek[w]++;
          chosen.add(d);
        }
      }
      if (chosen.size() >= 10
          && perWeek[0] > 0
          && perWeek[1] > 0
          && perWeek[2] > 0
          && perWeek[3] > 0) {
        chosen.sort((a, b) -> Long.compare(a.startMinute(), b.startMinute()));
        int lastDay = chosen.get(chosen.size() - 1).day;
        long at = (lastDay + 1L) * DAY + 23 * HOUR;
        for (int i = 0; i < chosen.size(); i++) {
          Draft d = chosen.get(i);
          d.recorded = at + 3L * i;
          d.planted = true;
          p.drafts.add(d);
        }
        p.note = chosen.size() + " records of four weeks entered within one hour at night";
        return;
      }
    }
    throw new IllegalStateException("too few records of " + ct.leader.id + " for a bulk backfill");
  }
}
