package org.lianxi.core.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.memory.InMemoryFacts;
import org.lianxi.core.policy.Policies;
import org.lianxi.core.sample.SampleData;
import org.lianxi.core.sample.SampleUniversity;

class AssessTermUseCaseTest {
  private static final SampleData DEMO = SampleUniversity.demo(2024);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void plantedOverlapIsFoundAndItsActivitiesCountInNoVerdict() {
    AssessTermUseCase assess =
        AssessTermUseCase.using(InMemoryFacts.factsOf(DEMO.dataset()), CLOCK);
    Set<String> overlap = DEMO.manifest().plantedActivityIds(IntegrityRule.OVERLAP);
    assertThat(overlap).isNotEmpty();
    String term =
        DEMO.dataset().terms().stream()
            .filter(
                t ->
                    DEMO.dataset().activities().stream()
                        .anyMatch(
                            a ->
                                overlap.contains(a.activityId())
                                    && !a.day().isBefore(t.opensOn())
                                    && !a.day().isAfter(t.endsOn())))
            .findFirst()
            .orElseThrow()
            .termId();

    Assessment a = assess.assess(Policies.soochow2019(), term);

    assertThat(a.integrity().findingsOf(IntegrityRule.OVERLAP)).isNotEmpty();
    assertThat(a.findingViews()).anyMatch(f -> f.rule() == IntegrityRule.OVERLAP);
    for (Verdict v : a.evaluation().verdicts()) {
      assertThat(v.activityIds()).doesNotContainAnyElementsOf(overlap);
    }
    assertThat(a.evaluation().asOf()).isBeforeOrEqualTo(LocalDate.parse("2025-07-01"));
  }
}
