package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.integrity.Finding;

/**
 * One term of a cadre dossier: the cadre's verdicts and integrity findings in that term. Immutable
 * and thread-safe.
 *
 * @param termId the term
 * @param asOf the as-of day it was evaluated at (the term's last day, or the report's as-of)
 * @param verdicts the cadre's verdicts, in policy order
 * @param findings the integrity findings about the cadre's activities of that term
 * @param compliance verdicts {@code MET} out of verdicts {@code MET} or {@code SHORTFALL}
 */
public record DossierTerm(
    String termId,
    LocalDate asOf,
    ImmutableList<Verdict> verdicts,
    ImmutableList<Finding> findings,
    Share compliance) {}
