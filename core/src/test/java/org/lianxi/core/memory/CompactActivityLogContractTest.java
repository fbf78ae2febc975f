package org.lianxi.core.memory;

import org.lianxi.core.domain.Dataset;
import org.lianxi.core.port.contract.ActivityLogPortContract;
import org.lianxi.core.port.out.Facts;

/** {@link ActivityLogPortContract} against {@link CompactActivityLog} (via compact facts). */
class CompactActivityLogContractTest extends ActivityLogPortContract {
  @Override
  protected Facts factsWith(Dataset dataset) {
    return InMemoryFacts.compactFactsOf(dataset);
  }
}
