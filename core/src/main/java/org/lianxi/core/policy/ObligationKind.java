package org.lianxi.core.policy;

/**
 * What an obligation requires: one small class per kind. The evaluator ({@code
 * org.lianxi.core.evaluation}) gives each kind its own rule; the kind itself is data and knows how
 * to compare itself with a parent's kind when a child policy refines it. Implementations are
 * immutable and thread-safe.
 */
public sealed interface ObligationKind
    permits ActivityCount, AssignmentQuota, FrontlineDays, FeedbackDeadline {

  /** The name used in policy files: {@code activity-count}, {@code assignment} ... */
  String code();

  /**
   * Why this kind is less strict than {@code parent}'s (the kind of the obligation it refines), or
   * null when it is at least as strict.
   */
  String looserThan(ObligationKind parent);
}
