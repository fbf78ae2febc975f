package org.lianxi.core.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianxi.core.document.EvaluationJson;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.evaluation.Status;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.memory.InMemoryFacts;
import org.lianxi.core.policy.Policies;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.port.out.Facts;
import org.lianxi.core.sample.SampleUniversity;

/** The README's embedding example, kept compiling and true. */
class ReadmeExampleTest {
  @Test
  void readmeEmbeddingExampleEvaluatesTheSmallUniversity() {
    Clock clock = Clock.fixed(Instant.parse("2025-08-01T00:00:00Z"), ZoneOffset.UTC);
    Dataset dataset = SampleUniversity.small(7).dataset();
    Facts facts = InMemoryFacts.factsOf(dataset);
    Policy policy = Policies.soochow2019();
    String term = dataset.terms().get(0).termId();

    Assessment result =
        AssessTermUseCase.using(facts, clock).assess(policy, term, LocalDate.parse("2025-01-12"));
    List<String> lines = new ArrayList<>();
    for (Verdict v : result.evaluation().verdicts()) {
      if (v.status() == Status.SHORTFALL) {
        lines.add(v.subject() + " " + v.obligationId() + " " + v.explanation().zh());
      }
    }
    String json = EvaluationJson.toJson(result.evaluation(), result.findingViews());

    assertThat(result.evaluation().verdicts()).isNotEmpty();
    assertThat(result.evaluation().termId()).isEqualTo(term);
    assertThat(json).contains("\"policy\"").contains("\"verdicts\"").contains("soochow-2019-95");
    assertThat(lines).allSatisfy(l -> assertThat(l).contains("III."));
  }

  @Test
  void readmeProvinceAndLiveUpdateExampleAgreesWithTheFullAssessment() {
    Clock clock = Clock.fixed(Instant.parse("2025-08-01T00:00:00Z"), ZoneOffset.UTC);
    Dataset dataset = SampleUniversity.small(7).dataset();
    Facts facts = InMemoryFacts.factsOf(dataset);
    Policy policy = Policies.soochow2019();
    String term = dataset.terms().get(0).termId();
    LocalDate asOf = LocalDate.parse("2025-01-12");

    Facts big = InMemoryFacts.compactFactsOf(dataset);
    Assessment all = AssessTermUseCase.parallel(big, clock).assess(policy, term, asOf);

    TermSession session = TermSession.open(policy, facts, term, asOf, clock);
    Activity model = dataset.activities().get(0);
    Activity accepted =
        Activity.builder()
            .from(model)
            .activityId("README-1")
            .start(model.start().plusDays(1))
            .recordedAt(model.start().plusDays(1).plusHours(2))
            .build();
    CadreAssessment mine = session.record(accepted);

    Assessment sequential = AssessTermUseCase.using(facts, clock).assess(policy, term, asOf);
    assertThat(all.evaluation().verdicts()).isEqualTo(sequential.evaluation().verdicts());
    assertThat(all.integrity().findings()).isEqualTo(sequential.integrity().findings());

    Facts after = InMemoryFacts.factsOf(withActivity(dataset, accepted));
    Assessment full = AssessTermUseCase.using(after, clock).assess(policy, term, asOf);
    assertThat(mine.cadreId()).isEqualTo(model.cadreId());
    assertThat(mine.verdicts()).isEqualTo(full.evaluation().verdictsFor(model.cadreId()));
    assertThat(mine.findings()).isEqualTo(full.integrity().findingsOf(model.cadreId()));
    assertThat(mine.verdicts()).isNotEmpty();
  }

  private static Dataset withActivity(Dataset d, Activity a) {
    return Dataset.builder().from(d).addActivities(a).build();
  }
}
