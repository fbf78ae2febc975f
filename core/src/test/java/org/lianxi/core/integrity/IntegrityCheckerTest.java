package org.lianxi.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lianxi.core.domain.IntegrityRule.DUPLICATE;
import static org.lianxi.core.domain.IntegrityRule.LATE_ENTRY;
import static org.lianxi.core.domain.IntegrityRule.OVERLAP;
import static org.lianxi.core.domain.ReviewDecision.CONFIRM;
import static org.lianxi.core.domain.ReviewDecision.DISMISS;
import static org.lianxi.core.integrity.IntegrityFixture.AUTUMN;
import static org.lianxi.core.integrity.IntegrityFixture.SPRING;
import static org.lianxi.core.integrity.IntegrityFixture.a;
import static org.lianxi.core.integrity.IntegrityFixture.activity;
import static org.lianxi.core.integrity.IntegrityFixture.autumn;
import static org.lianxi.core.integrity.IntegrityFixture.d;
import static org.lianxi.core.integrity.IntegrityFixture.data;
import static org.lianxi.core.integrity.IntegrityFixture.review;
import static org.lianxi.core.integrity.IntegrityFixture.t;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.LianxiException;

/** Reviews, corrections, as-of and term windows (SPEC §3.1). */
class IntegrityCheckerTest {
  private static final List<Activity> OVERLAPPING =
      List.of(a("A1", "2024-09-10T09:00", 90), a("A2", "2024-09-10T10:00", 60));

