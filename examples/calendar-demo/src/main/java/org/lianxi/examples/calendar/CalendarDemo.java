package org.lianxi.examples.calendar;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.calendar.IsoWeek;
import org.lianxi.core.domain.Break;
import org.lianxi.core.domain.Season;
import org.lianxi.core.domain.Term;

/** Prints the teaching weeks and standard working days of a term: a placeholder demo. */
public final class CalendarDemo {
  private CalendarDemo() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Term term =
        Term.builder()
            .termId("2024-2025-1")
            .academicYear("2024-2025")
            .season(Season.AUTUMN)
            .startsOn(java.time.LocalDate.parse("2024-09-02"))
            .endsOn(java.time.LocalDate.parse("2025-01-12"))
            .build();
    AcademicCalendar calendar =
        AcademicCalendar.builder()
            .addTerm(term)
            .addBreak(
                Break.builder()
                    .startsOn(java.time.LocalDate.parse("2024-10-01"))
                    .endsOn(java.time.LocalDate.parse("2024-10-07"))
                    .name("国庆节")
                    .build())
            .clock(Clock.systemUTC())
            .build();
    List<IsoWeek> weeks = calendar.teachingWeeks(term);
    out.println("学期 term " + term.termId() + ": " + weeks.size() + " 教学周 teaching weeks");
    for (IsoWeek w : weeks) {
      out.println("  " + w.label() + "  " + w.days());
    }
    out.println(
        "标准工作日 standard working days: "
            + calendar.standardWorkingDays(term, List.of(), term.endsOn()).size());
  }
}
