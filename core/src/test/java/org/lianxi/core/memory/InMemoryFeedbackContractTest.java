package org.lianxi.core.memory;

import org.lianxi.core.domain.Dataset;
import org.lianxi.core.port.contract.FeedbackPortContract;
import org.lianxi.core.port.out.Facts;

/** {@link FeedbackPortContract} against the in-memory adapters. */
class InMemoryFeedbackContractTest extends FeedbackPortContract {
  @Override
  protected Facts factsWith(Dataset dataset) {
    return InMemoryFacts.factsOf(dataset);
  }
}
