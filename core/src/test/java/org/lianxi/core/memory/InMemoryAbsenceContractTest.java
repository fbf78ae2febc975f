package org.lianxi.core.memory;

import org.lianxi.core.domain.Dataset;
import org.lianxi.core.port.contract.AbsencePortContract;
import org.lianxi.core.port.out.Facts;

/** {@link AbsencePortContract} against the in-memory adapters. */
class InMemoryAbsenceContractTest extends AbsencePortContract {
  @Override
  protected Facts factsWith(Dataset dataset) {
    return InMemoryFacts.factsOf(dataset);
  }
}
