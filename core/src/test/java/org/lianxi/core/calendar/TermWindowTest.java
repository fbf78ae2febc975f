package org.lianxi.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.CalendarFixture.aTerm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Term;
import org.lianxi.core.testkit.CalendarFixture;

/**
 * SPEC §3.1 "Term window": an activity belongs to a term when it starts between {@code opensOn}
 * (报到) and {@code endsOn}, up to as-of; teaching weeks still start at {@code startsOn}.
 */
class TermWindowTest {
  /** Opens Saturday 2024-08-31 (报到), teaching from Monday 2024-09-02 to 2025-01-12. */
  private static final Term TERM = aTerm().opensOn(LocalDate.of(2024, 8, 31)).build();

  private static LocalDate d(String day) {
    return LocalDate.parse(day);
  }

  @Test
  void theWindowRunsFromOpeningToEndCutAtAsOf() {
    assertThat(AcademicCalendar.window(TERM, d("2025-01-12")))
        .hasValue(DateRange.of(d("2024-08-31"), d("2025-01-12")));
    assertThat(AcademicCalendar.window(TERM, d("2024-10-01")))
        .hasValue(DateRange.of(d("2024-08-31"), d("2024-10-01")));
    assertThat(AcademicCalendar.window(TERM, d("2025-03-01")))
        .hasValue(DateRange.of(d("2024-08-31"), d("2025-01-12")));
    assertThat(AcademicCalendar.window(TERM, d("2024-08-31")))
        .hasValue(DateRange.of(d("2024-08-31"), d("2024-08-31")));
    assertThat(AcademicCalendar.window(TERM, d("2024-08-30"))).isEmpty();
  }

  @Test
  void anActivityOnTheOpeningDayBelongsToTheTerm() {
    LocalDate asOf = d("2025-01-12");
    assertThat(AcademicCalendar.inWindow(TERM, LocalDateTime.of(2024, 8, 31, 8, 0), asOf)).isTrue();
    assertThat(AcademicCalendar.inWindow(TERM, LocalDateTime.of(2024, 8, 30, 23, 59), asOf))
        .isFalse();
    assertThat(AcademicCalendar.inWindow(TERM, LocalDateTime.of(2025, 1, 12, 23, 59), asOf))
        .isTrue();
    assertThat(AcademicCalendar.inWindow(TERM, LocalDateTime.of(2025, 1, 13, 0, 0), asOf))
        .isFalse();
  }

  @Test
  void anActivityAfterAsOfDoesNotBelongYet() {
    assertThat(
            AcademicCalendar.inWindow(TERM, LocalDateTime.of(2024, 10, 2, 9, 0), d("2024-10-01")))
        .isFalse();
    assertThat(
            AcademicCalendar.inWindow(TERM, LocalDateTime.of(2024, 10, 1, 23, 59), d("2024-10-01")))
        .isTrue();
    assertThat(
            AcademicCalendar.inWindow(TERM, LocalDateTime.of(2024, 8, 31, 9, 0), d("2024-08-30")))
        .isFalse();
  }

  @Test
  void teachingWeeksAndStandardDaysStartAtStartsOnNotOpensOn() {
    assertThat(AcademicCalendar.span(TERM))
        .isEqualTo(DateRange.of(d("2024-09-02"), d("2025-01-12")));
    assertThat(AcademicCalendar.isoWeeks(TERM).get(0)).isEqualTo(IsoWeek.of(d("2024-09-02")));
    AcademicCalendar c = AcademicCalendar.of(List.of(TERM), List.of(), List.of());
    assertThat(c.standardWorkingDays(TERM, List.of(), d("2024-09-02")))
        .containsExactly(d("2024-09-02"));
  }

  @Test
  void theYearWindowSpansItsTermsUpToAsOf() {
    Term spring = CalendarFixture.spring2025();
    AcademicCalendar c = AcademicCalendar.of(List.of(spring, TERM), List.of(), List.of());
    assertThat(c.yearWindow("2024-2025", d("2025-03-01")))
        .hasValue(DateRange.of(d("2024-08-31"), d("2025-03-01")));
    assertThat(c.yearWindow("2024-2025", d("2025-12-31")))
        .hasValue(DateRange.of(d("2024-08-31"), d("2025-06-29")));
    assertThat(c.yearWindow("2024-2025", d("2024-08-01"))).isEmpty();
    assertThat(c.yearWindow("2023-2024", d("2025-03-01"))).isEmpty();
  }

  @Test
  void aDayBetweenTheYearsTermsIsInNone() {
    Term spring = CalendarFixture.spring2025();
    AcademicCalendar c = AcademicCalendar.of(List.of(TERM, spring), List.of(), List.of());
    LocalDate asOf = d("2025-06-29");
    assertThat(c.inYearTerms("2024-2025", d("2024-08-31"), asOf)).isTrue();
    assertThat(c.inYearTerms("2024-2025", d("2025-01-12"), asOf)).isTrue();
    assertThat(c.inYearTerms("2024-2025", d("2025-02-01"), asOf)).as("winter vacation").isFalse();
    assertThat(c.inYearTerms("2024-2025", d("2025-02-17"), asOf)).isTrue();
    assertThat(c.inYearTerms("2024-2025", d("2025-06-30"), d("2025-12-31"))).isFalse();
    assertThat(c.inYearTerms("2024-2025", d("2025-03-02"), d("2025-03-01")))
        .as("after as-of")
        .isFalse();
    assertThat(c.inYearTerms("2024-2025", d("2025-03-01"), d("2025-03-01"))).isTrue();
    assertThat(c.inYearTerms("2023-2024", d("2024-09-10"), asOf)).isFalse();
  }
}
