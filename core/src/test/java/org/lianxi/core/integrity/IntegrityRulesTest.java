package org.lianxi.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.integrity.IntegrityFixture.a;
import static org.lianxi.core.integrity.IntegrityFixture.absence;
import static org.lianxi.core.integrity.IntegrityFixture.activity;
import static org.lianxi.core.integrity.IntegrityFixture.assignment;
import static org.lianxi.core.integrity.IntegrityFixture.autumn;
import static org.lianxi.core.integrity.IntegrityFixture.data;
import static org.lianxi.core.integrity.IntegrityFixture.t;
import static org.lianxi.core.integrity.IntegrityFixture.unit;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.Severity;

/** Each rule of SPEC §4: the planted pattern is flagged, the near miss is not. */
class IntegrityRulesTest {

  @Nested
  @DisplayName("OVERLAP (SPEC §4, §3.1)")
  class Overlap {
    @Test
    void overlappingActivitiesOfOneCadreAreFlaggedAsAPairAndNeitherCounts() {
      IntegrityReport r =
          autumn(List.of(a("A1", "2024-09-10T09:00", 90), a("A2", "2024-09-10T10:00", 60)));

      assertThat(r.findingsOf(IntegrityRule.OVERLAP))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.activityIds()).containsExactly("A1", "A2");
                assertThat(f.severity()).isEqualTo(Severity.HIGH);
                assertThat(f.state()).isEqualTo(FindingState.OPEN);
                assertThat(f.subject()).isEqualTo("C1");
                assertThat(f.explanation().zh()).contains("A1", "A2", "重叠");
                assertThat(f.explanation().en()).contains("A1", "A2", "overlap");
              });
      assertThat(r.excluded()).containsOnlyKeys("A1", "A2");
      assertThat(r.excluded().get("A2").rule()).isEqualTo(IntegrityRule.OVERLAP);
    }

    @Test
    void activitiesThatTouchDoNotOverlap() {
      IntegrityReport r =
          autumn(List.of(a("A1", "2024-09-10T09:00", 60), a("A2", "2024-09-10T10:00", 60)));

      assertThat(r.findings()).isEmpty();
      assertThat(r.excluded()).isEmpty();
    }

    @Test
    void overlappingActivitiesOfTwoCadresAreNotFlagged() {
      IntegrityReport r =
          autumn(
              List.of(
                  a("A1", "2024-09-10T09:00", 90),
                  activity("A2", "2024-09-10T10:00", 60).cadreId("C2").build()));

      assertThat(r.findings()).isEmpty();
    }

    @Test
    void aLongActivityOverlapsEveryLaterOneItCovers() {
      IntegrityReport r =
          autumn(
              List.of(
                  a("A1", "2024-09-10T08:00", 240),
                  a("A2", "2024-09-10T09:00", 30),
                  a("A3", "2024-09-10T11:00", 30)));

      assertThat(r.findingsOf(IntegrityRule.OVERLAP))
          .extracting(f -> (List<String>) f.activityIds())
          .containsExactly(List.of("A1", "A2"), List.of("A1", "A3"));
    }

    @Test
    void exactDuplicatesAreDuplicateNotOverlap() {
      IntegrityReport r =
          autumn(List.of(a("A1", "2024-09-10T09:00", 60), a("A2", "2024-09-10T09:00", 60)));

      assertThat(r.findings()).extracting(Finding::rule).containsExactly(IntegrityRule.DUPLICATE);
      assertThat(r.excluded()).isEmpty();
    }
  }

  @Nested
  @DisplayName("DUPLICATE (SPEC §4, §3.1)")
  class Duplicate {
    @Test
    void everyCopyIsNamedInRecordedOrderAndNoneIsExcluded() {
      Activity first =
          activity("A9", "2024-09-10T09:00", 60).recordedAt(t("2024-09-10T12:00")).build();
      Activity second =
          activity("A1", "2024-09-10T09:00", 60).recordedAt(t("2024-09-11T12:00")).build();
      Activity third =
          activity("A5", "2024-09-10T09:00", 60).recordedAt(t("2024-09-11T12:00")).build();

      IntegrityReport r = autumn(List.of(third, second, first));

      assertThat(r.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.rule()).isEqualTo(IntegrityRule.DUPLICATE);
                assertThat(f.severity()).isEqualTo(Severity.LOW);
                assertThat(f.activityIds()).containsExactly("A9", "A1", "A5");
                assertThat(f.explanation().en()).contains("3 times", "only the first, A9");
              });
      assertThat(r.excluded()).isEmpty();
    }

    @Test
    void sameStartButDifferentMinutesIsNotADuplicate() {
      IntegrityReport r =
          autumn(List.of(a("A1", "2024-09-10T09:00", 60), a("A2", "2024-09-10T09:00", 45)));

      assertThat(r.findingsOf(IntegrityRule.DUPLICATE)).isEmpty();
      assertThat(r.findingsOf(IntegrityRule.OVERLAP)).hasSize(1);
    }

    @Test
    void sameStartButAnotherTypeIsNotADuplicate() {
      IntegrityReport r =
          autumn(
              List.of(
                  a("A1", "2024-09-10T09:00", 60),
                  activity("A2", "2024-09-10T09:00", 60).type(ActivityType.DORM_VISIT).build()));

      assertThat(r.findingsOf(IntegrityRule.DUPLICATE)).isEmpty();
    }
  }

  @Nested
  @DisplayName("LATE_ENTRY (SPEC §3.1: recorded more than 720 h after the start)")
  class LateEntry {
    @Test
    void recordedMoreThan720HoursAfterTheStartIsFlagged() {
      LocalDateTime start = t("2024-09-10T09:00");
      IntegrityReport r =
          autumn(
              List.of(
                  activity("A1", "2024-09-10T09:00", 60)
                      .recordedAt(start.plusHours(720).plusMinutes(1))
                      .build()));

      assertThat(r.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.rule()).isEqualTo(IntegrityRule.LATE_ENTRY);
                assertThat(f.severity()).isEqualTo(Severity.LOW);
                assertThat(f.activityIds()).containsExactly("A1");
              });
      assertThat(r.excluded()).isEmpty();
    }

    @Test
    void recordedExactly720HoursAfterTheStartIsNotFlagged() {
      IntegrityReport r =
          autumn(
              List.of(
                  activity("A1", "2024-09-10T09:00", 60)
                      .recordedAt(t("2024-09-10T09:00").plusHours(720))
                      .build()));

      assertThat(r.findings()).isEmpty();
    }

    @Test
    void theThresholdComesFromTheSettings() {
      IntegrityReport r =
          IntegrityChecker.of(IntegritySettings.builder().lateEntryHours(24).build())
              .check(
                  data(List.of(
                          activity("A1", "2024-09-10T09:00", 60)
                              .recordedAt(t("2024-09-11T09:01"))
                              .build()))
                      .build(),
                  IntegrityFixture.AUTUMN,
                  IntegrityFixture.AUTUMN.endsOn());

      assertThat(r.findings()).extracting(Finding::rule).containsExactly(IntegrityRule.LATE_ENTRY);
    }
  }

  @Nested
  @DisplayName("RECORDED_BEFORE_START (SPEC §4)")
  class RecordedBeforeStart {
    @Test
    void recordedBeforeItStartedIsFlaggedHighAndExcluded() {
      IntegrityReport r =
          autumn(
              List.of(
                  activity("A1", "2024-09-10T09:00", 60)
                      .recordedAt(t("2024-09-10T08:59"))
                      .build()));

      assertThat(r.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.rule()).isEqualTo(IntegrityRule.RECORDED_BEFORE_START);
                assertThat(f.severity()).isEqualTo(Severity.HIGH);
              });
      assertThat(r.excluded()).containsOnlyKeys("A1");
    }

    @Test
    void recordedAtTheMomentItStartedIsNotFlagged() {
      IntegrityReport r =
          autumn(
              List.of(
                  activity("A1", "2024-09-10T09:00", 60)
                      .recordedAt(t("2024-09-10T09:00"))
                      .build()));

      assertThat(r.findings()).isEmpty();
    }
  }

  @Nested
  @DisplayName("DURING_ABSENCE (SPEC §4)")
  class DuringAbsence {
    @Test
    void anActivityOnTheLastDayOfAnAbsenceIsFlagged() {
      IntegrityReport r =
          autumn(
              data(List.of(a("A1", "2024-09-13T20:00", 60)))
                  .addAbsences(absence("C1", "2024-09-09", "2024-09-13")));

      assertThat(r.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.rule()).isEqualTo(IntegrityRule.DURING_ABSENCE);
                assertThat(f.severity()).isEqualTo(Severity.HIGH);
                assertThat(f.explanation().zh()).contains("2024-09-09–2024-09-13");
              });
      assertThat(r.excluded()).containsOnlyKeys("A1");
    }

    @Test
    void anActivityTheDayAfterTheAbsenceOrOfAnotherCadreIsNotFlagged() {
      IntegrityReport r =
          autumn(
              data(List.of(
                      a("A1", "2024-09-14T08:00", 60),
                      activity("A2", "2024-09-11T08:00", 60).cadreId("C2").build()))
                  .addAbsences(absence("C1", "2024-09-09", "2024-09-13")));

      assertThat(r.findings()).isEmpty();
    }
  }

  @Nested
  @DisplayName("IMPLAUSIBLE_DAY (SPEC §3.1: over 720 minutes or more than 8 starting in a day)")
  class ImplausibleDay {
    @Test
    void moreThan720MinutesStartingOnOneDayAreFlagged() {
      IntegrityReport r =
          autumn(List.of(a("A1", "2024-09-10T06:00", 360), a("A2", "2024-09-10T12:00", 361)));

      assertThat(r.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.rule()).isEqualTo(IntegrityRule.IMPLAUSIBLE_DAY);
                assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                assertThat(f.activityIds()).containsExactly("A1", "A2");
                assertThat(f.explanation().en()).contains("721 min");
              });
      assertThat(r.excluded()).isEmpty();
    }

    @Test
    void exactly720MinutesInADayAreNotFlagged() {
      IntegrityReport r =
          autumn(List.of(a("A1", "2024-09-10T06:00", 360), a("A2", "2024-09-10T12:00", 360)));

      assertThat(r.findings()).isEmpty();
    }

    @Test
    void minutesAreSummedByTheDayTheActivitiesStart() {
      // 23:00 + 600 minutes runs into the next day; the next day's own activity is short.
      IntegrityReport r =
          autumn(List.of(a("A1", "2024-09-10T12:00", 300), a("A2", "2024-09-10T23:00", 420)));
      assertThat(r.findingsOf(IntegrityRule.IMPLAUSIBLE_DAY)).isEmpty();

      IntegrityReport over =
          autumn(List.of(a("A1", "2024-09-10T12:00", 300), a("A2", "2024-09-10T23:00", 421)));
      assertThat(over.findingsOf(IntegrityRule.IMPLAUSIBLE_DAY)).hasSize(1);
    }

    @Test
    void nineActivitiesStartingOnOneDayAreFlagged() {
      assertThat(autumn(shortActivities(9)).findingsOf(IntegrityRule.IMPLAUSIBLE_DAY))
          .singleElement()
          .satisfies(f -> assertThat(f.activityIds()).hasSize(9));
    }

    @Test
    void eightActivitiesStartingOnOneDayAreNotFlagged() {
      assertThat(autumn(shortActivities(8)).findings()).isEmpty();
    }

    @Test
    void anExactDuplicateCountsOnceTowardsTheDay() {
      List<Activity> list = new ArrayList<>(shortActivities(8));
      list.add(a("A-copy", "2024-09-10T08:00", 10));

      IntegrityReport r = autumn(list);

      assertThat(r.findings()).extracting(Finding::rule).containsExactly(IntegrityRule.DUPLICATE);
    }

    private List<Activity> shortActivities(int n) {
      List<Activity> list = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        list.add(a("A" + i, "2024-09-10T" + String.format("%02d", 8 + i) + ":00", 10));
      }
      return list;
    }
  }

  @Nested
  @DisplayName("OVERSIZED (SPEC §4)")
  class Oversized {
    @Test
    void moreParticipantsThanTheUnitHasStudentsAreFlagged() {
      IntegrityReport r =
          autumn(
              data(List.of(
                      activity("A1", "2024-09-10T09:00", 60)
                          .contactUnitId("K1")
                          .participants(31)
                          .build()))
                  .addContactUnits(unit("K1", 30))
                  .addAssignments(assignment("C1", "K1", "2024-09-01", "2025-01-31")));

      assertThat(r.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.rule()).isEqualTo(IntegrityRule.OVERSIZED);
                assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                assertThat(f.explanation().en()).contains("31 participants", "30 students", "K1");
              });
    }

    @Test
    void asManyParticipantsAsStudentsOrAUnitOfUnknownSizeIsNotFlagged() {
      IntegrityReport r =
          autumn(
              data(List.of(
                      activity("A1", "2024-09-10T09:00", 60)
                          .contactUnitId("K1")
                          .participants(30)
                          .build(),
                      activity("A2", "2024-09-11T09:00", 60)
                          .contactUnitId("K0")
                          .participants(500)
                          .build()))
                  .addContactUnits(unit("K1", 30), unit("K0", 0))
                  .addAssignments(
                      assignment("C1", "K1", "2024-09-01", "2025-01-31"),
                      assignment("C1", "K0", "2024-09-01", "2025-01-31")));

      assertThat(r.findings()).isEmpty();
    }

    @Test
    void aSeverityRaisedInTheSettingsKeepsTheActivityFromCounting() {
      IntegrityReport r =
          IntegrityChecker.of(
                  IntegritySettings.builder()
                      .putSeverities(IntegrityRule.OVERSIZED, Severity.HIGH)
                      .build())
              .check(
                  data(List.of(
                          activity("A1", "2024-09-10T09:00", 60)
                              .contactUnitId("K1")
                              .participants(31)
                              .build()))
                      .addContactUnits(unit("K1", 30))
                      .addAssignments(assignment("C1", "K1", "2024-09-01", "2025-01-31"))
                      .build(),
                  IntegrityFixture.AUTUMN,
                  IntegrityFixture.AUTUMN.endsOn());

      assertThat(r.findings()).extracting(Finding::severity).containsExactly(Severity.HIGH);
      assertThat(r.excluded()).containsOnlyKeys("A1");
    }
  }

  @Nested
  @DisplayName("UNASSIGNED_UNIT (SPEC §4)")
  class UnassignedUnit {
    @Test
    void aUnitTheCadreWasNotAssignedToThatDayIsFlagged() {
      IntegrityReport r =
          autumn(
              data(List.of(
                      activity("A1", "2024-10-01T09:00", 60).contactUnitId("K1").build(),
                      activity("A2", "2024-09-10T09:00", 60).contactUnitId("K2").build()))
                  .addContactUnits(unit("K1", 30), unit("K2", 30))
                  .addAssignments(
                      assignment("C1", "K1", "2024-09-01", "2024-09-30"),
                      assignment("C2", "K2", "2024-09-01", "2024-09-30")));

      assertThat(r.findings())
          .allSatisfy(f -> assertThat(f.rule()).isEqualTo(IntegrityRule.UNASSIGNED_UNIT))
          .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.LOW))
          .extracting(f -> (List<String>) f.activityIds())
          .containsExactly(List.of("A2"), List.of("A1"));
    }

    @Test
    void theLastDayOfTheAssignmentIsStillAssigned() {
      IntegrityReport r =
          autumn(
              data(List.of(activity("A1", "2024-09-30T21:00", 60).contactUnitId("K1").build()))
                  .addContactUnits(unit("K1", 30))
                  .addAssignments(assignment("C1", "K1", "2024-09-01", "2024-09-30")));

      assertThat(r.findings()).isEmpty();
    }
  }

  @Nested
  @DisplayName("BULK_BACKFILL (SPEC §3.1: ≥ 10 records within 60 minutes over ≥ 4 ISO weeks)")
  class BulkBackfill {
    /** {@code n} activities a week apart from 2024-11-04 (weeks = n), recorded a minute apart. */
    private List<Activity> backfill(int n, int weeks, String firstRecorded) {
      List<Activity> list = new ArrayList<>();
      LocalDateTime recorded = t(firstRecorded);
      for (int i = 0; i < n; i++) {
        LocalDateTime start = t("2024-11-04T09:00").plusWeeks(i % weeks).plusHours(i);
        list.add(
            activity("B" + i, start.toString(), 30).recordedAt(recorded.plusMinutes(i)).build());
      }
      return list;
    }

    @Test
    void tenRecordsInAnHourOverFourWeeksAreFlagged() {
      IntegrityReport r = autumn(backfill(10, 4, "2024-12-02T10:00"));

      assertThat(r.findingsOf(IntegrityRule.BULK_BACKFILL))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                assertThat(f.activityIds())
                    .containsExactly("B0", "B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9");
                assertThat(f.explanation().en()).contains("10 activities", "4 different ISO weeks");
              });
    }

    @Test
    void nineRecordsInAnHourAreNotFlagged() {
      assertThat(autumn(backfill(9, 4, "2024-12-02T10:00")).findingsOf(IntegrityRule.BULK_BACKFILL))
          .isEmpty();
    }

    @Test
    void tenRecordsInAnHourOverThreeWeeksAreNotFlagged() {
      assertThat(
              autumn(backfill(10, 3, "2024-12-02T10:00")).findingsOf(IntegrityRule.BULK_BACKFILL))
          .isEmpty();
    }

    @Test
    void theTenthRecordSixtyMinutesAfterTheFirstIsOutsideTheWindow() {
      List<Activity> list = new ArrayList<>(backfill(9, 4, "2024-12-02T10:00"));
      list.add(activity("B9", "2024-11-25T15:00", 30).recordedAt(t("2024-12-02T11:00")).build());
      assertThat(autumn(list).findingsOf(IntegrityRule.BULK_BACKFILL)).isEmpty();

      list.set(9, activity("B9", "2024-11-25T15:00", 30).recordedAt(t("2024-12-02T10:59")).build());
      assertThat(autumn(list).findingsOf(IntegrityRule.BULK_BACKFILL)).hasSize(1);
    }

    @Test
    void aLongBurstIsOneFindingNamingEveryRecordInIt() {
      IntegrityReport r = autumn(backfill(25, 5, "2024-12-02T10:00"));

      assertThat(r.findingsOf(IntegrityRule.BULK_BACKFILL))
          .singleElement()
          .satisfies(f -> assertThat(f.activityIds()).hasSize(25));
    }

    @Test
    void recordsOfTwoCadresAreNotPooled() {
      List<Activity> list = new ArrayList<>();
      for (Activity a : backfill(10, 4, "2024-12-02T10:00")) {
        boolean other = a.activityId().compareTo("B5") >= 0;
        list.add(Activity.builder().from(a).cadreId(other ? "C2" : "C1").build());
      }
      assertThat(autumn(list).findingsOf(IntegrityRule.BULK_BACKFILL)).isEmpty();
    }
  }
}
