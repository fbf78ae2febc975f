package org.lianxi.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.CalendarFixture.aTerm;
import static org.lianxi.core.testkit.LianxiAssertions.assertRejectedNaming;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TermTest {
  private static final LocalDate START = LocalDate.of(2024, 9, 2);

  @Test
  void mustNotEndBeforeItStarts() {
    assertRejectedNaming(
        () -> aTerm().startsOn(START).endsOn(START.minusDays(1)).build(),
        "Term[2024-2025-1].endsOn = 2024-09-01",
        "startsOn 2024-09-02");
    assertThat(aTerm().startsOn(START).endsOn(START).build().endsOn()).isEqualTo(START);
  }

  @Test
  void mustNotOpenAfterItStarts() {
    assertRejectedNaming(
        () -> aTerm().startsOn(START).opensOn(START.plusDays(1)).build(),
        "Term[2024-2025-1].opensOn = 2024-09-03",
        "must not be after startsOn 2024-09-02");
  }

  @Test
  void opensOnStartsOnUnlessEarlier() {
    assertThat(aTerm().startsOn(START).build().opensOn()).isEqualTo(START);
    assertThat(aTerm().startsOn(START).opensOn(START).build().opensOn()).isEqualTo(START);
    assertThat(aTerm().startsOn(START).opensOn(START.minusDays(3)).build().opensOn())
        .isEqualTo(LocalDate.of(2024, 8, 30));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-2026",
        "2024-2024",
        "2025-2024",
        "2024/2025",
        "24-25",
        "2024-2025 ",
        " 2024-2025",
        "2024-2025-1",
        "２０２４-２０２５",
        ""
      })
  void academicYearMustBeTwoConsecutiveYears(String year) {
    assertRejectedNaming(
        () -> aTerm().academicYear(year).build(),
        "Term[2024-2025-1].academicYear = " + year + ":",
        "YYYY-YYYY");
  }

  @Test
  void acceptsConsecutiveYearsAcrossACentury() {
    assertThat(aTerm().academicYear("2099-2100").build().academicYear()).isEqualTo("2099-2100");
  }

  @Test
  void termIdMustNotBeBlank() {
    assertRejectedNaming(() -> aTerm().termId(" ").build(), "Term[ ].termId = \" \"");
  }
}
