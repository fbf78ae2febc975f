package org.lianxi.core.port.out;

import java.util.List;
import org.lianxi.core.domain.Assignment;

/** Supplies the cadre ↔ contact-unit links (联系关系) with their validity. */
public interface AssignmentPort {
  /** Every Assignment known, in a stable order. */
  List<Assignment> assignments();
}
