package org.lianxi.core.integrity;

import java.util.List;
import org.lianxi.core.domain.IntegrityRule;

/**
 * One integrity rule of SPEC §4: looks at one cadre's checked activities and adds its suspicions.
 * Every rule is per cadre (its findings name activities of one cadre and depend only on that
 * cadre's records and facts), which is what lets the checker run cadre by cadre and re-check one
 * cadre alone. Each rule is a small stateless class; {@link IntegrityChecker#allCurrentRules}
 * gathers them.
 */
interface FindingRule {
  /** The rule this class implements. */
  IntegrityRule rule();

  /**
   * Adds to {@code found} the suspicions this rule raises on one cadre's checked activities.
   *
   * @param log the facts of the check (settings, absences, assignments, contact units)
   * @param cadre the cadre's checked activities by start, then id
   * @param found where the suspicions go (any order within this rule)
   */
  void apply(CheckedLog log, CadreLog cadre, List<Suspicion> found);
}
