package org.lianxi.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.LianxiAssertions.assertRejectedNaming;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.lianxi.core.testkit.CalendarFixture;

/**
 * SPEC §3.1: "A deadline of N working days ends at the end of the N-th working day after the day of
 * receipt"; "teaching breaks do not stop the office clock". The calendar holds the 2024 holidays:
 * 9-14 (Sat) worked, 9-16/17 off, 9-29 (Sun) worked, 10-01..07 off, 10-12 (Sat) worked; breaks
 * 10-01..07 and 11-04..10.
 */
class WorkingDayDeadlineTest {
  private static final AcademicCalendar CALENDAR =
      CalendarFixture.calendar2024(true, LocalDate.of(2024, 9, 1));

  private static LocalDate deadline(String received, int n) {
    return CALENDAR.workingDayDeadline(LocalDate.parse(received), n);
  }

  @Test
  void zeroWorkingDaysEndsOnTheDayOfReceipt() {
    assertThat(deadline("2024-09-13", 0)).isEqualTo("2024-09-13");
    assertThat(deadline("2024-09-15", 0)).as("a Sunday").isEqualTo("2024-09-15");
  }

  @Test
  void countingStartsTheDayAfterReceipt() {
    assertThat(deadline("2024-10-15", 1)).isEqualTo("2024-10-16");
    assertThat(deadline("2024-10-15", 2)).isEqualTo("2024-10-17");
  }

  @Test
  void skipsAWeekend() {
    // received Friday 10-18: Sat 10-19, Sun 10-20 are not working days
    assertThat(deadline("2024-10-18", 1)).isEqualTo("2024-10-21");
    assertThat(deadline("2024-10-19", 1)).as("received on Saturday").isEqualTo("2024-10-21");
  }

  @Test
  void aMakeUpSaturdayCounts() {
    // received Friday 09-13: Saturday 09-14 is a 调休 working day
    assertThat(deadline("2024-09-13", 1)).isEqualTo("2024-09-14");
  }

  @Test
  void skipsAPublicHolidayAfterAWeekend() {
    // received Fri 09-13: 09-14 (调休) is day 1; Sun 09-15, Mon 09-16 and Tue 09-17 (中秋) are off
    assertThat(deadline("2024-09-13", 2)).isEqualTo("2024-09-18");
  }

  @Test
  void crossesNationalDay() {
    // received Fri 09-27: Sat 09-28 off, Sun 09-29 调休 (1), Mon 09-30 (2), 10-01..10-07 off,
    // Tue 10-08 (3)
    assertThat(deadline("2024-09-27", 1)).isEqualTo("2024-09-29");
    assertThat(deadline("2024-09-27", 2)).isEqualTo("2024-09-30");
    assertThat(deadline("2024-09-27", 3)).isEqualTo("2024-10-08");
  }

  @Test
  void aFifteenWorkingDayDeadlineAcrossNationalDay() {
    // from Fri 09-27: 09-29(1) 09-30(2) 10-08(3) 10-09(4) 10-10(5) 10-11(6) Sat 10-12(7)
    // 10-14(8) 10-15(9) 10-16(10) 10-17(11) 10-18(12) 10-21(13) 10-22(14) 10-23(15)
    assertThat(deadline("2024-09-27", 15)).isEqualTo("2024-10-23");
  }

  @Test
  void teachingBreaksDoNotStopTheOfficeClock() {
    // received Thu 10-31: Fri 11-01 (1), Mon 11-04 (2) although 11-04..11-10 is a teaching break
    assertThat(deadline("2024-10-31", 2)).isEqualTo("2024-11-04");
  }

  @Test
  void theDeadlineEndsAtTheStartOfTheFollowingDay() {
    assertThat(CALENDAR.workingDayDeadlineEnd(LocalDateTime.of(2024, 9, 13, 16, 20), 2))
        .isEqualTo(LocalDateTime.of(2024, 9, 19, 0, 0));
  }

  @Test
  void rejectsANegativeCount() {
    assertRejectedNaming(
        () -> CALENDAR.workingDayDeadline(LocalDate.of(2024, 9, 13), -1), "workingDays = -1");
  }
}
