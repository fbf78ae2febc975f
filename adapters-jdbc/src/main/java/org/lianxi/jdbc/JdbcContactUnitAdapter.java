package org.lianxi.jdbc;

import java.util.List;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.port.out.ContactUnitPort;

/**
 * ContactUnitPort over the {@code contact_unit} table, read in source order on each call (no
 * cache). Written by {@link JdbcLianxi#importDataset}. Thread-safe when its {@link Db} borrows
 * connections from a DataSource.
 */
final class JdbcContactUnitAdapter implements ContactUnitPort {
  private final Db db;

  JdbcContactUnitAdapter(Db db) {
    this.db = db;
  }

  @Override
  public List<ContactUnit> contactUnits() {
    return db.inTransaction(
        "read contact units", c -> FactTables.CONTACT_UNITS.readAll(c, db.tables));
  }
}
