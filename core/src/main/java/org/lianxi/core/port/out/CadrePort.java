package org.lianxi.core.port.out;

import java.util.List;
import org.lianxi.core.domain.Cadre;

/** Supplies the roster of leading cadres the policy binds. */
public interface CadrePort {
  /** Every Cadre known, in a stable order. */
  List<Cadre> cadres();
}
