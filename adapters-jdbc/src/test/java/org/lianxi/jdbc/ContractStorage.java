package org.lianxi.jdbc;

import org.lianxi.core.domain.Dataset;
import org.lianxi.core.port.out.Facts;

/**
 * Fresh storage for the port contracts of the core test kit: one schema (or database) per contract
 * class and database, opened on first use and dropped afterwards; each {@link #load} migrates a new
 * set of tables under its own prefix in it and imports the dataset, so every call's storage is
 * independent of the earlier ones.
 */
final class ContractStorage implements AutoCloseable {
  /** Generated datasets per round-trip property: each one is a migration and an import. */
  static final int EXAMPLES = 5;

  private final TestDatabase.Kind kind;
  private TestDatabase db;
  private int loads;

  ContractStorage(TestDatabase.Kind kind) {
    this.kind = kind;
  }

  /** Ports over fresh tables holding exactly {@code dataset}. */
  synchronized Facts load(Dataset dataset) {
    if (db == null) {
      db = TestDatabases.open(kind);
    }
    JdbcOptions options = JdbcOptions.builder().tablePrefix("k" + ++loads + "_").build();
    JdbcLianxi lianxi = JdbcLianxi.of(db.dataSource(), options).migrate();
    lianxi.importDataset(dataset);
    return lianxi.facts();
  }

  @Override
  public synchronized void close() {
    if (db != null) {
      db.close();
    }
  }
}
