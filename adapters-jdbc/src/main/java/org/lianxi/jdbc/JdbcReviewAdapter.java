package org.lianxi.jdbc;

import java.util.List;
import org.lianxi.core.domain.Review;
import org.lianxi.core.port.out.ReviewPort;

/**
 * ReviewPort over the {@code review} table: reviews in the order recorded; adding one identical to
 * a stored review is a no-op. Writers take the chain head lock, so concurrent writers follow one
 * another. Thread-safe when its {@link Db} borrows connections from a DataSource.
 */
final class JdbcReviewAdapter implements ReviewPort {
  private final Db db;
  private final JdbcActivityLogAdapter log;

  JdbcReviewAdapter(Db db, JdbcActivityLogAdapter log) {
    this.db = db;
    this.log = log;
  }

  @Override
  public List<Review> reviews() {
    return db.inTransaction("read reviews", c -> FactTables.REVIEWS.readAll(c, db.tables));
  }

  @Override
  public void add(Review review) {
    List<Object[]> row = FactTables.REVIEWS.encodeAll(List.of(review));
    db.inTransaction(
        "add a review",
        c -> {
          log.lockHead(c);
          FactTables.REVIEWS.merge(c, db.tables, db.dialect, row);
          return null;
        });
  }
}
