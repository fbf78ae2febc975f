package org.lianxi.core.report;

import org.lianxi.core.domain.LianxiException;

/**
 * Options of the coverage suggestion. Immutable and thread-safe.
 *
 * @param defaultMaxUnits the most contact units a cadre may be linked to in a term where the policy
 *     sets no maximum for the unit's type (default 3)
 */
public record CoverageOptions(int defaultMaxUnits) {
  public static final CoverageOptions DEFAULT = new CoverageOptions(3);

  public CoverageOptions {
    LianxiException.check(
        defaultMaxUnits >= 1,
        "CoverageOptions",
        "defaultMaxUnits",
        defaultMaxUnits,
        "must be >= 1");
  }
}