  @Test
  void dismissingOneActivityOfAnOverlapLetsOnlyThatOneCountAndLeavesTheFindingOpen() {
    IntegrityReport r =
        autumn(data(OVERLAPPING).addReviews(review("A1", OVERLAP, DISMISS, "2024-09-20T10:00")));

    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.state()).isEqualTo(FindingState.OPEN);
              assertThat(f.explanation().zh()).contains("复核 A1 排除疑点", "纪委王老师");
              assertThat(f.explanation().en()).contains("review of A1: dismiss by 纪委王老师");
            });
    assertThat(r.excluded()).containsOnlyKeys("A2");
  }

  @Test
  void dismissingBothActivitiesOfAnOverlapDismissesTheFindingAndBothCount() {
    IntegrityReport r =
        autumn(
            data(OVERLAPPING)
                .addReviews(
                    review("A1", OVERLAP, DISMISS, "2024-09-20T10:00"),
                    review("A2", OVERLAP, DISMISS, "2024-09-20T10:05")));

    assertThat(r.findings()).extracting(Finding::state).containsExactly(FindingState.DISMISSED);
    assertThat(r.excluded()).isEmpty();
  }

  @Test
  void aDismissalForAnotherRuleDoesNotClearTheOverlap() {
    IntegrityReport r =
        autumn(
            data(OVERLAPPING)
                .addReviews(
                    review("A1", LATE_ENTRY, DISMISS, "2024-09-20T10:00"),
                    review("A2", LATE_ENTRY, DISMISS, "2024-09-20T10:05")));

    assertThat(r.findings()).extracting(Finding::state).containsExactly(FindingState.OPEN);
    assertThat(r.excluded()).containsOnlyKeys("A1", "A2");
  }

  @Test
  void confirmingALowFindingKeepsThatCopyOutAsFalsificationAndTheFirstCopyCounts() {
    Activity first =
        activity("A1", "2024-09-10T09:00", 60).recordedAt(t("2024-09-10T11:00")).build();
    Activity copy =
        activity("A2", "2024-09-10T09:00", 60).recordedAt(t("2024-09-12T11:00")).build();

    IntegrityReport r =
        autumn(
            data(List.of(first, copy))
                .addReviews(review("A2", DUPLICATE, CONFIRM, "2024-09-20T10:00")));

    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(DUPLICATE);
              assertThat(f.state()).isEqualTo(FindingState.CONFIRMED);
            });
    assertThat(r.confirmed()).hasSize(1);
    assertThat(r.excluded()).containsOnlyKeys("A2");
    assertThat(r.excluded().get("A2").confirmed()).isTrue();
    assertThat(r.excluded().get("A2").explanation().zh()).contains("认定弄虚作假");
  }

  @Test
  void theLatestReviewOfAnActivityAndRuleDecides() {
    IntegrityReport r =
        autumn(
            data(OVERLAPPING)
                .addReviews(
                    review("A1", OVERLAP, CONFIRM, "2024-09-22T10:00"),
                    review("A1", OVERLAP, DISMISS, "2024-09-20T10:00"),
                    review("A2", OVERLAP, DISMISS, "2024-09-20T10:00")));

    assertThat(r.findings()).extracting(Finding::state).containsExactly(FindingState.CONFIRMED);
    assertThat(r.excluded()).containsOnlyKeys("A1");
    assertThat(r.excluded().get("A1").confirmed()).isTrue();
  }

  @Test
  void reviewsNeverChangeTheActivities() {
    Dataset before =
        data(OVERLAPPING).addReviews(review("A1", OVERLAP, CONFIRM, "2024-09-22T10:00")).build();

    IntegrityChecker.defaults().check(before, AUTUMN, AUTUMN.endsOn());

    assertThat(before.activities()).isEqualTo(OVERLAPPING);
  }

  @Test
  void aSupersededRecordIsNotCheckedButItsCorrectionIs() {
    Activity moved = activity("A3", "2024-09-10T11:00", 90).supersedes("A1").build();
    assertThat(autumn(List.of(OVERLAPPING.get(0), OVERLAPPING.get(1), moved)).findings()).isEmpty();

    Activity stillOverlapping = activity("A3", "2024-09-10T10:30", 90).supersedes("A1").build();
    IntegrityReport r = autumn(List.of(OVERLAPPING.get(0), OVERLAPPING.get(1), stillOverlapping));
    assertThat(r.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.activityIds()).containsExactly("A2", "A3"));
    assertThat(r.excluded()).containsOnlyKeys("A2", "A3");
  }

  @Test
  void activitiesStartingAfterAsOfAndFindingsAboutThemAreIgnored() {
    List<Activity> acrossMidnight =
        List.of(a("A1", "2024-09-10T23:00", 120), a("A2", "2024-09-11T00:30", 30));

    IntegrityReport asOfTenth =
        IntegrityChecker.defaults().check(data(acrossMidnight).build(), AUTUMN, d("2024-09-10"));
    IntegrityReport asOfEleventh =
        IntegrityChecker.defaults().check(data(acrossMidnight).build(), AUTUMN, d("2024-09-11"));

    assertThat(asOfTenth.findings()).isEmpty();
    assertThat(asOfTenth.excluded()).isEmpty();
    assertThat(asOfEleventh.findings()).extracting(Finding::rule).containsExactly(OVERLAP);
  }

  @Test
  void findingsAreReportedForTheTermWindowButHighOnesKeepActivitiesOfAnyTermOut() {
    List<Activity> list =
        List.of(
            a("A1", "2024-10-10T09:00", 90),
            a("A2", "2024-10-10T10:00", 60),
            a("S1", "2025-03-03T09:00", 90),
            a("S2", "2025-03-03T10:00", 60));

    IntegrityReport spring =
        IntegrityChecker.defaults().check(data(list).build(), SPRING, SPRING.endsOn());
    IntegrityReport autumn =
        IntegrityChecker.defaults().check(data(list).build(), AUTUMN, SPRING.endsOn());

    assertThat(spring.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.activityIds()).containsExactly("S1", "S2"));
    assertThat(spring.excluded()).containsOnlyKeys("A1", "A2", "S1", "S2");
    assertThat(autumn.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.activityIds()).containsExactly("A1", "A2"));
  }

  @Test
  void anAsOfBeforeTheTermOpensReportsNoFindings() {
    IntegrityReport r =
        IntegrityChecker.defaults().check(data(OVERLAPPING).build(), SPRING, d("2024-12-01"));

    assertThat(r.findings()).isEmpty();
    assertThat(r.excluded()).containsOnlyKeys("A1", "A2");
  }

  @Test
  void findingsAreOrderedBySubjectThenStartThenRule() {
    List<Activity> list =
        List.of(
            activity("B1", "2024-09-12T09:00", 90).cadreId("C2").build(),
            activity("B2", "2024-09-12T10:00", 60).cadreId("C2").build(),
            a("A1", "2024-09-11T09:00", 90),
            a("A2", "2024-09-11T10:00", 60),
            activity("A0", "2024-09-10T09:00", 60).recordedAt(t("2024-11-10T09:00")).build());

    assertThat(autumn(list).findings())
        .extracting(f -> f.subject() + ":" + f.rule() + ":" + f.activityIds().get(0))
        .containsExactly("C1:LATE_ENTRY:A0", "C1:OVERLAP:A1", "C2:OVERLAP:B1");
  }

  @Test
  void anUnknownTermIdIsAnErrorNamingIt() {
    assertThatThrownBy(
            () ->
                IntegrityChecker.defaults()
                    .check(data(OVERLAPPING).build(), "2030-2031-1", d("2030-10-01")))
        .isInstanceOf(LianxiException.class)
        .hasMessageContaining("2030-2031-1");
  }
}
