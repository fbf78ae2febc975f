package org.lianxi.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.port.contract.ReviewPortContract;
import org.lianxi.core.port.out.Facts;

/** {@link ReviewPortContract} of the core test kit against the JDBC adapters on each database. */
class JdbcReviewContractTest {
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class OnH2 extends ReviewPortContract {
    private final ContractStorage storage = new ContractStorage(TestDatabase.Kind.H2);

    @Override
    protected Facts factsWith(Dataset dataset) {
      return storage.load(dataset);
    }

    @Override
    protected int roundTripExamples() {
      return ContractStorage.EXAMPLES;
    }

    @AfterAll
    void dropStorage() {
      storage.close();
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class OnPostgresql extends ReviewPortContract {
    private final ContractStorage storage = new ContractStorage(TestDatabase.Kind.POSTGRESQL);

    @Override
    protected Facts factsWith(Dataset dataset) {
      return storage.load(dataset);
    }

    @Override
    protected int roundTripExamples() {
      return ContractStorage.EXAMPLES;
    }

    @AfterAll
    void dropStorage() {
      storage.close();
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class OnMariaDb extends ReviewPortContract {
    private final ContractStorage storage = new ContractStorage(TestDatabase.Kind.MARIADB);

    @Override
    protected Facts factsWith(Dataset dataset) {
      return storage.load(dataset);
    }

    @Override
    protected int roundTripExamples() {
      return ContractStorage.EXAMPLES;
    }

    @AfterAll
    void dropStorage() {
      storage.close();
    }
  }
}
