package org.lianxi.core.memory;

import org.lianxi.core.domain.Dataset;
import org.lianxi.core.port.contract.OrgUnitPortContract;
import org.lianxi.core.port.out.Facts;

/** {@link OrgUnitPortContract} against the in-memory adapters. */
class InMemoryOrgUnitContractTest extends OrgUnitPortContract {
  @Override
  protected Facts factsWith(Dataset dataset) {
    return InMemoryFacts.factsOf(dataset);
  }
}
