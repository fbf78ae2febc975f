package org.lianxi.examples.embedding;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.lianxi.core.document.PolicyDocuments;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.memory.InMemoryFacts;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.port.in.AssessTermUseCase;
import org.lianxi.core.port.in.Assessment;
import org.lianxi.core.port.out.Facts;
import org.lianxi.core.sample.SampleUniversity;

/** Lianxi embedded: the in-memory adapters, a policy of our own in YAML, verdicts printed. */
public final class EmbeddingExample {
  /** Soochow's plan plus a leaders' lunch or dinner with students every month. */
  static final String POLICY =
      """
      id: soochow-2019-95-meals
      title: {zh: 苏州大学实施方案（加每月校领导午餐会）, en: Soochow's plan plus a monthly leaders' meal}
      document_number: 示例〔餐会〕
      version: "1.0"
      parent: soochow-2019-95
      obligations:
        - id: leader-meal-monthly
          clause: 三、1.(3)
          title: {zh: 每月至少举办1次校领导午（晚）餐会, en: a leaders' meal with students every month}
          strength: MANDATORY
          basis: literal
          applies_to: {tiers: [UNIVERSITY_LEADERSHIP]}
          kind: activity-count
          activity_types: [LEADER_MEAL]
          min: 1
          period: MONTH
      """;

  private EmbeddingExample() {}

  public static void main(String[] args) {
    run(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
  }

  static void run(PrintStream out) {
    Policy policy = PolicyDocuments.read(POLICY, PolicyDocuments.Format.YAML, "meals.yaml");
    Dataset dataset = SampleUniversity.small(42).dataset(); // your rosters and activity logs
    Facts facts = InMemoryFacts.factsOf(dataset); // or JdbcLianxi.of(dataSource).facts()
    Assessment result =
        AssessTermUseCase.using(facts, Clock.systemUTC())
            .assess(policy, "2024-2025-1", LocalDate.of(2025, 1, 12));
    for (Verdict v : result.evaluation().verdicts()) {
      out.printf(
          "%-6s %-26s %-9s %s%n", v.subject(), v.obligationId(), v.status(), v.explanation().zh());
    }
    result.findingViews().forEach(f -> out.println(f.rule() + " " + f.explanation().en()));
  }
}
