package org.lianxi.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.port.contract.CalendarPortContract;
import org.lianxi.core.port.out.Facts;

/** {@link CalendarPortContract} of the core test kit against the JDBC adapters on each database. */
class JdbcCalendarContractTest {
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class OnH2 extends CalendarPortContract {
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
  class OnPostgresql extends CalendarPortContract {
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
  class OnMariaDb extends CalendarPortContract {
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
