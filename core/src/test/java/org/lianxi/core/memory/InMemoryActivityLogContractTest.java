package org.lianxi.core.memory;

import org.lianxi.core.domain.Dataset;
import org.lianxi.core.port.contract.ActivityLogPortContract;
import org.lianxi.core.port.out.Facts;

/** {@link ActivityLogPortContract} against the in-memory adapters. */
class InMemoryActivityLogContractTest extends ActivityLogPortContract {
  @Override
  protected Facts factsWith(Dataset dataset) {
    return InMemoryFacts.factsOf(dataset);
  }
}
