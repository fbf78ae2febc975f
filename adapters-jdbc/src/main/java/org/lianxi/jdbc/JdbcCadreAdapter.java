package org.lianxi.jdbc;

import java.util.List;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.port.out.CadrePort;

/**
 * CadrePort over the {@code cadre} table, read in source order on each call (no cache). Written by
 * {@link JdbcLianxi#importDataset}. Thread-safe when its {@link Db} borrows connections from a
 * DataSource.
 */
final class JdbcCadreAdapter implements CadrePort {
  private final Db db;

  JdbcCadreAdapter(Db db) {
    this.db = db;
  }

  @Override
  public List<Cadre> cadres() {
    return db.inTransaction("read cadres", c -> FactTables.CADRES.readAll(c, db.tables));
  }
}
