package org.lianxi.core.port.out;

import java.util.List;
import org.lianxi.core.domain.ContactUnit;

/** Supplies the contact units: classes, dormitories, associations, party branches, students. */
public interface ContactUnitPort {
  /** Every ContactUnit known, in a stable order. */
  List<ContactUnit> contactUnits();
}
