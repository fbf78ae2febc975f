package org.lianxi.core.port.in;

import java.util.List;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.integrity.Finding;
import org.lianxi.core.integrity.IntegrityReport;

/**
 * One cadre's part of a term's assessment ({@link TermSession}): its verdicts and its integrity
 * check (the findings about its activities in the term's window, and which of its activities are
 * kept from counting). Immutable and thread-safe.
 *
 * @param cadreId the cadre
 * @param verdicts the cadre's verdicts, in the order the full evaluation lists them
 * @param integrity the cadre's findings and exclusions
 */
public record CadreAssessment(String cadreId, List<Verdict> verdicts, IntegrityReport integrity) {
  public CadreAssessment {
    verdicts = List.copyOf(verdicts);
  }

  /** The cadre's findings, in the order the full assessment lists them. */
  public List<Finding> findings() {
    return integrity.findings();
  }
}
