package org.lianxi.core.port.out;

import java.util.List;
import org.lianxi.core.domain.Break;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.WorkdayOverride;

/** Supplies the academic calendar: terms, teaching breaks and working-day overrides. */
public interface CalendarPort {
  List<Term> terms();

  List<Break> breaks();

  List<WorkdayOverride> workdays();
}
