package org.lianxi.jdbc;

import java.util.List;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.port.out.AbsencePort;

/**
 * AbsencePort over the {@code absence} table, read in source order on each call (no cache). Written
 * by {@link JdbcLianxi#importDataset}. Thread-safe when its {@link Db} borrows connections from a
 * DataSource.
 */
final class JdbcAbsenceAdapter implements AbsencePort {
  private final Db db;

  JdbcAbsenceAdapter(Db db) {
    this.db = db;
  }

  @Override
  public List<Absence> absences() {
    return db.inTransaction("read absences", c -> FactTables.ABSENCES.readAll(c, db.tables));
  }
}
