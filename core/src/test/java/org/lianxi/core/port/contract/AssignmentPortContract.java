package org.lianxi.core.port.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.LianxiTheories.qt;

import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.testkit.DomainGenerators;
import org.lianxi.core.testkit.UniversityFixture;

/**
 * The contract of {@link org.lianxi.core.port.out.AssignmentPort}: assignments come out of the port
 * equal, field by field, to what the loaded dataset held, including empty optional values and
 * awkward text (Chinese, a leading {@code =}, quotes, commas, newlines); reading twice gives the
 * same order.
 */
public abstract class AssignmentPortContract extends PortContract {

  @Test
  void factsComeOutAsTheyWentIn() {
    assertRoundTrip(
        UniversityFixture.aSmallUniversityWithActivities(),
        Dataset::assignments,
        f -> f.assignments().assignments());
  }

  @Test
  void awkwardTextComesOutUnchanged() {
    assertRoundTrip(
        ContractData.awkwardUniversity(), Dataset::assignments, f -> f.assignments().assignments());
  }

  @Test
  void emptyOptionalValuesComeOutEmpty() {
    assertRoundTrip(
        ContractData.sparseUniversity(), Dataset::assignments, f -> f.assignments().assignments());
  }

  @Test
  void generatedDatasetsComeOutAsTheyWentIn() {
    qt(roundTripExamples())
        .forAll(DomainGenerators.datasets())
        .checkAssert(
            dataset ->
                assertRoundTrip(dataset, Dataset::assignments, f -> f.assignments().assignments()));
  }

  @Test
  void aDatasetWithoutThemGivesNone() {
    Dataset dataset = ContractData.rosterOnly();
    assertThat(dataset.assignments()).isEmpty();
    assertThat(factsWith(dataset).assignments().assignments()).isEmpty();
  }
}
