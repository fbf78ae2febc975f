package org.lianxi.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.LianxiAssertions.assertRejectedNaming;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {
  private static final LocalDate MON = LocalDate.of(2024, 10, 14);
  private static final LocalDate SUN = LocalDate.of(2024, 10, 20);
  private static final DateRange WEEK = DateRange.of(MON, SUN);

  @Test
  void includesBothEnds() {
    assertThat(WEEK.contains(MON)).isTrue();
    assertThat(WEEK.contains(SUN)).isTrue();
    assertThat(WEEK.contains(MON.minusDays(1))).isFalse();
    assertThat(WEEK.contains(SUN.plusDays(1))).isFalse();
    assertThat(WEEK.length()).isEqualTo(7);
    assertThat(WEEK.days()).hasSize(7).startsWith(MON).endsWith(SUN);
    assertThat(DateRange.of(MON, MON).length()).isEqualTo(1);
    assertThat(WEEK).hasToString("2024-10-14..2024-10-20");
  }

  @Test
  void rejectsAnEndBeforeTheStartOrNulls() {
    assertRejectedNaming(() -> DateRange.of(SUN, MON), "DateRange.to = 2024-10-14", "2024-10-20");
    assertRejectedNaming(() -> DateRange.of(null, MON), "DateRange.from = null");
    assertRejectedNaming(() -> DateRange.of(MON, null), "DateRange.to = null");
  }

  @Test
  void overlapsWhenSharingADay() {
    assertThat(WEEK.overlaps(DateRange.of(SUN, SUN.plusDays(3)))).isTrue();
    assertThat(WEEK.overlaps(DateRange.of(MON.minusDays(3), MON))).isTrue();
    assertThat(WEEK.overlaps(DateRange.of(SUN.plusDays(1), SUN.plusDays(3)))).isFalse();
    assertThat(WEEK.overlaps(DateRange.of(MON.minusDays(3), MON.minusDays(1)))).isFalse();
  }

  @Test
  void intersectsToTheSharedDays() {
    assertThat(WEEK.intersect(DateRange.of(SUN, SUN.plusDays(3)))).hasValue(DateRange.of(SUN, SUN));
    assertThat(WEEK.intersect(DateRange.of(MON.plusDays(2), MON.plusDays(3))))
        .hasValue(DateRange.of(MON.plusDays(2), MON.plusDays(3)));
    assertThat(DateRange.of(MON.plusDays(2), SUN.plusDays(9)).intersect(WEEK))
        .hasValue(DateRange.of(MON.plusDays(2), SUN));
    assertThat(WEEK.intersect(DateRange.of(SUN.plusDays(1), SUN.plusDays(3)))).isEmpty();
  }

  @Test
  void upToCutsTheEnd() {
    assertThat(WEEK.upTo(MON.plusDays(2))).hasValue(DateRange.of(MON, MON.plusDays(2)));
    assertThat(WEEK.upTo(MON)).hasValue(DateRange.of(MON, MON));
    assertThat(WEEK.upTo(SUN.plusDays(5))).hasValue(WEEK);
    assertThat(WEEK.upTo(MON.minusDays(1))).isEmpty();
  }
}
