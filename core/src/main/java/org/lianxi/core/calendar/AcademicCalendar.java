package org.lianxi.core.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Break;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.WorkdayOverride;

/**
 * The academic calendar of one university (SPEC §3.1): its terms, teaching breaks and working-day
 * overrides, a time zone (default Asia/Shanghai) and a {@link Clock}. All ranges are inclusive.
 *
 * <p>Definitions:
 *
 * <ul>
 *   <li>The <em>term window</em> of a term runs from {@code opensOn} to {@code endsOn}, cut at the
 *       as-of day.
 *   <li>The <em>ISO weeks</em> of a term are those overlapping {@code startsOn..endsOn}; a
 *       <em>teaching week</em> is one of them whose seven days are not all break days.
 *   <li>A <em>working day</em> is Monday–Friday unless a {@link WorkdayOverride} says otherwise.
 *       Breaks do not stop the office clock.
 *   <li>A cadre's <em>standard working days</em> are the working days of the term's teaching weeks
 *       inside {@code startsOn..endsOn}, outside breaks and the cadre's absences, up to as-of.
 * </ul>
 *
 * <p>Immutable and thread-safe. Time comes only from the injected clock.
 */
public final class AcademicCalendar {
  /** The default zone of the policy's universities. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  private final ImmutableMap<String, Term> terms;
  private final ImmutableList<Break> breaks;
  private final ImmutableSortedMap<LocalDate, WorkdayOverride> overrides;
  private final ZoneId zone;
  private final Clock clock;

  private AcademicCalendar(
      Collection<Term> terms,
      Collection<Break> breaks,
      Collection<WorkdayOverride> overrides,
      ZoneId zone,
      Clock clock) {
    Map<String, Term> byId = new LinkedHashMap<>();
    terms.stream()
        .sorted(Comparator.comparing(Term::startsOn))
        .forEach(
            t -> {
              if (byId.put(t.termId(), t) != null) {
                throw new LianxiException("Term.termId = " + t.termId() + ": duplicate term id");
              }
            });
    this.terms = ImmutableMap.copyOf(byId);
    this.breaks =
        breaks.stream()
            .sorted(Comparator.comparing(Break::startsOn))
            .collect(ImmutableList.toImmutableList());
    Map<LocalDate, WorkdayOverride> o = new LinkedHashMap<>();
    for (WorkdayOverride w : overrides) {
      WorkdayOverride previous = o.put(w.date(), w);
      if (previous != null && previous.workday() != w.workday()) {
        throw new LianxiException(
            "WorkdayOverride.date = " + w.date() + ": listed twice with different workday values");
      }
    }
    this.overrides = ImmutableSortedMap.copyOf(o);
    this.zone = zone;
    this.clock = clock;
  }

  /** A calendar in Asia/Shanghai with the system clock; use the builder to inject a clock. */
  public static AcademicCalendar of(
      Collection<Term> terms, Collection<Break> breaks, Collection<WorkdayOverride> workdays) {
    return builder().terms(terms).breaks(breaks).workdays(workdays).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AcademicCalendar}. Not thread-safe; the calendar it builds is. */
  public static final class Builder {
    private final List<Term> terms = new ArrayList<>();
    private final List<Break> breaks = new ArrayList<>();
    private final List<WorkdayOverride> workdays = new ArrayList<>();
    private ZoneId zone = DEFAULT_ZONE;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    public Builder terms(Collection<Term> terms) {
      this.terms.addAll(terms);
      return this;
    }

    public Builder addTerm(Term term) {
      this.terms.add(term);
      return this;
    }

    public Builder breaks(Collection<Break> breaks) {
      this.breaks.addAll(breaks);
      return this;
    }

    public Builder addBreak(Break b) {
      this.breaks.add(b);
      return this;
    }

    public Builder workdays(Collection<WorkdayOverride> workdays) {
      this.workdays.addAll(workdays);
      return this;
    }

    public Builder addWorkday(WorkdayOverride w) {
      this.workdays.add(w);
      return this;
    }

    /** The university's zone: local date-times of the facts are read in it. */
    public Builder zone(ZoneId zone) {
      this.zone = zone;
      return this;
    }

