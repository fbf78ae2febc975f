package org.lianxi.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.evaluation.Scenarios.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lianxi.core.document.PolicyDocuments;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.policy.ActivityCount;
import org.lianxi.core.policy.AssignmentQuota;
import org.lianxi.core.policy.Obligation;
import org.lianxi.core.policy.Policies;
import org.lianxi.core.policy.Policy;
import org.quicktheories.generators.Generate;

/** The laws of the engine (issue 3, item 6), for obligations without a maximum. */
class EvaluatorProperties {
  static final Policy SOOCHOW = Policies.soochow2019();
  static final Evaluator EVALUATOR = Evaluator.create(World.CLOCK);
  static final List<String> POLICIES = PolicyDocuments.SHIPPED;
  static final Map<String, Policy> SHIPPED =
      POLICIES.stream().collect(Collectors.toMap(id -> id, PolicyDocuments::shipped));

  static Evaluation evaluate(Policy policy, Dataset d, LocalDate asOf) {
    return EVALUATOR.evaluate(policy, d, World.AUTUMN, asOf, Exclusions.none());
  }

  static Map<String, Verdict> byKey(Evaluation e) {
    return e.verdicts().stream()
        .collect(Collectors.toMap(v -> v.subject() + "/" + v.obligationId(), Function.identity()));
  }

  static boolean hasMax(Policy p, String obligationId) {
    Optional<Obligation> o = p.obligation(obligationId);
    if (o.isEmpty()) {
      return false;
    }
    if (o.get().kind() instanceof ActivityCount) {
      return ((ActivityCount) o.get().kind()).max().isPresent();
    }
    if (o.get().kind() instanceof AssignmentQuota) {
      return ((AssignmentQuota) o.get().kind()).max().isPresent();
    }
    return false;
  }

