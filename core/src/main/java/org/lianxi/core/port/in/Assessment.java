package org.lianxi.core.port.in;

import java.util.List;
import java.util.stream.Collectors;
import org.lianxi.core.evaluation.Evaluation;
import org.lianxi.core.evaluation.FindingView;
import org.lianxi.core.integrity.Finding;
import org.lianxi.core.integrity.IntegrityReport;

/**
 * A term assessed in full: the integrity check (findings, exclusions) and the evaluation that left
 * the excluded activities out. Immutable and thread-safe.
 *
 * @param evaluation the verdicts
 * @param integrity the findings and what they kept from counting
 */
public record Assessment(Evaluation evaluation, IntegrityReport integrity) {

  /** The findings as the JSON report of SPEC §6 shows them. */
  public List<FindingView> findingViews() {
    return integrity.findings().stream().map(Assessment::view).collect(Collectors.toList());
  }

  static FindingView view(Finding f) {
    return new FindingView(
        f.rule(),
        f.severity(),
        f.subject(),
        f.activityIds(),
        FindingView.State.valueOf(f.state().name()),
        f.explanation());
  }
}
