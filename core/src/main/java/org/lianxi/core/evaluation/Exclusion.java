package org.lianxi.core.evaluation;

import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.LianxiException;

/**
 * Why an activity does not count: the integrity rule whose finding keeps it out (a {@code HIGH}
 * finding not dismissed, or a confirmed one) and that finding's explanation. Immutable and
 * thread-safe.
 *
 * @param rule the rule
 * @param reason the finding's explanation
 */
public record Exclusion(IntegrityRule rule, Explanation reason) {
  public Exclusion {
    LianxiException.check(rule != null, "Exclusion", "rule", null, "must not be null");
    LianxiException.check(reason != null, "Exclusion", "reason", null, "must not be null");
  }
}
