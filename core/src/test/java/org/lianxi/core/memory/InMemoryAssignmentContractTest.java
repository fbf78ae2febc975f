package org.lianxi.core.memory;

import org.lianxi.core.domain.Dataset;
import org.lianxi.core.port.contract.AssignmentPortContract;
import org.lianxi.core.port.out.Facts;

/** {@link AssignmentPortContract} against the in-memory adapters. */
class InMemoryAssignmentContractTest extends AssignmentPortContract {
  @Override
  protected Facts factsWith(Dataset dataset) {
    return InMemoryFacts.factsOf(dataset);
  }
}
