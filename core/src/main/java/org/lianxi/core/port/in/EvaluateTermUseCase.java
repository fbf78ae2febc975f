package org.lianxi.core.port.in;

import java.time.Clock;
import java.time.LocalDate;
import org.lianxi.core.evaluation.Evaluation;
import org.lianxi.core.evaluation.Evaluator;
import org.lianxi.core.evaluation.Exclusions;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.port.out.Facts;

/**
 * Evaluates a policy for a term over the host's facts: one verdict per applicable obligation and
 * subject, each citing its clause and explaining itself in Chinese and English (SPEC §3.1).
 * Shortfalls are results, not exceptions; an unknown term or inconsistent facts throw {@link
 * org.lianxi.core.domain.LianxiException}.
 */
public interface EvaluateTermUseCase {
  /**
   * Evaluates at the as-of day, leaving out the excluded activities (explained in the verdicts that
   * lose them).
   */
  Evaluation evaluate(Policy policy, String termId, LocalDate asOf, Exclusions exclusions);

  /** Evaluates at the as-of day with nothing excluded. */
  default Evaluation evaluate(Policy policy, String termId, LocalDate asOf) {
    return evaluate(policy, termId, asOf, Exclusions.none());
  }

  /** Evaluates at the default as-of day: today from the clock, at most the term's last day. */
  Evaluation evaluate(Policy policy, String termId);

  /** The use case over the facts, with time from {@code clock}. Thread-safe when the ports are. */
  static EvaluateTermUseCase using(Facts facts, Clock clock) {
    Evaluator evaluator = Evaluator.create(clock);
    return new EvaluateTermUseCase() {
      @Override
      public Evaluation evaluate(
          Policy policy, String termId, LocalDate asOf, Exclusions exclusions) {
        return evaluator.evaluate(policy, facts, termId, asOf, exclusions);
      }

      @Override
      public Evaluation evaluate(Policy policy, String termId) {
        return evaluator.evaluate(policy, facts, termId, Exclusions.none());
      }
    };
  }
}
