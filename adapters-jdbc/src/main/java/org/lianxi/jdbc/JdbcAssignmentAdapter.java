package org.lianxi.jdbc;

import java.util.List;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.port.out.AssignmentPort;

/**
 * AssignmentPort over the {@code assignment} table, read in source order on each call (no cache).
 * Written by {@link JdbcLianxi#importDataset}. Thread-safe when its {@link Db} borrows connections
 * from a DataSource.
 */
final class JdbcAssignmentAdapter implements AssignmentPort {
  private final Db db;

  JdbcAssignmentAdapter(Db db) {
    this.db = db;
  }

  @Override
  public List<Assignment> assignments() {
    return db.inTransaction("read assignments", c -> FactTables.ASSIGNMENTS.readAll(c, db.tables));
  }
}
