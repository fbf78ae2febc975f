package org.lianxi.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.LianxiTheories.qt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.WorkdayOverride;
import org.lianxi.core.testkit.CalendarScenario;
import org.lianxi.core.testkit.DomainGenerators;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of the academic calendar (SPEC §3.1) over generated terms with breaks, overrides,
 * absences and as-of days. Each property states its oracle independently of the implementation:
 * break days, working days and absences are recomputed here from the raw values.
 */
class AcademicCalendarProperties {
  private static final Gen<CalendarScenario> SCENARIOS = DomainGenerators.calendarScenarios();

  // ------------------------------------------------------------------ oracles

  private static boolean isBreakDay(CalendarScenario s, LocalDate day) {
    return s.breaks().stream()
        .anyMatch(b -> !day.isBefore(b.startsOn()) && !day.isAfter(b.endsOn()));
  }

  private static boolean isWorkingDay(CalendarScenario s, LocalDate day) {
    Optional<WorkdayOverride> o = s.workdays().stream().filter(w -> w.date().equals(day)).findAny();
    if (o.isPresent()) {
      return o.get().workday();
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  private static boolean isAbsent(CalendarScenario s, LocalDate day) {
    return s.absences().stream()
        .anyMatch(a -> !day.isBefore(a.startsOn()) && !day.isAfter(a.endsOn()));
  }

  private static boolean whollyInBreak(CalendarScenario s, IsoWeek w) {
    for (int i = 0; i < 7; i++) {
      if (!isBreakDay(s, w.monday().plusDays(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<LocalDate> termDays(CalendarScenario s) {
    return DateRange.of(s.term().startsOn(), s.term().endsOn()).days();
  }

  // ------------------------------------------------------------------ weeks

  @Test
  void everyDayOfATermLiesInExactlyOneOfItsIsoWeeks() {
    qt().forAll(SCENARIOS)
        .checkAssert(
            s -> {
              List<IsoWeek> weeks = AcademicCalendar.isoWeeks(s.term());
              for (LocalDate day : termDays(s)) {
                assertThat(weeks.stream().filter(w -> w.contains(day)).count())
                    .as("weeks holding %s", day)
                    .isEqualTo(1);
              }
              // and no week is there without a day of the term
              assertThat(weeks)
                  .allSatisfy(
                      w ->
                          assertThat(termDays(s).stream().anyMatch(w::contains))
                              .as("%s holds a term day", w)
                              .isTrue());
              assertThat(weeks).isSorted().doesNotHaveDuplicates();
            });
  }

  @Test
  void teachingWeeksAreTheIsoWeeksLessThoseWhollyInsideBreaks() {
    qt().forAll(SCENARIOS)
        .checkAssert(
            s -> {
              AcademicCalendar c = s.calendar();
              List<IsoWeek> iso = AcademicCalendar.isoWeeks(s.term());
              List<IsoWeek> expected = new ArrayList<>();
              for (IsoWeek w : iso) {
                if (!whollyInBreak(s, w)) {
                  expected.add(w);
                }
              }
              List<IsoWeek> teaching = c.teachingWeeks(s.term());
              assertThat(teaching).containsExactlyElementsOf(expected);
              assertThat(teaching.size())
                  .isEqualTo(iso.size() - iso.stream().filter(w -> whollyInBreak(s, w)).count());
            });
  }

  @Test
  void monthsCoverTheTermDaysInOrder() {
    qt().forAll(SCENARIOS)
        .checkAssert(
            s -> {
              List<YearMonth> months = AcademicCalendar.months(s.term());
              List<YearMonth> expected =
                  termDays(s).stream().map(YearMonth::from).distinct().toList();
              assertThat(months).containsExactlyElementsOf(expected);
            });
  }

  // ------------------------------------------------------------------ standard working days

  @Test
  void standardWorkingDaysAreExactlyTheWorkingTermDaysOutsideBreaksAndAbsencesUpToAsOf() {
    qt().forAll(SCENARIOS)
        .checkAssert(
            s -> {
              List<LocalDate> days =
                  s.calendar().standardWorkingDays(s.term(), s.absences(), s.asOf());
              for (LocalDate d : days) {
                assertThat(d).isBetween(s.term().startsOn(), s.term().endsOn());
                assertThat(d).isBeforeOrEqualTo(s.asOf());
                assertThat(isBreakDay(s, d)).as("%s is a break day", d).isFalse();
                assertThat(isAbsent(s, d)).as("%s is an absent day", d).isFalse();
                assertThat(isWorkingDay(s, d)).as("%s is a working day", d).isTrue();
                boolean weekend =
                    d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (weekend) {
                  assertThat(s.workdays().stream().anyMatch(w -> w.date().equals(d) && w.workday()))
                      .as("weekend %s only by a 调休 override", d)
                      .isTrue();
                }
              }
              List<LocalDate> expected =
                  termDays(s).stream()
                      .filter(d -> !d.isAfter(s.asOf()))
                      .filter(d -> isWorkingDay(s, d))
                      .filter(d -> !isBreakDay(s, d))
                      .filter(d -> !isAbsent(s, d))
                      .toList();
              assertThat(days).containsExactlyElementsOf(expected);
            });
  }

  // ------------------------------------------------------------------ monotone in as-of

  @Test
  void aLaterAsOfNeverMakesFewerPeriodsDueNorFewerStandardWorkingDays() {
    qt().forAll(SCENARIOS, SourceDSL.integers().between(0, 60))
        .checkAssert(
            (s, more) -> {
              CalendarScenario later = s.withAsOf(s.asOf().plusDays(more));
              AcademicCalendar c = s.calendar();
              assertThat(dueWeeks(c, later)).isGreaterThanOrEqualTo(dueWeeks(c, s));
              assertThat(dueMonths(later)).isGreaterThanOrEqualTo(dueMonths(s));
              if (AcademicCalendar.isTermDue(s.term(), s.asOf())) {
                assertThat(AcademicCalendar.isTermDue(s.term(), later.asOf())).isTrue();
              }
              List<LocalDate> before = c.standardWorkingDays(s.term(), s.absences(), s.asOf());
              List<LocalDate> after = c.standardWorkingDays(s.term(), s.absences(), later.asOf());
              assertThat(after).containsAll(before).hasSizeGreaterThanOrEqualTo(before.size());
            });
  }

  private static long dueWeeks(AcademicCalendar c, CalendarScenario s) {
    return c.teachingWeeks(s.term()).stream()
        .filter(w -> AcademicCalendar.isDue(w, s.asOf()))
        .count();
  }

  private static long dueMonths(CalendarScenario s) {
    return AcademicCalendar.months(s.term()).stream()
        .filter(m -> AcademicCalendar.isDue(m, s.term(), s.asOf()))
        .count();
  }

  @Test
  void everythingIsDueOnceTheTermHasEnded() {
    qt().forAll(SCENARIOS)
        .checkAssert(
            s -> {
              CalendarScenario ended = s.withAsOf(s.term().endsOn());
              assertThat(dueMonths(ended)).isEqualTo(AcademicCalendar.months(s.term()).size());
              assertThat(AcademicCalendar.isTermDue(s.term(), ended.asOf())).isTrue();
              // a week is due at its Sunday: every teaching week but one running past the end
              long notDue =
                  ended.calendar().teachingWeeks(s.term()).stream()
                      .filter(w -> !AcademicCalendar.isDue(w, ended.asOf()))
                      .count();
              assertThat(notDue).isLessThanOrEqualTo(1);
              assertThat(s.calendar().defaultAsOf(s.term())).isBeforeOrEqualTo(s.term().endsOn());
            });
  }

  // ------------------------------------------------------------------ deadlines

  @Test
  void aWorkingDayDeadlineIsTheNthWorkingDayAfterReceipt() {
    qt().forAll(
            SCENARIOS, SourceDSL.integers().between(0, 200), SourceDSL.integers().between(1, 20))
        .checkAssert(
            (s, offset, n) -> {
              AcademicCalendar c = s.calendar();
              LocalDate received = s.term().opensOn().minusDays(10).plusDays(offset);
              LocalDate deadline = c.workingDayDeadline(received, n);
              assertThat(isWorkingDay(s, deadline)).as("%s is a working day", deadline).isTrue();
              long working =
                  DateRange.of(received.plusDays(1), deadline).days().stream()
                      .filter(d -> isWorkingDay(s, d))
                      .count();
              assertThat(working).isEqualTo(n.longValue());
              assertThat(c.workingDayDeadline(received, n + 1)).isAfter(deadline);
              assertThat(c.workingDayDeadline(received, n - 1)).isBefore(deadline);
            });
  }
}
