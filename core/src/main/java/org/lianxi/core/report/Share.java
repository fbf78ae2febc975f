package org.lianxi.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.lianxi.core.domain.LianxiException;

/**
 * A share {@code part / whole}, e.g. verdicts met out of verdicts due. Undefined (no {@link
 * #rate()}) when {@code whole} is 0. Immutable and thread-safe.
 *
 * @param part the numerator
 * @param whole the denominator
 */
public record Share(int part, int whole) {
  public Share {
    LianxiException.check(whole >= 0, "Share", "whole", whole, "must be >= 0");
    LianxiException.check(
        part >= 0 && part <= whole, "Share", "part", part, "must be in 0.." + whole);
  }

  /** The share as a fraction rounded to four decimals, when {@code whole > 0}. */
  public Optional<BigDecimal> rate() {
    return whole == 0
        ? Optional.empty()
        : Optional.of(
            BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP));
  }

  /** {@code 3/4（75.0%）}, or {@code 0/0（—）}. */
  public String text() {
    return part
        + "/"
        + whole
        + rate()
            .map(r -> "（" + r.movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%）")
            .orElse("（—）");
  }

  /** {@code 3/4 (75.0%)}, or {@code 0/0 (n/a)}. */
  public String textEn() {
    return part
        + "/"
        + whole
        + rate()
            .map(r -> " (" + r.movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%)")
            .orElse(" (n/a)");
  }
}
