package org.lianxi.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.FactFixture.anAssignment;
import static org.lianxi.core.testkit.LianxiAssertions.assertRejectedNaming;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AssignmentTest {
  private static final LocalDate FROM = LocalDate.of(2024, 9, 2);
  private static final LocalDate TO = LocalDate.of(2024, 12, 31);
  private static final Assignment CLOSED =
      anAssignment().cadreId("C1").contactUnitId("CU1").validFrom(FROM).validTo(TO).build();
  private static final Assignment OPEN =
      anAssignment().cadreId("C1").contactUnitId("CU1").validFrom(FROM).build();

  @Test
  void validToMustNotBeBeforeValidFrom() {
    assertRejectedNaming(
        () ->
            anAssignment()
                .cadreId("C1")
                .contactUnitId("CU1")
                .validFrom(FROM)
                .validTo(FROM.minusDays(1))
                .build(),
        "Assignment[C1→CU1].validTo = 2024-09-01",
        "validFrom 2024-09-02");
    assertThat(anAssignment().validFrom(FROM).validTo(FROM).build().coversDay(FROM)).isTrue();
  }

  @Test
  void idsMustNotBeBlank() {
    assertRejectedNaming(
        () -> anAssignment().cadreId(" ").contactUnitId("CU1").build(), "cadreId = \" \"");
    assertRejectedNaming(
        () -> anAssignment().cadreId("C1").contactUnitId("").build(),
        "Assignment[C1→].contactUnitId = \"\"");
  }

  @Test
  void coversBothEndDays() {
    assertThat(CLOSED.coversDay(FROM)).isTrue();
    assertThat(CLOSED.coversDay(TO)).isTrue();
    assertThat(CLOSED.coversDay(LocalDate.of(2024, 10, 1))).isTrue();
    assertThat(CLOSED.coversDay(FROM.minusDays(1))).isFalse();
    assertThat(CLOSED.coversDay(TO.plusDays(1))).isFalse();
  }

  @Test
  void anOpenAssignmentCoversEveryDayFromItsStart() {
    assertThat(OPEN.coversDay(FROM)).isTrue();
    assertThat(OPEN.coversDay(LocalDate.of(2099, 12, 31))).isTrue();
    assertThat(OPEN.coversDay(FROM.minusDays(1))).isFalse();
  }

  @Test
  void overlapsARangeTouchingEitherEnd() {
    assertThat(CLOSED.overlaps(FROM.minusDays(10), FROM)).isTrue();
    assertThat(CLOSED.overlaps(TO, TO.plusDays(10))).isTrue();
    assertThat(CLOSED.overlaps(FROM.minusDays(10), TO.plusDays(10))).isTrue();
    assertThat(CLOSED.overlaps(FROM.plusDays(3), FROM.plusDays(3))).isTrue();
  }

  @Test
  void doesNotOverlapARangeJustOutside() {
    assertThat(CLOSED.overlaps(FROM.minusDays(10), FROM.minusDays(1))).isFalse();
    assertThat(CLOSED.overlaps(TO.plusDays(1), TO.plusDays(10))).isFalse();
  }

  @Test
  void anOpenAssignmentOverlapsAnyLaterRange() {
    assertThat(OPEN.overlaps(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 2))).isTrue();
    assertThat(OPEN.overlaps(FROM.minusDays(5), FROM)).isTrue();
    assertThat(OPEN.overlaps(FROM.minusDays(5), FROM.minusDays(1))).isFalse();
  }
}
