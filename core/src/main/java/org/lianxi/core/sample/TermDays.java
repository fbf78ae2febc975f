package org.lianxi.core.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.calendar.IsoWeek;
import org.lianxi.core.domain.Season;
import org.lianxi.core.domain.Term;

/**
 * One term's days precomputed for the scheduler: day index 0 is {@code opensOn}, the last is {@code
 * endsOn}. Immutable after construction; shared by every university of a run.
 */
final class TermDays {
  final Term term;
  final int index;
  final AcademicCalendar calendar;
  final LocalDate first;
  final int days;
  final LocalDate[] date;
  final LocalDateTime base;
  final boolean[] working;
  final boolean[] weekend;

  /**
   * Standard working day of III.0 before absences: working, in a teaching week, in span, no break.
   */
  final boolean[] standard;

  /** Index of the teaching week the day lies in, or -1. */
  final int[] week;

  /** First and last day index (clamped to the window) of each teaching week. */
  final int[] weekFrom;

  final int[] weekTo;
  final int startIndex;

  /** Times from three days before the window to sixty days after it, made once each. */
  private final LocalDateTime[] times;

  private static final int BEFORE = 3 * 1440;

  TermDays(Term term, int index, AcademicCalendar calendar) {
    this.term = term;
    this.index = index;
    this.calendar = calendar;
    this.first = term.opensOn();
    this.days = (int) (term.endsOn().toEpochDay() - first.toEpochDay()) + 1;
    this.base = first.atStartOfDay();
    this.date = new LocalDate[days];
    this.working = new boolean[days];
    this.weekend = new boolean[days];
    this.standard = new boolean[days];
    this.week = new int[days];
    this.startIndex = indexOf(term.startsOn());
    this.times = new LocalDateTime[BEFORE + (days + 60) * 1440];
    for (int d = 0; d < days; d++) {
      date[d] = first.plusDays(d);
      working[d] = calendar.isWorkingDay(date[d]);
      weekend[d] = date[d].getDayOfWeek().getValue() >= 6;
      week[d] = -1;
    }
    List<IsoWeek> weeks = calendar.teachingWeeks(term);
    this.weekFrom = new int[weeks.size()];
    this.weekTo = new int[weeks.size()];
    for (int w = 0; w < weeks.size(); w++) {
      IsoWeek iso = weeks.get(w);
      weekFrom[w] = Math.max(0, indexOf(iso.monday()));
      weekTo[w] = Math.min(days - 1, indexOf(iso.sunday()));
      for (int d = weekFrom[w]; d <= weekTo[w]; d++) {
        week[d] = w;
        standard[d] = d >= startIndex && working[d] && !calendar.isBreakDay(date[d]);
      }
    }
  }

  int weeks() {
    return weekFrom.length;
  }

  int indexOf(LocalDate day) {
    return (int) (day.toEpochDay() - first.toEpochDay());
  }

  boolean autumn() {
    return term.season() == Season.AUTUMN;
  }

  String termId() {
    return term.termId();
  }

  /** The local date-time {@code minutes} after the start of day 0. */
  LocalDateTime minute(long minutes) {
    long i = minutes + BEFORE;
    if (i < 0 || i >= times.length) {
      return make(minutes);
    }
    LocalDateTime t = times[(int) i];
    if (t == null) {
      t = make(minutes);
      times[(int) i] = t;
    }
    return t;
  }

  private LocalDateTime make(long minutes) {
    long day = Math.floorDiv(minutes, 1440);
    int time = (int) Math.floorMod(minutes, 1440);
    LocalDate d = day >= 0 && day < days ? date[(int) day] : first.plusDays(day);
    return LocalDateTime.of(d, LocalTime.of(time / 60, time % 60));
  }
}
