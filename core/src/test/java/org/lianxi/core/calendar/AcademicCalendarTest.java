package org.lianxi.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.CalendarFixture.aBreak;
import static org.lianxi.core.testkit.CalendarFixture.aHoliday;
import static org.lianxi.core.testkit.CalendarFixture.aMakeUpWorkday;
import static org.lianxi.core.testkit.CalendarFixture.aTerm;
import static org.lianxi.core.testkit.LianxiAssertions.assertRejectedNaming;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Break;
import org.lianxi.core.domain.Season;
import org.lianxi.core.domain.Term;
import org.lianxi.core.testkit.CalendarFixture;

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

  static LocalDate d(String day) {
    return LocalDate.parse(day);
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

  // ------------------------------------------------------------------ a term starting on a
  // Wednesday

  /** Wednesday 2024-09-04 .. Friday 2024-11-15. */
  private static final Term WEDNESDAY_TERM =
      aTerm().startsOn(d("2024-09-04")).endsOn(d("2024-11-15")).build();

  /**
   * Breaks 国庆 2024-10-01 (Tue) .. 10-07 (Mon) and 运动会 2024-11-04 (Mon) .. 11-10 (Sun); the
   * workdays.csv of 2024: 9-14 (Sat) 调休 worked, 9-16 (Mon) and 9-17 (Tue) 中秋 off, 9-29 (Sun) 调休
   * worked, 10-01..10-07 国庆 off, 10-12 (Sat) 调休 worked, 2025-01-01 off.
   */
  private static final AcademicCalendar WEDNESDAY_CALENDAR =
      AcademicCalendar.builder()
          .addTerm(WEDNESDAY_TERM)
          .breaks(CalendarFixture.autumn2024Breaks())
          .workdays(CalendarFixture.workdays2024())
          .build();

  @Test
  void aTermStartingOnWednesdayWithHolidaysAndMakeUpDaysHasTheFiguresComputedByHand() {
    // ISO weeks overlapping 2024-09-04 (Wed) .. 2024-11-15 (Fri), by their Mondays:
    //   09-02 (holds the first day, Wed 09-04), 09-09, 09-16, 09-23, 09-30, 10-07, 10-14, 10-21,
    //   10-28, 11-04, 11-11 (holds the last day, Fri 11-15)                        = 11 ISO weeks
    // Teaching weeks: a week is dropped only when all seven days are break days.
    //   09-30..10-06: Mon 09-30 is outside 国庆 (10-01..10-07)      -> teaching
    //   10-07..10-13: only Mon 10-07 is inside 国庆                   -> teaching
    //   11-04..11-10: wholly inside 运动会                             -> not teaching
    //                                                                  = 11 - 1 = 10 teaching weeks
    // Months overlapping the term: 2024-09, 2024-10, 2024-11                          = 3 months
    // Standard working days (working days of teaching weeks inside 09-04..11-15, not break days):
    //   09-02 week: Wed 09-04, Thu, Fri (Mon, Tue are before the term)                      3
    //   09-09 week: Mon..Fri 5 + Sat 09-14 调休                                             6
    //   09-16 week: Mon 09-16, Tue 09-17 中秋 off; Wed..Fri                                 3
    //   09-23 week: Mon..Fri 5 + Sun 09-29 调休 (09-29 is the Sunday of this ISO week)      6
    //   09-30 week: Mon 09-30; Tue 10-01..Fri 10-04 are 国庆 break and holidays             1
    //   10-07 week: Mon 10-07 break; Tue 10-08..Fri 10-11 4 + Sat 10-12 调休                5
    //   10-14, 10-21, 10-28 weeks: 5 each                                                  15
    //   11-04 week: not a teaching week                                                     0
    //   11-11 week: Mon 11-11 .. Fri 11-15                                                  5
    //                                                            3+6+3+6+1+5+15+0+5 = 44 days
    List<IsoWeek> weeks = AcademicCalendar.isoWeeks(WEDNESDAY_TERM);
    assertThat(weeks).hasSize(11);
    assertThat(weeks.get(0).monday()).isEqualTo(d("2024-09-02"));
    assertThat(weeks.get(10).monday()).isEqualTo(d("2024-11-11"));

    List<IsoWeek> teaching = WEDNESDAY_CALENDAR.teachingWeeks(WEDNESDAY_TERM);
    assertThat(teaching).hasSize(10);
    assertThat(teaching)
        .contains(IsoWeek.of(d("2024-09-30")), IsoWeek.of(d("2024-10-07")))
        .doesNotContain(IsoWeek.of(d("2024-11-04")));

    assertThat(AcademicCalendar.months(WEDNESDAY_TERM))
        .containsExactly(YearMonth.of(2024, 9), YearMonth.of(2024, 10), YearMonth.of(2024, 11));

    List<LocalDate> days =
        WEDNESDAY_CALENDAR.standardWorkingDays(WEDNESDAY_TERM, List.of(), WEDNESDAY_TERM.endsOn());
    assertThat(days).hasSize(44);
    assertThat(days)
        .startsWith(d("2024-09-04"), d("2024-09-05"), d("2024-09-06"), d("2024-09-09"))
        .contains(d("2024-09-14"), d("2024-09-29"), d("2024-09-30"), d("2024-10-12"))
        .doesNotContain(
            d("2024-09-02"),
            d("2024-09-16"),
            d("2024-09-17"),
            d("2024-10-01"),
            d("2024-10-07"),
            d("2024-11-04"),
            d("2024-09-15"))
        .endsWith(d("2024-11-15"))
        .isSorted()
        .doesNotHaveDuplicates();
  }

  @Test
  void standardWorkingDaysStopAtAsOf() {
    // up to Tue 09-17: 3 (09-02 week) + 6 (09-09 week, with Sat 09-14) + 0 (Mon, Tue 中秋) = 9
    assertThat(WEDNESDAY_CALENDAR.standardWorkingDays(WEDNESDAY_TERM, List.of(), d("2024-09-17")))
        .hasSize(9)
        .endsWith(d("2024-09-14"));
    assertThat(WEDNESDAY_CALENDAR.standardWorkingDays(WEDNESDAY_TERM, List.of(), d("2024-09-03")))
        .isEmpty();
  }

  @Test
  void absencesRemoveTheirWorkingDays() {
    Absence monToWed = absence("2024-09-09", "2024-09-11");
    Absence makeUpWeekend = absence("2024-09-14", "2024-09-15");
    Absence duringBreak = absence("2024-11-04", "2024-11-10");
    assertThat(standardDays(monToWed)).hasSize(44 - 3).doesNotContain(d("2024-09-10"));
    // Sat 09-14 is a 调休 working day, Sun 09-15 is not a working day: one day less
    assertThat(standardDays(makeUpWeekend)).hasSize(44 - 1).doesNotContain(d("2024-09-14"));
    assertThat(standardDays(duringBreak)).hasSize(44);
    assertThat(standardDays(monToWed, makeUpWeekend)).hasSize(44 - 4);
  }

  private static List<LocalDate> standardDays(Absence... absences) {
    return WEDNESDAY_CALENDAR.standardWorkingDays(
        WEDNESDAY_TERM, List.of(absences), WEDNESDAY_TERM.endsOn());
  }

  private static Absence absence(String from, String to) {
    return Absence.builder().cadreId("C1").startsOn(d(from)).endsOn(d(to)).build();
  }

  @Test
  void aMakeUpWorkingDayInsideABreakIsStillNotAStandardWorkingDay() {
    // SPEC §3.1: "A 调休 working day inside a break is still not a standard working day."
    AcademicCalendar calendar =
        AcademicCalendar.builder()
            .addTerm(AUTUMN_2024)
            .addBreak(aBreak("2024-10-01", "2024-10-07", "国庆"))
            .addWorkday(aMakeUpWorkday("2024-10-05", "调休"))
            .addWorkday(aMakeUpWorkday("2024-09-29", "调休"))
            .build();
    assertThat(calendar.isWorkingDay(d("2024-10-05"))).isTrue();
    assertThat(calendar.isBreakDay(d("2024-10-05"))).isTrue();
    List<LocalDate> days = calendar.standardWorkingDays(AUTUMN_2024, List.of(), d("2024-10-31"));
    assertThat(days).doesNotContain(d("2024-10-05")).contains(d("2024-09-29"));
  }

  // ------------------------------------------------------------------ days

  @Test
  void workingDaysAreMondayToFridayUnlessOverridden() {
    AcademicCalendar c = WEDNESDAY_CALENDAR;
    assertThat(c.isWorkingDay(d("2024-09-13"))).as("Friday").isTrue();
    assertThat(c.isWorkingDay(d("2024-09-21"))).as("Saturday").isFalse();
    assertThat(c.isWorkingDay(d("2024-09-22"))).as("Sunday").isFalse();
    assertThat(c.isWorkingDay(d("2024-09-14"))).as("调休 Saturday").isTrue();
    assertThat(c.isWorkingDay(d("2024-09-29"))).as("调休 Sunday").isTrue();
    assertThat(c.isWorkingDay(d("2024-09-16"))).as("中秋 Monday").isFalse();
    assertThat(c.isWorkingDay(d("2025-01-01"))).as("元旦 Wednesday").isFalse();
    assertThat(c.isWorkingDay(d("2024-11-04"))).as("break Monday: offices work").isTrue();
  }

  @Test
  void breakDaysIncludeBothEnds() {
    assertThat(CALENDAR.isBreakDay(d("2024-09-30"))).isFalse();
    assertThat(CALENDAR.isBreakDay(d("2024-10-01"))).isTrue();
    assertThat(CALENDAR.isBreakDay(d("2024-10-07"))).isTrue();
    assertThat(CALENDAR.isBreakDay(d("2024-10-08"))).isFalse();
    assertThat(CALENDAR.isBreakDay(d("2024-11-10"))).isTrue();
    assertThat(CALENDAR.isBreakDay(d("2024-11-11"))).isFalse();
    assertThat(CALENDAR.isBreakDay(d("2024-12-25"))).isFalse();
  }

  @Test
  void aWeekCoveredByTwoAdjoiningBreaksIsWhollyInBreak() {
    AcademicCalendar c =
        AcademicCalendar.builder()
            .addTerm(AUTUMN_2024)
            .addBreak(aBreak("2024-10-10", "2024-10-13", "second"))
            .addBreak(aBreak("2024-10-07", "2024-10-09", "first"))
            .build();
    assertThat(c.whollyInBreak(IsoWeek.of(d("2024-10-07")))).isTrue();
    assertThat(c.whollyInBreak(IsoWeek.of(d("2024-10-14")))).isFalse();
    assertThat(c.teachingWeeks(AUTUMN_2024)).hasSize(18);
    assertThat(c.breaks()).extracting(Break::name).containsExactly("first", "second");
  }

  @Test
  void aWeekWithOneDayOutsideTheBreakIsATeachingWeek() {
    AcademicCalendar c =
        AcademicCalendar.builder()
            .addTerm(AUTUMN_2024)
            .addBreak(aBreak("2024-10-07", "2024-10-12", "Mon..Sat"))
            .build();
    assertThat(c.whollyInBreak(IsoWeek.of(d("2024-10-07")))).isFalse();
    assertThat(c.teachingWeeks(AUTUMN_2024)).hasSize(19);
  }

  @Test
  void monthsAreCutToTheTerm() {
    assertThat(AcademicCalendar.monthInTerm(YearMonth.of(2024, 9), WEDNESDAY_TERM))
        .isEqualTo(DateRange.of(d("2024-09-04"), d("2024-09-30")));
    assertThat(AcademicCalendar.monthInTerm(YearMonth.of(2024, 11), WEDNESDAY_TERM))
        .isEqualTo(DateRange.of(d("2024-11-01"), d("2024-11-15")));
    assertThat(AcademicCalendar.monthInTerm(YearMonth.of(2024, 10), WEDNESDAY_TERM).length())
        .isEqualTo(31);
    assertRejectedNaming(
        () -> AcademicCalendar.monthInTerm(YearMonth.of(2024, 12), WEDNESDAY_TERM),
        "2024-12",
        "2024-2025-1");
  }

  @Test
  void aOneDayTermHasOneWeekAndOneMonth() {
    Term oneDay = aTerm().startsOn(d("2024-09-30")).endsOn(d("2024-09-30")).build();
    assertThat(AcademicCalendar.isoWeeks(oneDay)).containsExactly(IsoWeek.of(d("2024-09-30")));
    assertThat(AcademicCalendar.months(oneDay)).containsExactly(YearMonth.of(2024, 9));
  }

  // ------------------------------------------------------------------ the calendar's own checks

  @Test
  void rejectsTwoTermsWithOneId() {
    assertRejectedNaming(
        () -> AcademicCalendar.of(List.of(AUTUMN_2024, AUTUMN_2024), List.of(), List.of()),
        "termId = 2024-2025-1",
        "duplicate");
  }

  @Test
  void rejectsADateListedAsBothHolidayAndWorkday() {
    assertRejectedNaming(
        () ->
            AcademicCalendar.of(
                List.of(AUTUMN_2024),
                List.of(),
                List.of(aHoliday("2024-10-12", "国庆"), aMakeUpWorkday("2024-10-12", "调休"))),
        "WorkdayOverride.date = 2024-10-12",
        "different");
  }

  @Test
  void acceptsTheSameOverrideTwice() {
    AcademicCalendar c =
        AcademicCalendar.of(
            List.of(AUTUMN_2024),
            List.of(),
            List.of(aHoliday("2024-10-01", "国庆"), aHoliday("2024-10-01", "国庆节")));
    assertThat(c.workdayOverrides()).hasSize(1);
    assertThat(c.isWorkingDay(d("2024-10-01"))).isFalse();
  }

  @Test
  void overridesAreKeptInDateOrder() {
    AcademicCalendar c =
        AcademicCalendar.of(
            List.of(),
            List.of(),
            List.of(aMakeUpWorkday("2024-10-12", "b"), aHoliday("2024-10-01", "a")));
    assertThat(c.workdayOverrides())
        .extracting(o -> o.date().toString())
        .containsExactly("2024-10-01", "2024-10-12");
  }

  @Test
  void findsTermsById() {
    AcademicCalendar c = CalendarFixture.calendar2024(false, d("2024-10-01"));
    assertThat(c.term("2024-2025-2")).hasValue(CalendarFixture.spring2025());
    assertThat(c.term("2023-2024-2")).isEmpty();
    assertThat(c.requireTerm("2024-2025-1")).isEqualTo(CalendarFixture.autumn2024());
    assertRejectedNaming(() -> c.requireTerm("2023-2024-2"), "termId = 2023-2024-2", "2024-2025-1");
  }

  @Test
  void termsAreOrderedByFirstDay() {
    AcademicCalendar c =
        AcademicCalendar.of(
            List.of(CalendarFixture.spring2025(), CalendarFixture.autumn2024()),
            List.of(),
            List.of());
    assertThat(c.terms()).extracting(Term::termId).containsExactly("2024-2025-1", "2024-2025-2");
    assertThat(c.termsOfYear("2024-2025")).hasSize(2);
    assertThat(c.termsOfYear("2025-2026")).isEmpty();
  }
}
