package org.lianxi.core.port.out;

import java.util.List;
import org.lianxi.core.domain.Absence;

/** Supplies cadres' absences (请假/外出). */
public interface AbsencePort {
  /** Every Absence known, in a stable order. */
  List<Absence> absences();
}
