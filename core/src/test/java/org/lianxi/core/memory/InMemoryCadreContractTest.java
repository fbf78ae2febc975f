package org.lianxi.core.memory;

import org.lianxi.core.domain.Dataset;
import org.lianxi.core.port.contract.CadrePortContract;
import org.lianxi.core.port.out.Facts;

/** {@link CadrePortContract} against the in-memory adapters. */
class InMemoryCadreContractTest extends CadrePortContract {
  @Override
  protected Facts factsWith(Dataset dataset) {
    return InMemoryFacts.factsOf(dataset);
  }
}
