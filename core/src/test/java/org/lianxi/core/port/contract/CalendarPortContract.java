package org.lianxi.core.port.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.LianxiTheories.qt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Term;
import org.lianxi.core.port.out.Facts;
import org.lianxi.core.testkit.DomainGenerators;
import org.lianxi.core.testkit.UniversityFixture;

/**
 * The contract of {@link org.lianxi.core.port.out.CalendarPort}: terms (with and without an opening
 * day), breaks and working-day overrides come out equal, field by field, to what the loaded dataset
 * held; reading twice gives the same order.
 */
public abstract class CalendarPortContract extends PortContract {

  private void assertCalendarRoundTrip(Dataset dataset) {
    assertRoundTrip(dataset, Dataset::terms, f -> f.calendar().terms());
    assertRoundTrip(dataset, Dataset::breaks, f -> f.calendar().breaks());
    assertRoundTrip(dataset, Dataset::workdays, f -> f.calendar().workdays());
  }

  @Test
  void factsComeOutAsTheyWentIn() {
    assertCalendarRoundTrip(UniversityFixture.aSmallUniversityWithActivities());
  }

  @Test
  void awkwardTextComesOutUnchanged() {
    assertCalendarRoundTrip(ContractData.awkwardUniversity());
  }

  @Test
  void emptyOptionalValuesComeOutEmpty() {
    assertCalendarRoundTrip(ContractData.sparseUniversity());
  }

  @Test
  void generatedDatasetsComeOutAsTheyWentIn() {
    qt(roundTripExamples())
        .forAll(DomainGenerators.datasets())
        .checkAssert(this::assertCalendarRoundTrip);
  }

  @Test
  void anOpeningDayBeforeTheStartIsKept() {
    Term opensEarly =
        Term.builder()
            .termId("2025-2026-1")
            .academicYear("2025-2026")
            .season(org.lianxi.core.domain.Season.AUTUMN)
            .startsOn(LocalDate.of(2025, 9, 8))
            .endsOn(LocalDate.of(2026, 1, 18))
            .opensOn(LocalDate.of(2025, 9, 6))
            .build();
    Dataset dataset =
        Dataset.builder().from(ContractData.rosterOnly()).addTerms(opensEarly).build();
    Facts facts = factsWith(dataset);
    assertThat(facts.calendar().terms()).contains(opensEarly);
    assertThat(
            facts.calendar().terms().stream()
                .filter(t -> t.termId().equals("2025-2026-1"))
                .findAny()
                .orElseThrow()
                .opensOn())
        .isEqualTo("2025-09-06");
  }

  @Test
  void aDatasetWithoutBreaksOrOverridesGivesNone() {
    Facts facts = factsWith(ContractData.rosterOnly());
    assertThat(facts.calendar().breaks()).isEmpty();
    assertThat(facts.calendar().workdays()).isEmpty();
    assertThat(facts.calendar().terms()).hasSize(2);
  }
}
