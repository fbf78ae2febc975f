package org.lianxi.core.evaluation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.calendar.DateRange;
import org.lianxi.core.calendar.IsoWeek;
import org.lianxi.core.domain.Term;

/**
 * What one evaluation computes once about the calendar (SPEC §3.1): the term window up to as-of,
 * the teaching weeks and months with what is due, the academic year's term windows, and the
 * standard working days before any absence. Days are compared as epoch days. Immutable after
 * construction.
 */
final class Scope {
  final AcademicCalendar calendar;
  final Term term;
  final LocalDate asOf;

  /** The start of the day after as-of: times before it are "up to as-of". */
  final LocalDateTime asOfEnd;

  /** The term window {@code opensOn..endsOn} cut at as-of; from > to when empty. */
  final long windowFrom;

  final long windowTo;

  /** {@code startsOn..endsOn}. */
  final DateRange span;

  final boolean termDue;

  /** ISO weeks overlapping the span; teachingIndex[i] is the index in {@link #weeks} or -1. */
  private final long firstMonday;

  private final int[] teachingIndex;
  final List<IsoWeek> weeks;
  final List<String> weekLabels;
  final boolean[] weekDue;

  final List<YearMonth> months;
  final List<String> monthLabels;
  final List<DateRange> monthSpans;
  final boolean[] monthDue;
  private final YearMonth firstMonth;

  final List<Term> yearTerms;
  final long[] yearFrom;
  final long[] yearTo;
  final boolean yearDue;
  final LocalDate yearEnd;

  /** The earliest and latest day any window reaches (for filtering activities). */
  final long scanFrom;

  final long scanTo;

  /** Standard working days of the whole term before absences, in order (as epoch days). */
  final long[] standardDays;

  Scope(AcademicCalendar calendar, Term term, LocalDate asOf) {
    this.calendar = calendar;
    this.term = term;
    this.asOf = asOf;
    this.asOfEnd = asOf.plusDays(1).atStartOfDay();
    this.span = AcademicCalendar.span(term);
    this.windowFrom = term.opensOn().toEpochDay();
    this.windowTo = Math.min(term.endsOn().toEpochDay(), asOf.toEpochDay());
    this.termDue = AcademicCalendar.isTermDue(term, asOf);

    List<IsoWeek> iso = AcademicCalendar.isoWeeks(term);
    this.firstMonday = iso.get(0).monday().toEpochDay();
    this.teachingIndex = new int[iso.size()];
    this.weeks = new ArrayList<>();
    for (int i = 0; i < iso.size(); i++) {
      if (calendar.whollyInBreak(iso.get(i))) {
        teachingIndex[i] = -1;
      } else {
        teachingIndex[i] = weeks.size();
        weeks.add(iso.get(i));
      }
    }
    this.weekDue = new boolean[weeks.size()];
    List<String> wl = new ArrayList<>(weeks.size());
    for (int i = 0; i < weeks.size(); i++) {
      weekDue[i] = AcademicCalendar.isDue(weeks.get(i), asOf);
      wl.add(weeks.get(i).label());
    }
    this.weekLabels = List.copyOf(wl);

    this.months = AcademicCalendar.months(term);
    this.firstMonth = months.get(0);
    this.monthSpans = new ArrayList<>();
    this.monthDue = new boolean[months.size()];
    List<String> ml = new ArrayList<>(months.size());
    for (int i = 0; i < months.size(); i++) {
      monthSpans.add(AcademicCalendar.monthInTerm(months.get(i), term));
      monthDue[i] = AcademicCalendar.isDue(months.get(i), term, asOf);
      ml.add(months.get(i).toString());
    }
    this.monthLabels = List.copyOf(ml);

    this.yearTerms = calendar.termsOfYear(term.academicYear());
    this.yearFrom = new long[yearTerms.size()];
    this.yearTo = new long[yearTerms.size()];
    long from = windowFrom;
    long to = term.endsOn().toEpochDay();
    for (int i = 0; i < yearTerms.size(); i++) {
      Term t = yearTerms.get(i);
      yearFrom[i] = t.opensOn().toEpochDay();
      yearTo[i] = Math.min(t.endsOn().toEpochDay(), asOf.toEpochDay());
      from = Math.min(from, yearFrom[i]);
      to = Math.max(to, yearTo[i]);
    }
    this.yearEnd = calendar.yearEnd(term.academicYear());
    this.yearDue = !yearEnd.isAfter(asOf);
    this.scanFrom = from;
    this.scanTo = Math.min(to, asOf.toEpochDay());

    List<LocalDate> days = calendar.standardWorkingDays(term, List.of(), term.endsOn());
    this.standardDays = new long[days.size()];
    for (int i = 0; i < days.size(); i++) {
      standardDays[i] = days.get(i).toEpochDay();
    }
  }

  boolean inWindow(long day) {
    return day >= windowFrom && day <= windowTo;
  }

  boolean inYear(long day) {
    for (int i = 0; i < yearFrom.length; i++) {
      if (day >= yearFrom[i] && day <= yearTo[i]) {
        return true;
      }
    }
    return false;
  }

  /** The index of the teaching week containing the day, or -1. */
  int weekOf(long day) {
    long offset = Math.floorDiv(day - firstMonday, 7);
    if (offset < 0 || offset >= teachingIndex.length) {
      return -1;
    }
    return teachingIndex[(int) offset];
  }

  /** The index of the term month containing the day, or -1. */
  int monthOf(LocalDate day) {
    long offset =
        (day.getYear() - firstMonth.getYear()) * 12L
            + day.getMonthValue()
            - firstMonth.getMonthValue();
    return offset < 0 || offset >= months.size() ? -1 : (int) offset;
  }

  /** Whether something up to as-of: the time lies before the end of the as-of day. */
  boolean byAsOf(LocalDateTime time) {
    return time.isBefore(asOfEnd);
  }
}
