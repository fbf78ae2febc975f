package org.lianxi.jdbc;

import java.util.List;
import org.lianxi.core.domain.Break;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.WorkdayOverride;
import org.lianxi.core.port.out.CalendarPort;

/**
 * CalendarPort over the {@code term}, {@code teaching_break} and {@code workday} tables, read in
 * source order on each call (no cache). Written by {@link JdbcLianxi#importDataset}. Thread-safe
 * when its {@link Db} borrows connections from a DataSource.
 */
final class JdbcCalendarAdapter implements CalendarPort {
  private final Db db;

  JdbcCalendarAdapter(Db db) {
    this.db = db;
  }

  @Override
  public List<Term> terms() {
    return db.inTransaction("read terms", c -> FactTables.TERMS.readAll(c, db.tables));
  }

  @Override
  public List<Break> breaks() {
    return db.inTransaction("read breaks", c -> FactTables.BREAKS.readAll(c, db.tables));
  }

  @Override
  public List<WorkdayOverride> workdays() {
    return db.inTransaction("read workdays", c -> FactTables.WORKDAYS.readAll(c, db.tables));
  }
}
