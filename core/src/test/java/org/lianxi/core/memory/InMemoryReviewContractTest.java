package org.lianxi.core.memory;

import org.lianxi.core.domain.Dataset;
import org.lianxi.core.port.contract.ReviewPortContract;
import org.lianxi.core.port.out.Facts;

/** {@link ReviewPortContract} against the in-memory adapters. */
class InMemoryReviewContractTest extends ReviewPortContract {
  @Override
  protected Facts factsWith(Dataset dataset) {
    return InMemoryFacts.factsOf(dataset);
  }
}
