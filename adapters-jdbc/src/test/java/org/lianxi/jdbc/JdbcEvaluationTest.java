package org.lianxi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.Term;
import org.lianxi.core.evaluation.Evaluation;
import org.lianxi.core.evaluation.ExcludedActivity;
import org.lianxi.core.evaluation.Exclusion;
import org.lianxi.core.evaluation.FindingView;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.memory.InMemoryFacts;
import org.lianxi.core.policy.Policies;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.port.in.AssessTermUseCase;
import org.lianxi.core.port.in.Assessment;
import org.lianxi.core.sample.SampleUniversity;

/**
 * The sample university evaluated from each database equals the in-memory evaluation, and stored
 * evaluations give cadre dossiers across terms.
 */
class JdbcEvaluationTest {
  static final Dataset SAMPLE = SampleUniversity.demo(20241).dataset();
  static final Policy POLICY = Policies.soochow2019();
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T04:00:00Z"), ZoneOffset.UTC);

  /** Both terms of the sample, assessed in memory. */
  static final List<Assessment> IN_MEMORY =
      SAMPLE.terms().stream()
          .map(
              t ->
                  AssessTermUseCase.using(InMemoryFacts.factsOf(SAMPLE), CLOCK)
                      .assess(POLICY, t.termId()))
          .toList();

  @Test
  void idListsSurviveNewLinesAndBackslashes() {
    List<String> ids = List.of("A1", "a\\b", "line\nbreak", "\\n", "末尾\\");
    String text = JdbcEvaluationStore.Lists.join(ids);

    assertThat(JdbcEvaluationStore.Lists.split(text)).isEqualTo(ids);
    assertThat(JdbcEvaluationStore.Lists.split(JdbcEvaluationStore.Lists.join(List.of())))
        .isEmpty();
  }

  abstract static class Suite extends DatabaseTest {
    @Test
    void theSampleUniversityAssessedFromTheDatabaseEqualsTheInMemoryAssessment() {
      JdbcLianxi lianxi = lianxi();
      lianxi.importDataset(SAMPLE);

      assertThat(lianxi.snapshot()).isEqualTo(SAMPLE);
      for (int i = 0; i < SAMPLE.terms().size(); i++) {
        Term term = SAMPLE.terms().get(i);
        Assessment fromDatabase =
            AssessTermUseCase.using(lianxi.facts(), CLOCK).assess(POLICY, term.termId());
        assertThat(fromDatabase).isEqualTo(IN_MEMORY.get(i));
        assertThat(fromDatabase.evaluation().verdicts()).isNotEmpty();
      }
    }

    @Test
    void storedEvaluationsLoadBackEqualAndGiveDossiersAcrossTerms() {
      JdbcEvaluationStore store = lianxi().evaluations();
      Assessment autumn = IN_MEMORY.get(0);
      Assessment spring = IN_MEMORY.get(1);

      long first = store.save(autumn.evaluation(), autumn.findingViews());
      long second = store.save(spring.evaluation(), spring.findingViews());
      long again = store.save(autumn.evaluation());

      assertThat(List.of(first, second, again)).containsExactly(1L, 2L, 3L);
      assertThat(store.load(first)).contains(autumn.evaluation());
      assertThat(store.load(second)).contains(spring.evaluation());
      assertThat(store.load(99)).isEmpty();
      assertThat(store.findings(first)).isEqualTo(autumn.findingViews());
      assertThat(store.list())
          .extracting(JdbcEvaluationStore.Stored::termId)
          .containsExactly("2024-2025-1", "2024-2025-2", "2024-2025-1");
      JdbcEvaluationStore.Stored header = store.list().get(0);
      assertThat(header.policyId()).isEqualTo(POLICY.id());
      assertThat(header.policyVersion()).isEqualTo(POLICY.version());
      assertThat(header.policyHash()).isEqualTo(POLICY.contentHash());
      assertThat(header.asOf()).isEqualTo(autumn.evaluation().asOf());
      assertThat(header.evaluatedAt()).isEqualTo(autumn.evaluation().evaluatedAt());
      assertThat(header.verdicts()).isEqualTo(autumn.evaluation().verdicts().size());

      String cadre = someCadreWithFindings(autumn);
      List<JdbcEvaluationStore.SubjectTerm> dossier = store.dossier(cadre);
      assertThat(dossier)
          .extracting(t -> t.evaluation().id())
          .as("the latest of each term, in order of as-of day")
          .containsExactly(again, second);
      assertThat(dossier.get(0).verdicts()).isEqualTo(autumn.evaluation().verdictsFor(cadre));
      assertThat(dossier.get(1).verdicts()).isEqualTo(spring.evaluation().verdictsFor(cadre));
      assertThat(store.history(cadre))
          .extracting(t -> t.evaluation().id())
          .containsExactly(first, second, again);
      assertThat(store.history(cadre).get(0).findings())
          .isNotEmpty()
          .isEqualTo(
              autumn.findingViews().stream().filter(f -> f.subject().equals(cadre)).toList());
      assertThat(store.history("nobody")).isEmpty();
    }

