package org.lianxi.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Term;
import org.lianxi.core.testkit.CalendarFixture;

/**
 * The default as-of is today by the injected clock, in the university's zone (Asia/Shanghai), but
 * not after the term's last day.
 */
class DefaultAsOfTest {
  private static final Term AUTUMN = CalendarFixture.autumn2024();

  private static AcademicCalendar at(String instant) {
    return AcademicCalendar.builder()
        .addTerm(AUTUMN)
        .clock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC))
        .build();
  }

  @Test
  void theZoneIsShanghaiUnlessSaidOtherwise() {
    assertThat(AcademicCalendar.DEFAULT_ZONE).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(at("2024-10-15T02:00:00Z").zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
  }

  @Test
  void todayDuringTheTermIsTheDefault() {
    assertThat(at("2024-10-15T02:00:00Z").defaultAsOf(AUTUMN)).isEqualTo("2024-10-15");
  }

  @Test
  void afterTheTermTheDefaultIsItsLastDay() {
    assertThat(at("2025-03-01T00:00:00Z").defaultAsOf(AUTUMN)).isEqualTo("2025-01-12");
    // 2025-01-12T16:30Z is already 2025-01-13 00:30 in Shanghai
    assertThat(at("2025-01-12T16:30:00Z").defaultAsOf(AUTUMN)).isEqualTo("2025-01-12");
    assertThat(at("2025-01-12T15:59:59Z").defaultAsOf(AUTUMN)).isEqualTo("2025-01-12");
  }

  @Test
  void beforeTheTermTheDefaultIsToday() {
    assertThat(at("2024-08-20T04:00:00Z").defaultAsOf(AUTUMN)).isEqualTo("2024-08-20");
  }

  @Test
  void todayIsTakenInShanghaiNotInTheClocksOrTheSystemsZone() {
    // 2024-09-01T17:00Z is 2024-09-02 01:00 in Shanghai (UTC+8), still 2024-09-01 in UTC
    AcademicCalendar c = at("2024-09-01T17:00:00Z");
    assertThat(c.today()).isEqualTo("2024-09-02");
    assertThat(c.now()).isEqualTo(LocalDateTime.of(2024, 9, 2, 1, 0));
    assertThat(c.defaultAsOf(AUTUMN)).isEqualTo("2024-09-02");
    AcademicCalendar utc =
        AcademicCalendar.builder()
            .addTerm(AUTUMN)
            .zone(ZoneOffset.UTC)
            .clock(Clock.fixed(Instant.parse("2024-09-01T17:00:00Z"), ZoneId.of("Asia/Tokyo")))
            .build();
    assertThat(utc.today()).isEqualTo("2024-09-01");
  }

  @Test
  void withClockKeepsTheCalendarAndChangesToday() {
    AcademicCalendar c =
        AcademicCalendar.builder()
            .addTerm(AUTUMN)
            .breaks(CalendarFixture.autumn2024Breaks())
            .workdays(CalendarFixture.workdays2024())
            .clock(CalendarFixture.noonOn(LocalDate.of(2024, 9, 10)))
            .build();
    Clock later = CalendarFixture.noonOn(LocalDate.of(2024, 12, 1));
    AcademicCalendar moved = c.withClock(later);
    assertThat(moved.clock()).isSameAs(later);
    assertThat(moved.today()).isEqualTo("2024-12-01");
    assertThat(c.today()).isEqualTo("2024-09-10");
    assertThat(moved.terms()).isEqualTo(c.terms());
    assertThat(moved.breaks()).isEqualTo(c.breaks());
    assertThat(moved.workdayOverrides()).isEqualTo(c.workdayOverrides());
    assertThat(moved.zone()).isEqualTo(c.zone());
    assertThat(moved.standardWorkingDays(AUTUMN, List.of(), AUTUMN.endsOn()))
        .isEqualTo(c.standardWorkingDays(AUTUMN, List.of(), AUTUMN.endsOn()));
  }
}
