package org.lianxi.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.LianxiAssertions.assertRejectedNaming;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoWeekTest {
  private static final LocalDate MON = LocalDate.of(2024, 9, 2);

  @Test
  void everyDayBelongsToTheWeekOfItsMonday() {
    for (int i = 0; i < 7; i++) {
      assertThat(IsoWeek.of(MON.plusDays(i)).monday()).isEqualTo(MON);
    }
    assertThat(IsoWeek.of(MON.minusDays(1)).monday()).isEqualTo(MON.minusWeeks(1));
    assertThat(IsoWeek.of(MON.plusDays(7)).monday()).isEqualTo(MON.plusWeeks(1));
  }

  @Test
  void namesItsDays() {
    IsoWeek w = new IsoWeek(MON);
    assertThat(w.friday()).isEqualTo("2024-09-06");
    assertThat(w.sunday()).isEqualTo("2024-09-08");
    assertThat(w.days()).isEqualTo(DateRange.of(MON, LocalDate.of(2024, 9, 8)));
    assertThat(w.weekdays()).isEqualTo(DateRange.of(MON, LocalDate.of(2024, 9, 6)));
    assertThat(w.contains(LocalDate.of(2024, 9, 8))).isTrue();
    assertThat(w.contains(LocalDate.of(2024, 9, 9))).isFalse();
    assertThat(w.contains(LocalDate.of(2024, 9, 1))).isFalse();
    assertThat(w.next()).isEqualTo(new IsoWeek(LocalDate.of(2024, 9, 9)));
    assertThat(w.compareTo(w.next())).isNegative();
    assertThat(w.next().compareTo(w)).isPositive();
    assertThat(w.compareTo(new IsoWeek(MON))).isZero();
  }

  @Test
  void labelsFollowTheIsoWeekBasedYear() {
    assertThat(new IsoWeek(MON).label()).isEqualTo("2024-W36");
    assertThat(new IsoWeek(MON)).hasToString("2024-W36");
    assertThat(IsoWeek.of(LocalDate.of(2024, 12, 31)).label()).isEqualTo("2025-W01");
    assertThat(IsoWeek.of(LocalDate.of(2021, 1, 3)).label()).isEqualTo("2020-W53");
  }

  @Test
  void mustStartOnAMonday() {
    assertRejectedNaming(() -> new IsoWeek(MON.plusDays(1)), "IsoWeek.monday = 2024-09-03");
    assertRejectedNaming(() -> new IsoWeek(null), "IsoWeek.monday = null");
  }
}