    @Test
    void excludedActivitiesAndEveryReasonAreStoredWithTheirVerdict() {
      JdbcEvaluationStore store = lianxi().evaluations();
      Evaluation e = IN_MEMORY.get(0).evaluation();
      Verdict first = e.verdicts().get(0);
      Verdict withExclusions =
          Verdict.builder()
              .from(first)
              .excluded(
                  List.of(
                      new ExcludedActivity(
                          "A-x1",
                          List.of(
                              new Exclusion(IntegrityRule.OVERLAP, Explanation.of("重叠", "overlap")),
                              new Exclusion(
                                  IntegrityRule.DURING_ABSENCE,
                                  Explanation.of("请假期间\n", "during an absence\n")))),
                      new ExcludedActivity(
                          "A-x2",
                          List.of(
                              new Exclusion(
                                  IntegrityRule.RECORDED_BEFORE_START,
                                  Explanation.of("先登记", "recorded first"))))))
              .missing(List.of("2024-W40", "2024-W41"))
              .build();
      Evaluation changed =
          Evaluation.builder()
              .from(e)
              .verdicts(
                  ImmutableList.<Verdict>builder()
                      .add(withExclusions)
                      .addAll(e.verdicts().subList(1, e.verdicts().size()))
                      .build())
              .build();

      long id = store.save(changed);

      assertThat(store.load(id)).contains(changed);
      assertThat(store.load(id).orElseThrow().verdicts().get(0).excluded())
          .isEqualTo(withExclusions.excluded());
      assertThat(store.history(first.subject()).get(0).verdicts().get(0)).isEqualTo(withExclusions);
    }

    @Test
    void aFailedSaveLeavesTheDatabaseAsBefore() {
      JdbcLianxi lianxi = lianxi();
      Assessment autumn = IN_MEMORY.get(0);
      lianxi.evaluations().save(IN_MEMORY.get(1).evaluation());
      Map<String, List<List<String>>> before = db.contents();

      int failAt = 1;
      while (true) {
        FailingDataSource failing = new FailingDataSource(db.dataSource(), failAt);
        try {
          JdbcLianxi.of(failing).evaluations().save(autumn.evaluation(), autumn.findingViews());
        } catch (LianxiException e) {
          assertThat(db.contents()).as("after a failure at statement %d", failAt).isEqualTo(before);
          failAt++;
          continue;
        }
        break;
      }

      assertThat(failAt).isGreaterThan(4);
      assertThat(lianxi.evaluations().load(2)).contains(autumn.evaluation());
    }

    private static String someCadreWithFindings(Assessment a) {
      Evaluation e = a.evaluation();
      return a.findingViews().stream()
          .map(FindingView::subject)
          .filter(s -> !e.verdictsFor(s).isEmpty())
          .filter(s -> e.verdictsFor(s).stream().map(Verdict::excluded).anyMatch(x -> !x.isEmpty()))
          .findFirst()
          .or(() -> a.findingViews().stream().map(FindingView::subject).findFirst())
          .orElseThrow();
    }
  }

  @Nested
  class OnH2 extends Suite {
    @Override
    TestDatabase.Kind kind() {
      return TestDatabase.Kind.H2;
    }
  }

  @Nested
  class OnPostgresql extends Suite {
    @Override
    TestDatabase.Kind kind() {
      return TestDatabase.Kind.POSTGRESQL;
    }
  }

  @Nested
  class OnMariaDb extends Suite {
    @Override
    TestDatabase.Kind kind() {
      return TestDatabase.Kind.MARIADB;
    }
  }
}
