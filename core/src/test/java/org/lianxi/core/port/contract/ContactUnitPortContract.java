package org.lianxi.core.port.contract;

import static org.lianxi.core.testkit.LianxiTheories.qt;

import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.testkit.DomainGenerators;
import org.lianxi.core.testkit.UniversityFixture;

/**
 * The contract of {@link org.lianxi.core.port.out.ContactUnitPort}: contact units come out of the
 * port equal, field by field, to what the loaded dataset held, including empty optional values and
 * awkward text (Chinese, a leading {@code =}, quotes, commas, newlines); reading twice gives the
 * same order.
 */
public abstract class ContactUnitPortContract extends PortContract {

  @Test
  void factsComeOutAsTheyWentIn() {
    assertRoundTrip(
        UniversityFixture.aSmallUniversityWithActivities(),
        Dataset::contactUnits,
        f -> f.contactUnits().contactUnits());
  }

  @Test
  void awkwardTextComesOutUnchanged() {
    assertRoundTrip(
        ContractData.awkwardUniversity(),
        Dataset::contactUnits,
        f -> f.contactUnits().contactUnits());
  }

  @Test
  void emptyOptionalValuesComeOutEmpty() {
    assertRoundTrip(
        ContractData.sparseUniversity(),
        Dataset::contactUnits,
        f -> f.contactUnits().contactUnits());
  }

  @Test
  void generatedDatasetsComeOutAsTheyWentIn() {
    qt(roundTripExamples())
        .forAll(DomainGenerators.datasets())
        .checkAssert(
            dataset ->
                assertRoundTrip(
                    dataset, Dataset::contactUnits, f -> f.contactUnits().contactUnits()));
  }
}
