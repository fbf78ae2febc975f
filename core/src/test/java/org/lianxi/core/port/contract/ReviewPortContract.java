package org.lianxi.core.port.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.LianxiTheories.qt;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.Review;
import org.lianxi.core.domain.ReviewDecision;
import org.lianxi.core.port.out.ReviewPort;
import org.lianxi.core.testkit.DomainGenerators;
import org.lianxi.core.testkit.UniversityFixture;

/**
 * The contract of {@link ReviewPort}: loaded reviews come out equal, field by field; {@link
 * ReviewPort#add} records a review after those already there, in the order recorded, keeps every
 * field, and adding an identical review again is a no-op (as re-importing a dataset is).
 */
public abstract class ReviewPortContract extends PortContract {
  private static final LocalDateTime NOV_1 = LocalDateTime.of(2024, 11, 1, 10, 0);

  private static Review review(String activityId, ReviewDecision decision, String reason) {
    return Review.builder()
        .activityId(activityId)
        .rule(IntegrityRule.LATE_ENTRY)
        .decision(decision)
        .reviewer("纪委 王老师")
        .reviewedAt(NOV_1)
        .reason(reason)
        .build();
  }

  @Test
  void factsComeOutAsTheyWentIn() {
    assertRoundTrip(
        UniversityFixture.aSmallUniversityWithActivities(),
        Dataset::reviews,
        f -> f.reviews().reviews());
  }

  @Test
  void awkwardTextComesOutUnchanged() {
    assertRoundTrip(ContractData.awkwardUniversity(), Dataset::reviews, f -> f.reviews().reviews());
  }

  @Test
  void emptyOptionalValuesComeOutEmpty() {
    assertRoundTrip(ContractData.sparseUniversity(), Dataset::reviews, f -> f.reviews().reviews());
  }

  @Test
  void generatedDatasetsComeOutAsTheyWentIn() {
    qt(roundTripExamples())
        .forAll(DomainGenerators.datasets())
        .checkAssert(
            dataset -> assertRoundTrip(dataset, Dataset::reviews, f -> f.reviews().reviews()));
  }

  @Test
  void aDatasetWithoutReviewsGivesNone() {
    assertThat(factsWith(UniversityFixture.aSmallUniversity()).reviews().reviews()).isEmpty();
  }

  @Test
  void addRecordsAfterTheLoadedReviewsInOrder() {
    Dataset dataset = UniversityFixture.aSmallUniversityWithActivities();
    ReviewPort port = factsWith(dataset).reviews();
    Review confirm = review("A-2", ReviewDecision.CONFIRM, "重复登记，已核实");
    Review dismiss = review("A-3", ReviewDecision.DISMISS, "");
    port.add(confirm);
    port.add(dismiss);
    assertThat(port.reviews())
        .usingRecursiveFieldByFieldElementComparator()
        .containsExactly(dataset.reviews().get(0), confirm, dismiss);
  }

  @Test
  void addKeepsAwkwardTextAndEmptyReasons() {
    ReviewPort port = factsWith(UniversityFixture.aSmallUniversityWithActivities()).reviews();
    for (int i = 0; i < UniversityFixture.AWKWARD_TEXTS.size(); i++) {
      String text = UniversityFixture.AWKWARD_TEXTS.get(i);
      port.add(
          Review.builder()
              .activityId("A-1")
              .rule(IntegrityRule.values()[i % IntegrityRule.values().length])
              .decision(ReviewDecision.DISMISS)
              .reviewer(text)
              .reviewedAt(NOV_1.plusMinutes(i))
              .reason(i % 2 == 0 ? text : "")
              .build());
    }
    assertThat(port.reviews()).hasSize(1 + UniversityFixture.AWKWARD_TEXTS.size());
    assertThat(port.reviews().subList(1, port.reviews().size()))
        .extracting(Review::reviewer)
        .containsExactlyElementsOf(UniversityFixture.AWKWARD_TEXTS);
  }

  @Test
  void addingAnIdenticalReviewAgainIsANoOp() {
    ReviewPort port = factsWith(UniversityFixture.aSmallUniversityWithActivities()).reviews();
    Review confirm = review("A-2", ReviewDecision.CONFIRM, "核实");
    port.add(confirm);
    port.add(confirm);
    assertThat(port.reviews()).containsOnlyOnce(confirm).hasSize(2);
  }

  @Test
  void aLaterDecisionOnTheSameFindingIsKeptBesideTheEarlierOne() {
    ReviewPort port = factsWith(UniversityFixture.aSmallUniversityWithActivities()).reviews();
    Review dismiss = review("A-2", ReviewDecision.DISMISS, "初审排除");
    Review confirm =
        Review.builder()
            .from(dismiss)
            .decision(ReviewDecision.CONFIRM)
            .reviewedAt(NOV_1.plusDays(3))
            .reason("复核认定")
            .build();
    port.add(dismiss);
    port.add(confirm);
    assertThat(port.reviews()).endsWith(dismiss, confirm);
  }
}
