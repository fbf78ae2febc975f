package org.lianxi.core.port.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.LianxiTheories.qt;

import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.testkit.DomainGenerators;
import org.lianxi.core.testkit.UniversityFixture;

/**
 * The contract of {@link org.lianxi.core.port.out.FeedbackPort}: feedback items come out of the
 * port equal, field by field, to what the loaded dataset held, including empty optional values and
 * awkward text (Chinese, a leading {@code =}, quotes, commas, newlines); reading twice gives the
 * same order.
 */
public abstract class FeedbackPortContract extends PortContract {

  @Test
  void factsComeOutAsTheyWentIn() {
    assertRoundTrip(
        UniversityFixture.aSmallUniversityWithActivities(),
        Dataset::feedback,
        f -> f.feedback().feedback());
  }

  @Test
  void awkwardTextComesOutUnchanged() {
    assertRoundTrip(
        ContractData.awkwardUniversity(), Dataset::feedback, f -> f.feedback().feedback());
  }

  @Test
  void emptyOptionalValuesComeOutEmpty() {
    assertRoundTrip(
        ContractData.sparseUniversity(), Dataset::feedback, f -> f.feedback().feedback());
  }

  @Test
  void generatedDatasetsComeOutAsTheyWentIn() {
    qt(roundTripExamples())
        .forAll(DomainGenerators.datasets())
        .checkAssert(
            dataset -> assertRoundTrip(dataset, Dataset::feedback, f -> f.feedback().feedback()));
  }

  @Test
  void aDatasetWithoutThemGivesNone() {
    Dataset dataset = ContractData.rosterOnly();
    assertThat(dataset.feedback()).isEmpty();
    assertThat(factsWith(dataset).feedback().feedback()).isEmpty();
  }
}
