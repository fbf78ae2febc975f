package org.lianxi.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.ReviewDecision;
import org.lianxi.core.domain.Term;
import org.lianxi.core.policy.Basis;
import org.lianxi.core.policy.Obligation;
import org.lianxi.core.policy.Policies;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.policy.Strength;
import org.lianxi.core.sample.PlannedShortfall;
import org.lianxi.core.sample.PlantedPattern;
import org.lianxi.core.sample.SampleData;
import org.lianxi.core.sample.SampleUniversity;

/**
 * The accountability outputs under the built-in policy {@code soochow-2019-95} on the demo
 * university, whose manifest lists everything planted (apart from it, everyone meets everything):
 * the leads are exactly what the planted shortfalls and confirmed findings call for.
 */
@DisplayName("accountability outputs of the demo university (soochow-2019-95)")
class SampleUniversityReportsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneOffset.UTC);
  private static final Policy POLICY = Policies.soochow2019();
  private static SampleData demo;
  private static Term spring;
  private static AccountabilityReport report;

  @BeforeAll
  static void build() {
    demo = SampleUniversity.demo(2024);
    spring = demo.dataset().terms().get(1);
    report = Reports.of(POLICY, demo.dataset(), CLOCK).report(spring.termId(), spring.endsOn());
  }

  @Test
  void leadsAreExactlyThePlantedMandatoryShortfallsAndConfirmedFindingsThatCallForOne() {
    Set<String> expected = new HashSet<>();
    for (PlannedShortfall s : demo.manifest().shortfalls()) {
      if (!s.termId().equals(spring.termId())) {
        continue;
      }
      Obligation o = POLICY.obligation(s.obligationId()).orElseThrow();
      if (o.strength() != Strength.MANDATORY) {
        continue;
      }
      boolean repeated =
          demo.manifest().shortfalls().stream()
              .anyMatch(
                  p ->
                      p.subjectId().equals(s.subjectId())
                          && p.obligationId().equals(s.obligationId())
                          && !p.termId().equals(spring.termId()));
      if (o.basis() == Basis.LITERAL || repeated) {
        expected.add("NOT_IN_PLACE:" + s.subjectId() + ":" + s.obligationId());
      }
    }
    for (PlantedPattern p : demo.manifest().patterns()) {
      boolean confirmed =
          demo.manifest().reviews().stream()
              .anyMatch(
                  r ->
                      r.decision() == ReviewDecision.CONFIRM
                          && r.rule() == p.rule()
                          && p.activityIds().contains(r.activityId()));
      if (confirmed && p.termId().equals(spring.termId())) {
        expected.add("FALSIFICATION:" + p.cadreId() + ":" + p.rule());
      }
    }

    assertThat(expected)
        .as("the demo plants both kinds")
        .anyMatch(e -> e.startsWith("NOT_IN_PLACE:"))
        .anyMatch(e -> e.startsWith("FALSIFICATION:"));
    assertThat(report.leads())
        .extracting(l -> l.kind() + ":" + l.subject() + ":" + l.evidence().get(0).reference())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(report.leads()).allSatisfy(l -> assertThat(l.evidence()).isNotEmpty());
  }

  @Test
  void theKnownExemplarIsNominatedAndNoNomineeHasAShortfall() {
    String exemplar = demo.manifest().exemplarLeader().orElseThrow();

    assertThat(report.nominees()).extracting(ExemplarNominee::cadreId).contains(exemplar);
    assertThat(report.nominees())
        .extracting(ExemplarNominee::cadreId)
        .doesNotContainAnyElementsOf(
            demo.manifest().shortfalls().stream()
                .filter(s -> s.termId().equals(spring.termId()))
                .map(PlannedShortfall::subjectId)
                .toList());
    assertThat(report.nominees()).extracting(ExemplarNominee::rank).startsWith(1, 2);
  }

  @Test
  void everyChecklistShortfallWasPlanted() {
    for (DemocraticLifeChecklist c : report.checklists()) {
      for (ChecklistMember m : c.members()) {
        for (ChecklistItem i : m.items()) {
          if (i.kind() == ChecklistItem.Kind.SHORTFALL) {
            assertThat(demo.manifest().hasShortfall(m.cadreId(), i.reference(), spring.termId()))
                .as("%s %s", m.cadreId(), i.reference())
                .isTrue();
          }
        }
      }
    }
    assertThat(report.dossiers()).hasSize(demo.dataset().cadres().size());
    assertThat(report.scorecard())
        .extracting(ScorecardRow::kind)
        .contains(ScorecardRow.Kind.UNIVERSITY, ScorecardRow.Kind.FUNCTIONAL_DEPARTMENTS);
  }

  @Test
  void aUniversityWithNothingPlantedHasNoLeadsAndNoChecklistItems() {
    SampleData small = SampleUniversity.small(7);
    Term autumn = small.dataset().terms().get(0);

    AccountabilityReport r =
        Reports.of(POLICY, small.dataset(), CLOCK).report(autumn.termId(), autumn.endsOn());

    assertThat(r.leads()).isEmpty();
    assertThat(r.checklists())
        .flatExtracting(DemocraticLifeChecklist::members)
        .allSatisfy(m -> assertThat(m.items()).isEmpty());
    assertThat(r.nominees())
        .extracting(ExemplarNominee::cadreId)
        .contains(small.manifest().exemplarLeader().orElseThrow());
    assertThat(r.dossiers())
        .allSatisfy(d -> assertThat(d.compliance().part()).isEqualTo(d.compliance().whole()));
  }
}
