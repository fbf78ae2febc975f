package org.lianxi.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.Review;
import org.lianxi.core.domain.ReviewDecision;
import org.lianxi.core.domain.Term;
import org.lianxi.core.evaluation.Status;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.integrity.Finding;
import org.lianxi.core.integrity.FindingState;
import org.lianxi.core.memory.InMemoryFacts;
import org.lianxi.core.policy.Policies;
import org.lianxi.core.port.in.AssessTermUseCase;
import org.lianxi.core.port.in.Assessment;

/**
 * The manifest is a contract with the library's own engine: assessing each term of a sample with
 * the built-in policy at the term's last day gives exactly the planted shortfalls and findings.
 */
class SampleAssessmentTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneOffset.UTC);

  /** Every term of a sample assessed at its last day. */
  private record Assessed(List<Assessment> terms) {
    static Assessed of(Dataset d) {
      AssessTermUseCase use = AssessTermUseCase.using(InMemoryFacts.factsOf(d), CLOCK);
      List<Assessment> all = new ArrayList<>();
      for (Term t : d.terms()) {
        all.add(use.assess(Policies.soochow2019(), t.termId(), t.endsOn()));
      }
      return new Assessed(all);
    }

    Set<PlannedShortfall> shortfalls() {
      Set<PlannedShortfall> out = new HashSet<>();
      for (Assessment a : terms) {
        for (Verdict v : a.evaluation().verdicts(Status.SHORTFALL)) {
          out.add(PlannedShortfall.of(v.subject(), v.obligationId(), a.evaluation().termId()));
        }
      }
      return out;
    }

    Map<IntegrityRule, Set<String>> flagged() {
      Map<IntegrityRule, Set<String>> out = new EnumMap<>(IntegrityRule.class);
      for (IntegrityRule r : IntegrityRule.values()) {
        out.put(r, new HashSet<>());
      }
      for (Assessment a : terms) {
        for (Finding f : a.integrity().findings()) {
          out.get(f.rule()).addAll(f.activityIds());
        }
      }
      return out;
    }

    List<Finding> findings() {
      return terms.stream().flatMap(a -> a.integrity().findings().stream()).toList();
    }

    List<Verdict> verdictsFor(String subject) {
      return terms.stream().flatMap(a -> a.evaluation().verdictsFor(subject).stream()).toList();
    }
  }

  private static final SampleData DEMO = SampleUniversity.demo(20241016L);
  private static final Assessed DEMO_ASSESSED = Assessed.of(DEMO.dataset());

  @Test
  @DisplayName("SPEC §3: the engine's shortfalls in the demo are exactly the planted ones")
  void theEngineFindsExactlyThePlantedShortfallsInTheDemo() {
    assertThat(DEMO_ASSESSED.shortfalls())
        .containsExactlyInAnyOrderElementsOf(DEMO.manifest().shortfalls());
  }

  @Test
  @DisplayName("SPEC §4: the engine's findings in the demo name exactly the planted activities")
  void theEngineFlagsExactlyThePlantedActivitiesInTheDemo() {
    Map<IntegrityRule, Set<String>> flagged = DEMO_ASSESSED.flagged();
    for (IntegrityRule rule : IntegrityRule.values()) {
      assertThat(flagged.get(rule))
          .as(rule.name())
          .isEqualTo(DEMO.manifest().plantedActivityIds(rule));
    }
  }

  @Test
  void theReviewedFindingsAreDismissedAndConfirmed() {
    for (Review r : DEMO.manifest().reviews()) {
      FindingState expected =
          r.decision() == ReviewDecision.DISMISS ? FindingState.DISMISSED : FindingState.CONFIRMED;
      assertThat(DEMO_ASSESSED.findings())
          .filteredOn(f -> f.rule() == r.rule() && f.activityIds().contains(r.activityId()))
          .isNotEmpty()
          .allMatch(f -> f.state() == expected);
    }
    assertThat(DEMO_ASSESSED.findings())
        .filteredOn(f -> f.state() != FindingState.OPEN)
        .hasSize(DEMO.manifest().reviews().size());
  }

  @Test
  void theExemplarMeetsEveryObligationInEveryTerm() {
    String exemplar = DEMO.manifest().exemplarLeader().orElseThrow();
    List<Verdict> verdicts = DEMO_ASSESSED.verdictsFor(exemplar);
    assertThat(verdicts).hasSizeGreaterThan(10).allMatch(v -> v.status() == Status.MET);
    assertThat(DEMO_ASSESSED.findings()).noneMatch(f -> f.subject().equals(exemplar));
  }

  @Test
  void theCadreAwayAllSpringIsExemptThere() {
    String spring = DEMO.dataset().terms().get(1).termId();
    String away = DEMO.manifest().absentWholeTerm().get(spring).iterator().next();
    List<Verdict> verdicts =
        DEMO_ASSESSED.terms().get(1).evaluation().verdictsFor(away).stream()
            .filter(v -> !v.obligationId().endsWith("party-lecture"))
            .toList();
    assertThat(verdicts).isNotEmpty().allMatch(v -> v.status() == Status.EXEMPT);
  }

  @Test
  void theProvinceAssessesToItsManifest() {
    SampleData province = SampleProvince.generate(0.01, 8L);
    Assessed assessed = Assessed.of(province.dataset());
    assertThat(assessed.shortfalls())
        .containsExactlyInAnyOrderElementsOf(province.manifest().shortfalls());
    Map<IntegrityRule, Set<String>> flagged = assessed.flagged();
    for (IntegrityRule rule : IntegrityRule.values()) {
      assertThat(flagged.get(rule))
          .as(rule.name())
          .isEqualTo(province.manifest().plantedActivityIds(rule));
    }
  }

  @Test
  void theSmallUniversityMeetsEverythingAndRaisesNoFinding() {
    Assessed assessed = Assessed.of(SampleUniversity.small(3).dataset());
    assertThat(assessed.terms().get(0).evaluation().verdicts())
        .hasSizeGreaterThan(20)
        .allMatch(v -> v.status() == Status.MET);
    assertThat(assessed.findings()).isEmpty();
  }
}
