package org.lianxi.core.port.contract;

import static org.lianxi.core.testkit.LianxiTheories.qt;

import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.testkit.DomainGenerators;
import org.lianxi.core.testkit.UniversityFixture;

/**
 * The contract of {@link org.lianxi.core.port.out.CadrePort}: cadres come out of the port equal,
 * field by field, to what the loaded dataset held, including empty optional values and awkward text
 * (Chinese, a leading {@code =}, quotes, commas, newlines); reading twice gives the same order.
 */
public abstract class CadrePortContract extends PortContract {

  @Test
  void factsComeOutAsTheyWentIn() {
    assertRoundTrip(
        UniversityFixture.aSmallUniversityWithActivities(),
        Dataset::cadres,
        f -> f.cadres().cadres());
  }

  @Test
  void awkwardTextComesOutUnchanged() {
    assertRoundTrip(ContractData.awkwardUniversity(), Dataset::cadres, f -> f.cadres().cadres());
  }

  @Test
  void emptyOptionalValuesComeOutEmpty() {
    assertRoundTrip(ContractData.sparseUniversity(), Dataset::cadres, f -> f.cadres().cadres());
  }

  @Test
  void generatedDatasetsComeOutAsTheyWentIn() {
    qt(roundTripExamples())
        .forAll(DomainGenerators.datasets())
        .checkAssert(
            dataset -> assertRoundTrip(dataset, Dataset::cadres, f -> f.cadres().cadres()));
  }
}
