package org.lianxi.core.port.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.LianxiTheories.qt;

import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.testkit.DomainGenerators;
import org.lianxi.core.testkit.UniversityFixture;

/**
 * The contract of {@link org.lianxi.core.port.out.AbsencePort}: absences come out of the port
 * equal, field by field, to what the loaded dataset held, including empty optional values and
 * awkward text (Chinese, a leading {@code =}, quotes, commas, newlines); reading twice gives the
 * same order.
 */
public abstract class AbsencePortContract extends PortContract {

  @Test
  void factsComeOutAsTheyWentIn() {
    assertRoundTrip(
        UniversityFixture.aSmallUniversityWithActivities(),
        Dataset::absences,
        f -> f.absences().absences());
  }

  @Test
  void awkwardTextComesOutUnchanged() {
    assertRoundTrip(
        ContractData.awkwardUniversity(), Dataset::absences, f -> f.absences().absences());
  }

  @Test
  void emptyOptionalValuesComeOutEmpty() {
    assertRoundTrip(
        ContractData.sparseUniversity(), Dataset::absences, f -> f.absences().absences());
  }

  @Test
  void generatedDatasetsComeOutAsTheyWentIn() {
    qt(roundTripExamples())
        .forAll(DomainGenerators.datasets())
        .checkAssert(
            dataset -> assertRoundTrip(dataset, Dataset::absences, f -> f.absences().absences()));
  }

  @Test
  void aDatasetWithoutThemGivesNone() {
    Dataset dataset = ContractData.rosterOnly();
    assertThat(dataset.absences()).isEmpty();
    assertThat(factsWith(dataset).absences().absences()).isEmpty();
  }
}
