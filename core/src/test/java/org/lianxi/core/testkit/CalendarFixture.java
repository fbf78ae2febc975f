package org.lianxi.core.testkit;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.domain.Break;
import org.lianxi.core.domain.Season;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.WorkdayOverride;

/**
 * Terms, breaks, working-day overrides and clocks for example tests. The named values are those of
 * the project's acceptance figures: term {@code 2024-2025-1} runs 2024-09-02..2025-01-12 with
 * breaks 2024-10-01..07 and 2024-11-04..10 (19 ISO weeks, 18 teaching weeks, 85 standard working
 * days without overrides). Stateless and thread-safe; values are immutable.
 */
public final class CalendarFixture {
  private CalendarFixture() {}

  /** Term {@code 2024-2025-1}, autumn, 2024-09-02 (Monday) .. 2025-01-12 (Sunday). */
  public static Term autumn2024() {
    return aTerm().build();
  }

  /** Term {@code 2024-2025-2}, spring, 2025-02-17 (Monday) .. 2025-06-29 (Sunday). */
  public static Term spring2025() {
    return aTerm()
        .termId("2024-2025-2")
        .season(Season.SPRING)
        .startsOn(LocalDate.of(2025, 2, 17))
        .endsOn(LocalDate.of(2025, 6, 29))
        .build();
  }

  /**
   * A builder holding {@link #autumn2024()}'s values: change what the test is about.
   *
   * <pre>{@code
   * Term t = aTerm().startsOn(LocalDate.of(2024, 9, 4)).opensOn(LocalDate.of(2024, 8, 31)).build();
   * }</pre>
   */
  public static Term.Builder aTerm() {
    Term.Builder b = Term.builder();
    b.termId("2024-2025-1")
        .academicYear("2024-2025")
        .season(Season.AUTUMN)
        .startsOn(LocalDate.of(2024, 9, 2))
        .endsOn(LocalDate.of(2025, 1, 12));
    return b;
  }

  /** The breaks of 2024-2025-1: 国庆假期 2024-10-01..07 and a whole week 2024-11-04..10. */
  public static ImmutableList<Break> autumn2024Breaks() {
    return ImmutableList.of(
        aBreak("2024-10-01", "2024-10-07", "国庆假期"), aBreak("2024-11-04", "2024-11-10", "秋季运动会停课周"));
  }

  /**
   * The 2024 public holidays and 调休 days of autumn 2024 as {@code workdays.csv} lists them: 中秋
   * (9-14 Saturday worked; 9-16, 9-17 off), 国庆 (9-29 Sunday worked; 10-01..10-07 off; 10-12
   * Saturday worked) and 元旦 (2025-01-01 off).
   */
  public static ImmutableList<WorkdayOverride> workdays2024() {
    ImmutableList.Builder<WorkdayOverride> b = ImmutableList.builder();
    b.add(aMakeUpWorkday("2024-09-14", "中秋节调休"));
    b.add(aHoliday("2024-09-16", "中秋节"));
    b.add(aHoliday("2024-09-17", "中秋节"));
    b.add(aMakeUpWorkday("2024-09-29", "国庆节调休"));
    for (int day = 1; day <= 7; day++) {
      b.add(aHoliday(LocalDate.of(2024, 10, day).toString(), "国庆节"));
    }
    b.add(aMakeUpWorkday("2024-10-12", "国庆节调休"));
    b.add(aHoliday("2025-01-01", "元旦"));
    return b.build();
  }

  /** A break {@code from..to} (inclusive, {@code YYYY-MM-DD}). */
  public static Break aBreak(String from, String to, String name) {
    return Break.builder()
        .startsOn(LocalDate.parse(from))
        .endsOn(LocalDate.parse(to))
        .name(name)
        .build();
  }

  /** A public holiday: {@code workday=false}. */
  public static WorkdayOverride aHoliday(String date, String name) {
    return WorkdayOverride.of(LocalDate.parse(date), false, name);
  }

  /** A 调休 working day (usually a Saturday or Sunday): {@code workday=true}. */
  public static WorkdayOverride aMakeUpWorkday(String date, String name) {
    return WorkdayOverride.of(LocalDate.parse(date), true, name);
  }

  /** A clock fixed at noon of {@code day} in Asia/Shanghai. */
  public static Clock noonOn(LocalDate day) {
    return Clock.fixed(
        day.atTime(LocalTime.NOON).atZone(AcademicCalendar.DEFAULT_ZONE).toInstant(),
        AcademicCalendar.DEFAULT_ZONE);
  }

  /**
   * The calendar of 2024-2025 ({@link #autumn2024()}, {@link #spring2025()}, {@link
   * #autumn2024Breaks()}; {@link #workdays2024()} only when {@code withHolidays}) with a clock at
   * noon of {@code today}.
   */
  public static AcademicCalendar calendar2024(boolean withHolidays, LocalDate today) {
    AcademicCalendar.Builder b =
        AcademicCalendar.builder()
            .addTerm(autumn2024())
            .addTerm(spring2025())
            .breaks(autumn2024Breaks())
            .clock(noonOn(today));
    if (withHolidays) {
      b.workdays(workdays2024());
    }
    return b.build();
  }
}
