package org.lianxi.core.integrity;

import java.util.List;
import org.lianxi.core.domain.IntegrityRule;

/**
 * One integrity rule of SPEC §4: looks at the checked log and returns its suspicions. Each rule is
 * a small stateless class; {@link IntegrityChecker#allCurrentRules} gathers them.
 */
interface FindingRule {
  /** The rule this class implements. */
  IntegrityRule rule();

  /** The suspicions this rule raises on the log (any order). */
  List<Suspicion> apply(CheckedLog log);
}
