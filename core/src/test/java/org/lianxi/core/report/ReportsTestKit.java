package org.lianxi.core.report;

import org.lianxi.core.domain.Dataset;

/** Access for tests in other packages to the report package's test generators. */
public final class ReportsTestKit {
  private ReportsTestKit() {}

  /** {@link RandomUniversities#generate(long)}. */
  public static Dataset randomUniversities(long seed) {
    return RandomUniversities.generate(seed);
  }

  /** The university above an org unit (the root through {@code parentId}). */
  public static String universityOf(Dataset data, String unitId) {
    return new OrgChart(data).universityOfUnit(unitId).orElse("");
  }
}