  @Test
  void addingACleanActivityNeverLowersAchievedAndNeverUndoesMet() {
    qt().forAll(
            Scenarios.scenarios(),
            Scenarios.extraActivities(),
            Scenarios.days(),
            Generate.pick(POLICIES))
        .checkAssert(
            (s, extra, asOf, id) -> {
              Policy policy = SHIPPED.get(id);
              World w = s.world();
              Map<String, Verdict> before = byKey(evaluate(policy, w.dataset(), asOf));
              w.add(s.activity("NEW", extra));
              Map<String, Verdict> after = byKey(evaluate(policy, w.dataset(), asOf));
              before.forEach(
                  (key, b) -> {
                    if (hasMax(policy, b.obligationId())) {
                      return;
                    }
                    Verdict a = after.get(key);
                    assertThat(a).as(key).isNotNull();
                    assertThat(a.achieved()).as(key).isGreaterThanOrEqualTo(b.achieved());
                    if (b.status() == Status.MET) {
                      assertThat(a.status()).as(key).isEqualTo(Status.MET);
                    }
                  });
            });
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfTheFacts() {
    qt().forAll(Scenarios.scenarios(), Scenarios.days(), Generate.range(0, 1_000_000))
        .checkAssert(
            (s, asOf, seed) -> {
              Dataset d = s.world().dataset();
              Random r = new Random(seed);
              Dataset shuffled =
                  Dataset.builder()
                      .from(d)
                      .orgUnits(shuffle(d.orgUnits(), r))
                      .cadres(shuffle(d.cadres(), r))
                      .contactUnits(shuffle(d.contactUnits(), r))
                      .assignments(shuffle(d.assignments(), r))
                      .activities(shuffle(d.activities(), r))
                      .absences(shuffle(d.absences(), r))
                      .terms(shuffle(d.terms(), r))
                      .breaks(shuffle(d.breaks(), r))
                      .workdays(shuffle(d.workdays(), r))
                      .feedback(shuffle(d.feedback(), r))
                      .build();
              assertThat(evaluate(SOOCHOW, shuffled, asOf)).isEqualTo(evaluate(SOOCHOW, d, asOf));
            });
  }

  static <T> List<T> shuffle(List<T> list, Random r) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, r);
    return copy;
  }

  @Test
  void duplicatingEveryActivityChangesNothing() {
    qt().forAll(Scenarios.scenarios(), Scenarios.days())
        .checkAssert(
            (s, asOf) -> {
              Dataset d = s.world().dataset();
              List<Activity> doubled = new ArrayList<>(d.activities());
              for (Activity a : d.activities()) {
                doubled.add(
                    Activity.builder().from(a).activityId(a.activityId() + "-copy").build());
              }
              Dataset twice = Dataset.builder().from(d).activities(doubled).build();
              assertThat(evaluate(SOOCHOW, twice, asOf)).isEqualTo(evaluate(SOOCHOW, d, asOf));
            });
  }

  @Test
  void anAbsenceCoveringTheTermGivesOnlyExempt() {
    qt().forAll(Scenarios.scenarios(), Scenarios.days(), Generate.pick(POLICIES))
        .checkAssert(
            (s, asOf, id) -> {
              World w = s.world();
              for (int i = 0; i < s.cadres().size(); i++) {
                w.absent(Scenarios.Scenario.cadreId(i), "2024-09-02", "2025-01-12");
              }
              Evaluation e = evaluate(SHIPPED.get(id), w.dataset(), asOf);
              for (Verdict v : e.verdicts()) {
                if (v.subject().matches("C\\d+")) {
                  assertThat(v.status())
                      .as(v.subject() + "/" + v.obligationId())
                      .isEqualTo(Status.EXEMPT);
                  assertThat(v.required()).isZero();
                }
              }
            });
  }

  @Test
  void aLaterAsOfNeverTurnsMetIntoPending() {
    qt().forAll(
            Scenarios.scenarios(),
            Scenarios.days(),
            Generate.range(1, 120),
            Generate.pick(POLICIES))
        .checkAssert(
            (s, asOf, later, id) -> {
              Policy policy = SHIPPED.get(id);
              Dataset d = s.world().dataset();
              Map<String, Verdict> early = byKey(evaluate(policy, d, asOf));
              Map<String, Verdict> late = byKey(evaluate(policy, d, asOf.plusDays(later)));
              early.forEach(
                  (key, v) -> {
                    if (v.status() == Status.MET) {
                      assertThat(late.get(key)).as(key).isNotNull();
                      assertThat(late.get(key).status()).as(key).isNotEqualTo(Status.PENDING);
                    }
                  });
            });
  }

  /**
   * Each shipped policy read back from its own YAML and JSON (the round trip is what is tested).
   */
  static final Map<String, List<Policy>> ROUND_TRIPPED =
      POLICIES.stream()
          .collect(
              Collectors.toMap(
                  id -> id,
                  id ->
                      List.of(
                          PolicyDocuments.read(
                              PolicyDocuments.toYaml(SHIPPED.get(id)),
                              PolicyDocuments.Format.YAML,
                              id + ".yaml"),
                          PolicyDocuments.read(
                              PolicyDocuments.toJson(SHIPPED.get(id)),
                              PolicyDocuments.Format.JSON,
                              id + ".json"))));

  @Test
  void aPolicyRoundTrippedThroughYamlOrJsonEvaluatesIdentically() {
    qt().forAll(Scenarios.scenarios(), Scenarios.days(), Generate.pick(POLICIES))
        .checkAssert(
            (s, asOf, id) -> {
              Dataset d = s.world().dataset();
              Evaluation original = evaluate(SHIPPED.get(id), d, asOf);
              for (Policy copy : ROUND_TRIPPED.get(id)) {
                assertThat(evaluate(copy, d, asOf)).isEqualTo(original);
              }
            });
  }

  @Test
  void everyVerdictExplainsItselfCitingItsClauseInBothLanguages() {
    qt().forAll(Scenarios.scenarios(), Scenarios.days())
        .checkAssert(
            (s, asOf) -> {
              Evaluation e = evaluate(SOOCHOW, s.world().dataset(), asOf);
              for (Verdict v : e.verdicts()) {
                assertThat(v.explanation().zh()).startsWith(v.clause() + " ");
                assertThat(v.explanation().en()).startsWith(v.clause() + " ");
                if (v.status() == Status.MET && !hasMax(SOOCHOW, v.obligationId())) {
                  assertThat(v.achieved()).isGreaterThanOrEqualTo(v.required());
                }
                if (v.status() == Status.EXEMPT) {
                  assertThat(v.required()).isZero();
                }
              }
            });
  }
}
