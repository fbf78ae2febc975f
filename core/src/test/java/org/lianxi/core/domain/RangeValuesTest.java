package org.lianxi.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.FactFixture.aFeedbackItem;
import static org.lianxi.core.testkit.FactFixture.anAbsence;
import static org.lianxi.core.testkit.LianxiAssertions.assertRejectedNaming;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Absences, breaks and feedback: ranges in order, both ends inclusive. */
class RangeValuesTest {
  private static final LocalDate MON = LocalDate.of(2024, 10, 14);
  private static final LocalDate FRI = LocalDate.of(2024, 10, 18);
  private static final LocalDateTime RECEIVED = LocalDateTime.of(2024, 10, 8, 9, 30);

  @Test
  void absenceMustNotEndBeforeItStarts() {
    assertRejectedNaming(
        () -> anAbsence().cadreId("C1").startsOn(FRI).endsOn(MON).build(),
        "Absence[C1].endsOn = 2024-10-14",
        "startsOn 2024-10-18");
  }

  @Test
  void absenceNeedsACadre() {
    assertRejectedNaming(() -> anAbsence().cadreId("").build(), "Absence[].cadreId = \"\"");
  }

  @Test
  void absenceContainsBothEnds() {
    Absence a = anAbsence().startsOn(MON).endsOn(FRI).build();
    assertThat(a.contains(MON)).isTrue();
    assertThat(a.contains(FRI)).isTrue();
    assertThat(a.contains(MON.minusDays(1))).isFalse();
    assertThat(a.contains(FRI.plusDays(1))).isFalse();
    assertThat(anAbsence().startsOn(MON).endsOn(MON).build().contains(MON)).isTrue();
  }

  @Test
  void absenceReasonDefaultsToEmpty() {
    assertThat(Absence.builder().cadreId("C1").startsOn(MON).endsOn(FRI).build().reason())
        .isEmpty();
  }

  @Test
  void breakMustNotEndBeforeItStarts() {
    assertRejectedNaming(
        () -> Break.builder().name("国庆").startsOn(FRI).endsOn(MON).build(),
        "Break[国庆].endsOn = 2024-10-14",
        "must not be before startsOn 2024-10-18");
  }

  @Test
  void breakContainsBothEndsAndNameDefaultsToEmpty() {
    Break b = Break.builder().startsOn(MON).endsOn(FRI).build();
    assertThat(b.name()).isEmpty();
    assertThat(b.contains(MON)).isTrue();
    assertThat(b.contains(FRI)).isTrue();
    assertThat(b.contains(MON.minusDays(1))).isFalse();
    assertThat(b.contains(FRI.plusDays(1))).isFalse();
  }

  @Test
  void feedbackMustNotBeAcknowledgedOrClosedBeforeItArrived() {
    assertRejectedNaming(
        () ->
            aFeedbackItem()
                .feedbackId("F1")
                .receivedAt(RECEIVED)
                .acknowledgedAt(RECEIVED.minusMinutes(1))
                .build(),
        "Feedback[F1].acknowledgedAt = 2024-10-08T09:29",
        "receivedAt 2024-10-08T09:30");
    assertRejectedNaming(
        () ->
            aFeedbackItem()
                .feedbackId("F1")
                .receivedAt(RECEIVED)
                .closedAt(RECEIVED.minusDays(1))
                .build(),
        "Feedback[F1].closedAt = 2024-10-07T09:30");
  }

  @Test
  void feedbackMayBeAnsweredTheMinuteItArrives() {
    Feedback f =
        aFeedbackItem().receivedAt(RECEIVED).acknowledgedAt(RECEIVED).closedAt(RECEIVED).build();
    assertThat(f.acknowledgedAt()).hasValue(RECEIVED);
    assertThat(f.closedAt()).hasValue(RECEIVED);
    assertThat(f.category()).isEmpty();
  }

  @Test
  void feedbackIdsMustNotBeBlank() {
    assertRejectedNaming(
        () -> aFeedbackItem().feedbackId(" ").build(), "Feedback[ ].feedbackId = \" \"");
    assertRejectedNaming(
        () -> aFeedbackItem().feedbackId("F1").unitId("").build(), "Feedback[F1].unitId = \"\"");
  }
}
