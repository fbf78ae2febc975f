package org.lianxi.core.port.in;

import java.time.Clock;
import java.time.LocalDate;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.domain.Term;
import org.lianxi.core.evaluation.Evaluator;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.port.out.Facts;

/**
 * Assesses a term in full (SPEC §3.1, §4): runs the policy's integrity rules over the activity log,
 * keeps from counting what a {@code HIGH} finding not dismissed or a confirmed finding names, and
 * evaluates every obligation. What most hosts call.
 */
public interface AssessTermUseCase {
  /** Assesses at the as-of day. */
  Assessment assess(Policy policy, String termId, LocalDate asOf);

  /** Assesses at the default as-of day: today from the clock, at most the term's last day. */
  Assessment assess(Policy policy, String termId);

  /**
   * The use case over the facts, with time from {@code clock}: reads the ports once per assessment
   * ({@link Facts#snapshot()}) and assesses cadre by cadre ({@link TermSession}). Thread-safe when
   * the ports are.
   */
  static AssessTermUseCase using(Facts facts, Clock clock) {
    return using(facts, clock, Evaluator.create(clock));
  }

  /**
   * The same use case assessing the cadres of one assessment on the common fork-join pool (the
   * result is identical). Faster on an idle multi-core machine; on a machine whose cores are busy
   * anyway it gains little. Thread-safe when the ports are.
   */
  static AssessTermUseCase parallel(Facts facts, Clock clock) {
    return using(facts, clock, Evaluator.create(clock).parallel());
  }

  private static AssessTermUseCase using(Facts facts, Clock clock, Evaluator evaluator) {
    return new AssessTermUseCase() {
      @Override
      public Assessment assess(Policy policy, String termId, LocalDate asOf) {
        return TermSession.open(policy, facts.snapshot(), termId, asOf, evaluator).assessment();
      }

      @Override
      public Assessment assess(Policy policy, String termId) {
        AcademicCalendar calendar = facts.academicCalendar(clock);
        Term term = calendar.requireTerm(termId);
        return assess(policy, termId, calendar.defaultAsOf(term));
      }
    };
  }
}
