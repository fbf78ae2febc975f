package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.Term;
import org.lianxi.core.evaluation.Evaluation;
import org.lianxi.core.evaluation.Evaluator;
import org.lianxi.core.evaluation.Exclusion;
import org.lianxi.core.evaluation.Exclusions;
import org.lianxi.core.evaluation.FindingView;
import org.lianxi.core.integrity.ExclusionReason;
import org.lianxi.core.integrity.Finding;
import org.lianxi.core.integrity.IntegrityChecker;
import org.lianxi.core.integrity.IntegrityReport;
import org.lianxi.core.policy.Policy;

/**
 * One term checked and evaluated: the integrity rules run with the policy's thresholds, the
 * activities they keep from counting handed to the evaluator as {@link Exclusions}, and the
 * evaluation. This is how the integrity findings (SPEC §3.1: a {@code HIGH} finding keeps its
 * activities from counting unless dismissed; a confirmed one always) reach the verdicts. Immutable
 * and thread-safe.
 *
 * @param term the term
 * @param asOf the as-of day
 * @param integrity the integrity report (findings of the term, exclusions of every term)
 * @param evaluation the policy's verdicts for the term with those exclusions
 */
public record TermAudit(
    Term term, LocalDate asOf, IntegrityReport integrity, Evaluation evaluation) {

  /** Checks and evaluates the dataset for the term at the as-of day. */
  public static TermAudit run(
      Policy policy, Dataset dataset, String termId, LocalDate asOf, Clock clock) {
    Term term =
        dataset.terms().stream()
            .filter(t -> t.termId().equals(termId))
            .findFirst()
            .orElseThrow(
                () -> new LianxiException("termId = " + termId + ": no such term in the dataset"));
    IntegrityReport integrity = IntegrityChecker.of(policy.integrity()).check(dataset, term, asOf);
    Evaluation evaluation =
        Evaluator.create(clock).evaluate(policy, dataset, termId, asOf, exclusions(integrity));
    return new TermAudit(term, asOf, integrity, evaluation);
  }

  /** The integrity report's excluded activities as the evaluator's input. */
  public static Exclusions exclusions(IntegrityReport integrity) {
    Exclusions.Builder b = Exclusions.builder();
    for (Map.Entry<String, ExclusionReason> e : integrity.excluded().entrySet()) {
      b.exclude(e.getKey(), new Exclusion(e.getValue().rule(), e.getValue().explanation()));
    }
    return b.build();
  }

  /** The term's findings as the JSON report of SPEC §6 shows them. */
  public static ImmutableList<FindingView> findingViews(List<Finding> findings) {
    return findings.stream().map(TermAudit::view).collect(ImmutableList.toImmutableList());
  }

  /** This term's findings as the JSON report of SPEC §6 shows them. */
  public ImmutableList<FindingView> findingViews() {
    return findingViews(integrity.findings());
  }

  private static FindingView view(Finding f) {
    return new FindingView(
        f.rule(),
        f.severity(),
        f.subject(),
        f.activityIds(),
        FindingView.State.valueOf(f.state().name()),
        f.explanation());
  }
}
