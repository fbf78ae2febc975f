package org.lianxi.core.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.ContactUnitType;

/**
 * One cadre's term being scheduled: which parts of which days are taken, which days are closed to
 * ordinary activities (absences, reserved days of planted patterns, weeks skipped on purpose, and
 * for frontline cadres the standard working days that are not to become frontline days), and the
 * drafts so far. Activities never share a part of a day, so ordinary ones never overlap.
 */
final class CadreTerm {
  /**
   * Recorded times of ordinary records stay within 07:30–21:30 (bulk backfills happen at night).
   */
  static final int RECORD_FROM = 450;

  static final int RECORD_TO = 1290;

  final Leader leader;
  final TermDays td;
  final SplittableRandom r;
  final byte[] used;
  final boolean[] blocked;
  final boolean[] absent;
  boolean[] frontlineDays;
  final List<Draft> drafts = new ArrayList<>(48);

  CadreTerm(Leader leader, TermDays td, SplittableRandom r) {
    this.leader = leader;
    this.td = td;
    this.r = r;
    this.used = new byte[td.days];
    this.blocked = new boolean[td.days];
    this.absent = new boolean[td.days];
    if (!leader.absences.isEmpty()) {
      for (int d = 0; d < td.days; d++) {
        if (leader.absentOn(td.date[d])) {
          absent[d] = true;
          blocked[d] = true;
        }
      }
    }
  }

  /** Absent on every day of the term's window: nothing to schedule. */
  boolean absentThroughout() {
    for (boolean a : absent) {
      if (!a) {
        return false;
      }
    }
    return true;
  }

  /** Standard working day of this cadre (III.0): the term's, minus absences. */
  boolean standard(int d) {
    return td.standard[d] && !absent[d];
  }

  /** Open to ordinary activities. */
  boolean allowed(int d) {
    return !blocked[d] && (frontlineDays == null || frontlineDays[d] || !standard(d));
  }

  boolean hasFree(int d, int slots) {
    return (~used[d] & slots & Profile.ANY) != 0;
  }

  /** Whether the week is excused: absent on each of its Monday–Friday days in the window. */
  boolean excused(int week) {
    boolean any = false;
    for (int d = td.weekFrom[week]; d <= td.weekTo[week]; d++) {
      if (td.date[d].getDayOfWeek().getValue() <= 5) {
        any = true;
        if (!absent[d]) {
          return false;
        }
      }
    }
    return any;
  }

  /**
   * A day in {@code from..to} open to an ordinary activity with a free part among {@code slots}, on
   * which {@code link} (if any) holds; working days preferred. -1 if there is none.
   */
  int pickDay(int from, int to, int slots, Link link) {
    from = Math.max(0, from);
    to = Math.min(td.days - 1, to);
    if (from > to) {
      return -1;
    }
    int span = to - from + 1;
    for (int attempt = 0; attempt < 16; attempt++) {
      int d = from + r.nextInt(span);
      if (ok(d, slots, link) && (td.working[d] || r.nextInt(4) == 0)) {
        return d;
      }
    }
    int offset = r.nextInt(span);
    for (int i = 0; i < span; i++) {
      int d = from + (offset + i) % span;
      if (ok(d, slots, link)) {
        return d;
      }
    }
    return -1;
  }

  private boolean ok(int d, int slots, Link link) {
    return allowed(d) && hasFree(d, slots) && (link == null || link.covers(td.date[d]));
  }

  /** A random free part of day {@code d} among {@code slots}. */
  int pickSlot(int d, int slots) {
    int free = ~used[d] & slots & Profile.ANY;
    int n = Integer.bitCount(free);
    int k = r.nextInt(n);
    for (int s = 0; s < 3; s++) {
      if ((free & (1 << s)) != 0 && k-- == 0) {
        return s;
      }
    }
    throw new IllegalStateException("no free slot");
  }

  /**
   * Places an activity of {@code type} on day {@code d} in a free part of the day, with the unit
   * (may be null), recorded a little after it ended.
   */
  Draft place(ActivityType type, int d, Unit unit) {
    Profile p = Profile.of(type);
    int slot = pickSlot(d, p.slots);
    used[d] |= (byte) (1 << slot);
    Draft a = new Draft(leader);
    a.type = type;
    a.day = d;
    a.minutes = p.minutes(r);
    if (type == ActivityType.LEADER_MEAL) {
      a.start = 690 + 5 * r.nextInt(5);
    } else {
      int latest = Profile.slotTo(slot) - a.minutes;
      a.start = Profile.slotFrom(slot) + 10 * r.nextInt((latest - Profile.slotFrom(slot)) / 10 + 1);
    }
    a.unit = unit;
    a.venue = p.venue(r);
    a.topics = p.topics(r);
    if (unit != null) {
      a.participants =
          unit.size <= 1
              ? unit.size
              : unit.size * 6 / 10 + r.nextInt(unit.size - unit.size * 6 / 10 + 1);
    } else {
      a.participants = p.people(r);
    }
    if (r.nextInt(100) < 30) {
      a.evidence = Catalog.pick(r, Catalog.EVIDENCE);
    }
    a.recorded = recordedAfter(a.endMinute());
    drafts.add(a);
    return a;
  }

  /**
   * Places {@code type} on an open day of {@code from..to}; with a link of one of {@code unitTypes}
   * (if given) when one holds. Returns null when no day is open.
   */
  Draft placeIn(int from, int to, ActivityType type, Link link) {
    int d = pickDay(from, to, Profile.of(type).slots, link);
    if (d < 0) {
      return null;
    }
    return place(type, d, link == null ? null : link.unit);
  }

  /** Like {@link #placeIn} but the whole window is tried when {@code from..to} has no open day. */
  Draft require(int from, int to, ActivityType type, Link link) {
    Draft a = placeIn(from, to, type, link);
    if (a == null) {
      a = placeIn(0, td.days - 1, type, link);
    }
    if (a == null) {
      throw new IllegalStateException(
          "no open day for " + type + " of " + leader.id + " in " + td.termId());
    }
    return a;
  }

  /** A link of one of the types holding somewhere in the term, at random; or null. */
  Link anyLink(ContactUnitType... types) {
    Link chosen = null;
    int seen = 0;
    LocalDate last = td.date[td.days - 1];
    for (Link l : leader.links) {
      if (!l.from.isAfter(last) && (l.to == null || !l.to.isBefore(td.first))) {
        for (ContactUnitType t : types) {
          if (l.unit.type == t && r.nextInt(++seen) == 0) {
            chosen = l;
          }
        }
      }
    }
    return chosen;
  }

  /** When an ordinary record is entered: mostly the same day, else within a week. */
  long recordedAfter(long end) {
    int k = r.nextInt(100);
    long delay =
        k < 55 ? 10 + r.nextInt(350) : k < 95 ? 1440 + r.nextInt(2880) : 4320 + r.nextInt(4320);
    return daytime(end + delay);
  }

  /** Moves a recording time into 07:30–21:30, never earlier than it was. */
  static long daytime(long minute) {
    long day = Math.floorDiv(minute, 1440);
    int time = (int) Math.floorMod(minute, 1440);
    if (time > RECORD_TO) {
      return (day + 1) * 1440 + RECORD_FROM + time % 60;
    }
    if (time < RECORD_FROM) {
      return day * 1440 + RECORD_FROM + time % 60;
    }
    return minute;
  }
}
