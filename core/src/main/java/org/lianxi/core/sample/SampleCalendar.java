package org.lianxi.core.sample;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.lianxi.core.domain.Break;
import org.lianxi.core.domain.Season;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.WorkdayOverride;

/**
 * The 2024–2025 academic year of the samples: two terms, their breaks, and the real Chinese public
 * holidays (weekdays marked off) and 调休 working weekends (marked on) from September 2024 to June
 * 2025, per the State Council's notices for 2024 and 2025 (the Spring Festival between the terms
 * included, since feedback deadlines run across it). Constants only; thread-safe.
 */
final class SampleCalendar {
  private SampleCalendar() {}

  static final String ACADEMIC_YEAR = "2024-2025";

  static final Term AUTUMN =
      Term.builder()
          .termId("2024-2025-1")
          .academicYear(ACADEMIC_YEAR)
          .season(Season.AUTUMN)
          .startsOn(LocalDate.of(2024, 9, 2))
          .endsOn(LocalDate.of(2025, 1, 12))
          .opensOn(LocalDate.of(2024, 8, 31))
          .build();

  static final Term SPRING =
      Term.builder()
          .termId("2024-2025-2")
          .academicYear(ACADEMIC_YEAR)
          .season(Season.SPRING)
          .startsOn(LocalDate.of(2025, 2, 17))
          .endsOn(LocalDate.of(2025, 6, 29))
          .build();

  static final Break NATIONAL_DAY =
      Break.builder()
          .startsOn(LocalDate.of(2024, 10, 1))
          .endsOn(LocalDate.of(2024, 10, 7))
          .name("国庆节")
          .build();

  static final Break LABOUR_DAY =
      Break.builder()
          .startsOn(LocalDate.of(2025, 5, 1))
          .endsOn(LocalDate.of(2025, 5, 5))
          .name("劳动节")
          .build();

  private static WorkdayOverride off(int y, int m, int d, String name) {
    return WorkdayOverride.of(LocalDate.of(y, m, d), false, name);
  }

  private static WorkdayOverride on(int y, int m, int d, String name) {
    return WorkdayOverride.of(LocalDate.of(y, m, d), true, name + "调休上班");
  }

  /** Public holidays on weekdays ({@code false}) and 调休 weekends ({@code true}), in date order. */
  static final ImmutableList<WorkdayOverride> WORKDAYS =
      ImmutableList.of(
          on(2024, 9, 14, "中秋节"),
          off(2024, 9, 16, "中秋节"),
          off(2024, 9, 17, "中秋节"),
          on(2024, 9, 29, "国庆节"),
          off(2024, 10, 1, "国庆节"),
          off(2024, 10, 2, "国庆节"),
          off(2024, 10, 3, "国庆节"),
          off(2024, 10, 4, "国庆节"),
          off(2024, 10, 7, "国庆节"),
          on(2024, 10, 12, "国庆节"),
          off(2025, 1, 1, "元旦"),
          on(2025, 1, 26, "春节"),
          off(2025, 1, 28, "春节"),
          off(2025, 1, 29, "春节"),
          off(2025, 1, 30, "春节"),
          off(2025, 1, 31, "春节"),
          off(2025, 2, 3, "春节"),
          off(2025, 2, 4, "春节"),
          on(2025, 2, 8, "春节"),
          off(2025, 4, 4, "清明节"),
          on(2025, 4, 27, "劳动节"),
          off(2025, 5, 1, "劳动节"),
          off(2025, 5, 2, "劳动节"),
          off(2025, 5, 5, "劳动节"),
          off(2025, 6, 2, "端午节"));
}
