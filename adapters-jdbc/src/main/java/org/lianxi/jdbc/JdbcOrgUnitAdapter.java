package org.lianxi.jdbc;

import java.util.List;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.port.out.OrgUnitPort;

/**
 * OrgUnitPort over the {@code org_unit} table, read in source order on each call (no cache).
 * Written by {@link JdbcLianxi#importDataset}. Thread-safe when its {@link Db} borrows connections
 * from a DataSource.
 */
final class JdbcOrgUnitAdapter implements OrgUnitPort {
  private final Db db;

  JdbcOrgUnitAdapter(Db db) {
    this.db = db;
  }

  @Override
  public List<OrgUnit> orgUnits() {
    return db.inTransaction("read org units", c -> FactTables.ORG_UNITS.readAll(c, db.tables));
  }
}
