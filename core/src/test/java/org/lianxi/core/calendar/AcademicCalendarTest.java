package org.lianxi.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Break;
import org.lianxi.core.domain.Season;
import org.lianxi.core.domain.Term;

class AcademicCalendarTest {
  private static final Term AUTUMN_2024 =
      Term.builder()
          .termId("2024-2025-1")
          .academicYear("2024-2025")
          .season(Season.AUTUMN)
          .startsOn(LocalDate.parse("2024-09-02"))
          .endsOn(LocalDate.parse("2025-01-12"))
          .build();

  private static final AcademicCalendar CALENDAR =
      AcademicCalendar.builder()
          .addTerm(AUTUMN_2024)
          .addBreak(br("2024-10-01", "2024-10-07"))
          .addBreak(br("2024-11-04", "2024-11-10"))
          .build();

  static Break br(String from, String to) {
    return Break.builder().startsOn(LocalDate.parse(from)).endsOn(LocalDate.parse(to)).build();
  }

  @Test
  void autumn2024HasNineteenIsoWeeksEighteenTeachingWeeksAndEightyFiveStandardDays() {
    assertThat(AcademicCalendar.isoWeeks(AUTUMN_2024)).hasSize(19);
    assertThat(CALENDAR.teachingWeeks(AUTUMN_2024)).hasSize(18);
    assertThat(CALENDAR.teachingWeeks(AUTUMN_2024))
        .doesNotContain(IsoWeek.of(LocalDate.parse("2024-11-04")))
        .contains(IsoWeek.of(LocalDate.parse("2024-09-30")));
    assertThat(AcademicCalendar.months(AUTUMN_2024))
        .containsExactly(
            YearMonth.of(2024, 9),
            YearMonth.of(2024, 10),
            YearMonth.of(2024, 11),
            YearMonth.of(2024, 12),
            YearMonth.of(2025, 1));
    assertThat(CALENDAR.standardWorkingDays(AUTUMN_2024, List.of(), AUTUMN_2024.endsOn()))
        .hasSize(85);
  }
}
