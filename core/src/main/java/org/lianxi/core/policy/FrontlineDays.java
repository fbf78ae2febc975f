package org.lianxi.core.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import org.lianxi.core.domain.LianxiException;

/**
 * 三 (preamble): frontline days at least {@link #share()} of the cadre's standard working days
 * ("一半以上" is ≥ 50%, 以上 including the number). A frontline day is a standard working day with at
 * least one counting activity; required = ⌈share × standard working days⌉. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract non-sealed class FrontlineDays implements ObligationKind {
  FrontlineDays() {}

  /** The share, in (0, 1], e.g. {@code 0.5}. */
  public abstract BigDecimal share();

  /** ⌈share × days⌉, exact (no floating point). */
  public int required(int standardWorkingDays) {
    return share()
        .multiply(BigDecimal.valueOf(standardWorkingDays))
        .setScale(0, RoundingMode.CEILING)
        .intValueExact();
  }

  /** The share as a percentage text, e.g. {@code 50%}. */
  public String percent() {
    return share().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  @Override
  public String code() {
    return "frontline-days";
  }

  @Override
  public String looserThan(ObligationKind parent) {
    if (!(parent instanceof FrontlineDays)) {
      return "it is a " + code() + " but the parent's is a " + parent.code();
    }
    FrontlineDays p = (FrontlineDays) parent;
    if (share().compareTo(p.share()) < 0) {
      return "share " + share().toPlainString() + " is lower than " + p.share().toPlainString();
    }
    return null;
  }

  void canonical(Canonical c) {
    c.put("kind", code()).put("share", share().toPlainString());
  }

  public static FrontlineDays of(BigDecimal share) {
    return builder().share(share).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FrontlineDays}. */
  public static final class Builder extends ImmutableFrontlineDays.Builder {}

  /** Checks the range and normalises the scale (0.50 becomes 0.5), so equal shares are equal. */
  @Value.Check
  protected FrontlineDays normalise() {
    LianxiException.check(
        share().signum() > 0 && share().compareTo(BigDecimal.ONE) <= 0,
        "FrontlineDays",
        "share",
        share().toPlainString(),
        "must be in (0, 1]");
    BigDecimal normal = share().stripTrailingZeros();
    if (normal.scale() < 0) {
      normal = normal.setScale(0, RoundingMode.UNNECESSARY);
    }
    if (normal.equals(share())) {
      return this;
    }
    return builder().share(normal).build();
  }
}
