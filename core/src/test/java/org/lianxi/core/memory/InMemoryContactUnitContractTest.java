package org.lianxi.core.memory;

import org.lianxi.core.domain.Dataset;
import org.lianxi.core.port.contract.ContactUnitPortContract;
import org.lianxi.core.port.out.Facts;

/** {@link ContactUnitPortContract} against the in-memory adapters. */
class InMemoryContactUnitContractTest extends ContactUnitPortContract {
  @Override
  protected Facts factsWith(Dataset dataset) {
    return InMemoryFacts.factsOf(dataset);
  }
}