    /** The clock that says what "today" is. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public AcademicCalendar build() {
      return new AcademicCalendar(terms, breaks, workdays, zone, clock);
    }
  }

  public ZoneId zone() {
    return zone;
  }

  public Clock clock() {
    return clock;
  }

  /** The current day in the university's zone. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  /** The current local date-time in the university's zone. */
  public LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(zone));
  }

  /** A copy of this calendar with another clock. */
  public AcademicCalendar withClock(Clock clock) {
    return new AcademicCalendar(terms.values(), breaks, overrides.values(), zone, clock);
  }

  // ---------------------------------------------------------------- terms and years

  /** Terms in order of their first day. */
  public ImmutableList<Term> terms() {
    return terms.values().asList();
  }

  public Optional<Term> term(String termId) {
    return Optional.ofNullable(terms.get(termId));
  }

  /** The term, or a {@link LianxiException} naming the unknown id. */
  public Term requireTerm(String termId) {
    Term t = terms.get(termId);
    if (t == null) {
      throw new LianxiException("termId = " + termId + ": no such term; known: " + terms.keySet());
    }
    return t;
  }

  public ImmutableList<Break> breaks() {
    return breaks;
  }

  public ImmutableList<WorkdayOverride> workdayOverrides() {
    return overrides.values().asList();
  }

  /** The terms of an academic year, in order. */
  public ImmutableList<Term> termsOfYear(String academicYear) {
    return terms.values().stream()
        .filter(t -> t.academicYear().equals(academicYear))
        .collect(ImmutableList.toImmutableList());
  }

  /** The last day of the academic year: the end of its last term listed in the calendar. */
  public LocalDate yearEnd(String academicYear) {
    return termsOfYear(academicYear).stream()
        .map(Term::endsOn)
        .max(Comparator.naturalOrder())
        .orElseThrow(
            () -> new LianxiException("academicYear = " + academicYear + ": no term in that year"));
  }

  /**
   * The as-of day used when none is given: today from the clock, but not after the term's last day.
   */
  public LocalDate defaultAsOf(Term term) {
    LocalDate today = today();
    return today.isAfter(term.endsOn()) ? term.endsOn() : today;
  }

  /** {@code startsOn..endsOn}. */
  public static DateRange span(Term term) {
    return new DateRange(term.startsOn(), term.endsOn());
  }

  /** The days whose activities belong to the term: {@code opensOn..endsOn} cut at as-of. */
  public static Optional<DateRange> window(Term term, LocalDate asOf) {
    return new DateRange(term.opensOn(), term.endsOn()).upTo(asOf);
  }

  /** Whether an activity (or feedback item) starting at {@code start} belongs to the term. */
  public static boolean inWindow(Term term, LocalDateTime start, LocalDate asOf) {
    return window(term, asOf).map(w -> w.contains(start.toLocalDate())).orElse(false);
  }

  /** The days of the academic year's terms, from the first term's opening to as-of. */
  public Optional<DateRange> yearWindow(String academicYear, LocalDate asOf) {
    ImmutableList<Term> year = termsOfYear(academicYear);
    if (year.isEmpty()) {
      return Optional.empty();
    }
    LocalDate first = year.stream().map(Term::opensOn).min(Comparator.naturalOrder()).get();
    return new DateRange(first, yearEnd(academicYear)).upTo(asOf);
  }

  /** Whether a day starting an activity lies in the window of any term of the year. */
  public boolean inYearTerms(String academicYear, LocalDate day, LocalDate asOf) {
    if (day.isAfter(asOf)) {
      return false;
    }
    for (Term t : termsOfYear(academicYear)) {
      if (!day.isBefore(t.opensOn()) && !day.isAfter(t.endsOn())) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- days

  public boolean isBreakDay(LocalDate day) {
    for (Break b : breaks) {
      if (b.contains(day)) {
        return true;
      }
      if (b.startsOn().isAfter(day)) {
        return false;
      }
    }
    return false;
  }

  /** Monday–Friday, unless {@code workdays.csv} marks the date otherwise. */
  public boolean isWorkingDay(LocalDate day) {
    WorkdayOverride o = overrides.get(day);
    if (o != null) {
      return o.workday();
    }
    DayOfWeek d = day.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
  }

  /**
   * The last day of a deadline of {@code n} working days after {@code receivedOn}: the n-th working
   * day after the day of receipt (n = 0 gives the day of receipt).
   */
  public LocalDate workingDayDeadline(LocalDate receivedOn, int n) {
    LianxiException.check(n >= 0, "deadline", "workingDays", n, "must be >= 0");
    LocalDate d = receivedOn;
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /** The end (exclusive) of a deadline of {@code n} working days: the start of the next day. */
  public LocalDateTime workingDayDeadlineEnd(LocalDateTime receivedAt, int n) {
    return workingDayDeadline(receivedAt.toLocalDate(), n).plusDays(1).atStartOfDay();
  }

  // ---------------------------------------------------------------- weeks and months

  /** The ISO weeks overlapping {@code startsOn..endsOn}, in order. */
  public static List<IsoWeek> isoWeeks(Term term) {
    List<IsoWeek> weeks = new ArrayList<>();
    for (IsoWeek w = IsoWeek.of(term.startsOn());
        !w.monday().isAfter(term.endsOn());
        w = w.next()) {
      weeks.add(w);
    }
    return weeks;
  }

  /** Whether all seven days of the week are break days. */
  public boolean whollyInBreak(IsoWeek week) {
    for (LocalDate d = week.monday(); !d.isAfter(week.sunday()); d = d.plusDays(1)) {
      if (!isBreakDay(d)) {
        return false;
      }
    }
    return true;
  }

  /** The term's ISO weeks that are not wholly inside a break. */
  public List<IsoWeek> teachingWeeks(Term term) {
    List<IsoWeek> weeks = new ArrayList<>();
    for (IsoWeek w : isoWeeks(term)) {
      if (!whollyInBreak(w)) {
        weeks.add(w);
      }
    }
    return weeks;
  }

  /** A week is due once it has ended: its Sunday is on or before as-of. */
  public static boolean isDue(IsoWeek week, LocalDate asOf) {
    return !week.sunday().isAfter(asOf);
  }

  /**
   * A week is excused for a cadre who is absent on all its Monday–Friday calendar days.
   *
   * @param absences the cadre's absences
   */
  public static boolean isExcused(IsoWeek week, Collection<Absence> absences) {
    for (LocalDate d = week.monday(); !d.isAfter(week.friday()); d = d.plusDays(1)) {
      if (!absent(d, absences)) {
        return false;
      }
    }
    return true;
  }

  /** Whether one of the absences covers {@code day}. */
  public static boolean absent(LocalDate day, Collection<Absence> absences) {
    for (Absence a : absences) {
      if (a.contains(day)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the absences cover every day of {@code range}. */
  public static boolean absentThroughout(DateRange range, Collection<Absence> absences) {
    for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
      if (!absent(d, absences)) {
        return false;
      }
    }
    return true;
  }

  /** The calendar months overlapping {@code startsOn..endsOn}, in order. */
  public static List<YearMonth> months(Term term) {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(term.startsOn());
        !m.atDay(1).isAfter(term.endsOn());
        m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** The part of a month inside {@code startsOn..endsOn}. */
  public static DateRange monthInTerm(YearMonth month, Term term) {
    return new DateRange(month.atDay(1), month.atEndOfMonth())
        .intersect(span(term))
        .orElseThrow(() -> new LianxiException("month " + month + " is outside " + term.termId()));
  }

  /** A month is due once it has ended or the term has. */
  public static boolean isDue(YearMonth month, Term term, LocalDate asOf) {
    return !month.atEndOfMonth().isAfter(asOf) || !term.endsOn().isAfter(asOf);
  }

  /** A term quota is due at the term's end. */
  public static boolean isTermDue(Term term, LocalDate asOf) {
    return !term.endsOn().isAfter(asOf);
  }

  /** An academic-year quota is due at the end of the year's last term. */
  public boolean isYearDue(String academicYear, LocalDate asOf) {
    return !yearEnd(academicYear).isAfter(asOf);
  }

  // ---------------------------------------------------------------- standard working days

  /**
   * A cadre's standard working days in the term up to as-of (SPEC §3.1, {@code III.0}): working
   * days of teaching weeks inside {@code startsOn..endsOn}, outside breaks and absences.
   */
  public List<LocalDate> standardWorkingDays(
      Term term, Collection<Absence> absences, LocalDate asOf) {
    List<LocalDate> days = new ArrayList<>();
    for (IsoWeek w : teachingWeeks(term)) {
      for (LocalDate d = w.monday(); !d.isAfter(w.sunday()); d = d.plusDays(1)) {
        if (d.isBefore(term.startsOn()) || d.isAfter(term.endsOn()) || d.isAfter(asOf)) {
          continue;
        }
        if (isWorkingDay(d) && !isBreakDay(d) && !absent(d, absences)) {
          days.add(d);
        }
      }
    }
    return days;
  }
}
