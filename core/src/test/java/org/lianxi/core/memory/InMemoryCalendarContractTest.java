package org.lianxi.core.memory;

import org.lianxi.core.domain.Dataset;
import org.lianxi.core.port.contract.CalendarPortContract;
import org.lianxi.core.port.out.Facts;

/** {@link CalendarPortContract} against the in-memory adapters. */
class InMemoryCalendarContractTest extends CalendarPortContract {
  @Override
  protected Facts factsWith(Dataset dataset) {
    return InMemoryFacts.factsOf(dataset);
  }
}
