package org.lianxi.jdbc;

import java.util.List;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.port.out.FeedbackPort;

/**
 * FeedbackPort over the {@code feedback} table, read in source order on each call (no cache).
 * Written by {@link JdbcLianxi#importDataset}. Thread-safe when its {@link Db} borrows connections
 * from a DataSource.
 */
final class JdbcFeedbackAdapter implements FeedbackPort {
  private final Db db;

  JdbcFeedbackAdapter(Db db) {
    this.db = db;
  }

  @Override
  public List<Feedback> feedback() {
    return db.inTransaction("read feedback", c -> FactTables.FEEDBACK.readAll(c, db.tables));
  }
}
