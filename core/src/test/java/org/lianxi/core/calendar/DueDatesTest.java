package org.lianxi.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.CalendarFixture.aTerm;
import static org.lianxi.core.testkit.LianxiAssertions.assertRejectedNaming;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Term;
import org.lianxi.core.testkit.CalendarFixture;

/** SPEC §3.1 "Periods and status at as-of" and "Absences". */
class DueDatesTest {
  private static final Term AUTUMN = CalendarFixture.autumn2024();
  private static final AcademicCalendar YEAR =
      CalendarFixture.calendar2024(false, LocalDate.of(2024, 9, 1));
  private static final IsoWeek FIRST_WEEK = IsoWeek.of(LocalDate.of(2024, 9, 2));

  private static LocalDate d(String day) {
    return LocalDate.parse(day);
  }

  @Test
  void aWeekIsDueOnceItsSundayHasCome() {
    assertThat(AcademicCalendar.isDue(FIRST_WEEK, d("2024-09-07"))).isFalse();
    assertThat(AcademicCalendar.isDue(FIRST_WEEK, d("2024-09-08"))).isTrue();
    assertThat(AcademicCalendar.isDue(FIRST_WEEK, d("2024-12-31"))).isTrue();
  }

  @Test
  void aMonthIsDueOnceItHasEnded() {
    assertThat(AcademicCalendar.isDue(YearMonth.of(2024, 9), AUTUMN, d("2024-09-29"))).isFalse();
    assertThat(AcademicCalendar.isDue(YearMonth.of(2024, 9), AUTUMN, d("2024-09-30"))).isTrue();
  }

  @Test
  void aMonthIsDueOnceTheTermHasEnded() {
    // the term ends Sunday 2025-01-12, before January does
    assertThat(AcademicCalendar.isDue(YearMonth.of(2025, 1), AUTUMN, d("2025-01-11"))).isFalse();
    assertThat(AcademicCalendar.isDue(YearMonth.of(2025, 1), AUTUMN, d("2025-01-12"))).isTrue();
  }

  @Test
  void aTermQuotaIsDueAtTheTermsEnd() {
    assertThat(AcademicCalendar.isTermDue(AUTUMN, d("2025-01-11"))).isFalse();
    assertThat(AcademicCalendar.isTermDue(AUTUMN, d("2025-01-12"))).isTrue();
    assertThat(AcademicCalendar.isTermDue(AUTUMN, d("2025-02-01"))).isTrue();
  }

  @Test
  void aYearQuotaIsDueAtTheEndOfTheYearsLastTerm() {
    // 2024-2025 has 2024-2025-1 (ends 2025-01-12) and 2024-2025-2 (ends 2025-06-29)
    assertThat(YEAR.yearEnd("2024-2025")).isEqualTo("2025-06-29");
    assertThat(YEAR.isYearDue("2024-2025", d("2025-01-12"))).isFalse();
    assertThat(YEAR.isYearDue("2024-2025", d("2025-06-28"))).isFalse();
    assertThat(YEAR.isYearDue("2024-2025", d("2025-06-29"))).isTrue();
  }

  @Test
  void aYearWithOneTermEndsWithIt() {
    AcademicCalendar c = AcademicCalendar.of(List.of(AUTUMN), List.of(), List.of());
    assertThat(c.yearEnd("2024-2025")).isEqualTo("2025-01-12");
    assertThat(c.isYearDue("2024-2025", d("2025-01-12"))).isTrue();
  }

  @Test
  void aYearWithoutTermsIsAnError() {
    assertRejectedNaming(() -> YEAR.yearEnd("2023-2024"), "academicYear = 2023-2024", "no term");
    assertRejectedNaming(() -> YEAR.isYearDue("2025-2026", d("2026-01-01")), "2025-2026");
  }

  @Test
  void aWeekIsExcusedWhenAbsentOnEveryWeekday() {
    IsoWeek week = IsoWeek.of(d("2024-10-14"));
    assertThat(AcademicCalendar.isExcused(week, List.of(away("2024-10-14", "2024-10-18"))))
        .isTrue();
    assertThat(AcademicCalendar.isExcused(week, List.of(away("2024-10-11", "2024-10-25"))))
        .isTrue();
    assertThat(
            AcademicCalendar.isExcused(
                week, List.of(away("2024-10-16", "2024-10-18"), away("2024-10-14", "2024-10-15"))))
        .as("two absences together")
        .isTrue();
  }

  @Test
  void aWeekIsNotExcusedWhenOneWeekdayIsNotCovered() {
    IsoWeek week = IsoWeek.of(d("2024-10-14"));
    assertThat(AcademicCalendar.isExcused(week, List.of(away("2024-10-14", "2024-10-17"))))
        .as("Friday present")
        .isFalse();
    assertThat(AcademicCalendar.isExcused(week, List.of(away("2024-10-15", "2024-10-20"))))
        .as("Monday present")
        .isFalse();
    assertThat(
            AcademicCalendar.isExcused(
                week, List.of(away("2024-10-14", "2024-10-15"), away("2024-10-17", "2024-10-18"))))
        .as("Wednesday present")
        .isFalse();
    assertThat(AcademicCalendar.isExcused(week, List.of())).isFalse();
  }

  @Test
  void absentThroughoutNeedsEveryDayOfTheRange() {
    DateRange range = DateRange.of(d("2024-10-14"), d("2024-10-20"));
    assertThat(AcademicCalendar.absentThroughout(range, List.of(away("2024-10-14", "2024-10-20"))))
        .isTrue();
    assertThat(AcademicCalendar.absentThroughout(range, List.of(away("2024-10-14", "2024-10-19"))))
        .isFalse();
    assertThat(AcademicCalendar.absent(d("2024-10-20"), List.of(away("2024-10-14", "2024-10-20"))))
        .isTrue();
    assertThat(AcademicCalendar.absent(d("2024-10-21"), List.of(away("2024-10-14", "2024-10-20"))))
        .isFalse();
  }

  @Test
  void aSingleDayTermIsDueOnThatDay() {
    Term oneDay = aTerm().startsOn(d("2024-09-30")).endsOn(d("2024-09-30")).build();
    assertThat(AcademicCalendar.isTermDue(oneDay, d("2024-09-29"))).isFalse();
    assertThat(AcademicCalendar.isTermDue(oneDay, d("2024-09-30"))).isTrue();
  }

  private static Absence away(String from, String to) {
    return Absence.builder().cadreId("C1").startsOn(d(from)).endsOn(d(to)).build();
  }
}
