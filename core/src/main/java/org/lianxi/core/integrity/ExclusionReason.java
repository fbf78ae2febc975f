package org.lianxi.core.integrity;

import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.LianxiException;

/**
 * Why an activity is kept from counting: a {@code HIGH} finding not dismissed for it, or a finding
 * a reviewer confirmed for it. Immutable and thread-safe.
 *
 * @param rule the rule of the finding that keeps it out
 * @param confirmed whether a reviewer confirmed it (弄虚作假) rather than it being an open suspicion
 * @param explanation the reason in Chinese and English
 */
public record ExclusionReason(IntegrityRule rule, boolean confirmed, Explanation explanation) {
  public ExclusionReason {
    LianxiException.check(rule != null, "ExclusionReason", "rule", null, "must not be null");
    LianxiException.check(
        explanation != null, "ExclusionReason", "explanation", null, "must not be null");
  }
}
