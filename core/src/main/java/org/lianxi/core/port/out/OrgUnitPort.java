package org.lianxi.core.port.out;

import java.util.List;
import org.lianxi.core.domain.OrgUnit;

/** Supplies the org units (university, departments, colleges). */
public interface OrgUnitPort {
  /** Every OrgUnit known, in a stable order. */
  List<OrgUnit> orgUnits();
}
