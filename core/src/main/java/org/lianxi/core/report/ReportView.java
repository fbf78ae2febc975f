package org.lianxi.core.report;

/**
 * The part of an {@link AccountabilityReport} one {@link Viewer} may see (四、2): only subjects in
 * the viewer's {@link ViewScope}, inside one university, with sensitive contact units pseudonymised
 * in ids, names, explanations and evidence alike (except in the auditor's view and, for their own
 * units, the cadre's). Immutable and thread-safe.
 *
 * @param scope who the viewer is and what they may see
 * @param report the filtered, pseudonymised report
 */
public record ReportView(ViewScope scope, AccountabilityReport report) {}
