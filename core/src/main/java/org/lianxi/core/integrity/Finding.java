package org.lianxi.core.integrity;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.Severity;

/**
 * One integrity finding (疑点): a rule of SPEC §4 flagged these activities of one cadre. It stays a
 * suspicion until a reviewer confirms it ({@link FindingState#CONFIRMED}, 弄虚作假) or dismisses it.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {
  public abstract IntegrityRule rule();

  public abstract Severity severity();

  /** The cadre whose activities are flagged. */
  public abstract String subject();

  /**
   * The activities flagged, in order of start (then id); for {@code DUPLICATE} in recorded order.
   */
  public abstract ImmutableList<String> activityIds();

  public abstract FindingState state();

  /** What was found, and the reviews applied, in Chinese and English. */
  public abstract Explanation explanation();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. Not thread-safe. */
  public static final class Builder extends ImmutableFinding.Builder {}

  @Value.Check
  protected void check() {
    String where = "Finding[" + rule() + "/" + subject() + "]";
    LianxiException.requireNonBlank(where, "subject", subject());
    LianxiException.check(
        !activityIds().isEmpty(), where, "activityIds", activityIds(), "must not be empty");
  }
}
