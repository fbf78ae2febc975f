package org.lianxi.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.integrity.ChainHead;
import org.lianxi.core.integrity.ChainVerification;
import org.lianxi.core.port.in.ImportDatasetUseCase;
import org.lianxi.core.port.out.Facts;

/**
 * Lianxi in a relational database (H2 2.x, PostgreSQL 15+, MariaDB 10.11+): the facts of SPEC §5
 * and the hash-chained activity log as {@link Facts} for the evaluator, dataset import, chain
 * verification and stored evaluations, all over a host's {@link DataSource}.
 *
 * <pre>{@code
 * JdbcLianxi lianxi = JdbcLianxi.of(dataSource).migrate();   // creates or updates the tables
 * ChainHead head = lianxi.importDataset(dataset);           // one transaction, all or nothing
 * Facts facts = lianxi.facts();                             // read by the evaluator
 * RecordActivityUseCase.using(facts.activityLog(), clock).record(activity);
 * ChainVerification check = lianxi.verify(Optional.of(keptHead));
 * }</pre>
 *
 * <p><b>Transactions.</b> Over a DataSource each call borrows a connection, runs in a transaction
 * of its own and returns the connection. To make Lianxi's writes part of the host's transaction,
 * pass the host's connection to {@link #joining(Connection)}: every call of the returned view runs
 * on that connection under a savepoint (all or nothing within the host's transaction) and never
 * commits, rolls back or closes it; the host's commit or rollback decides. With Spring, for
 * example: {@code lianxi.joining(DataSourceUtils.getConnection(dataSource))} inside a
 * {@code @Transactional} method.
 *
 * <p><b>Concurrency.</b> Every write (import, append, review) first locks the chain head row
 * ({@code SELECT ... FOR UPDATE}), so writers in separate connections, pools and processes follow
 * one another and the chain stays linear; readers do not lock.
 *
 * <p><b>Storage.</b> Times are stored to the second, the precision of the hash chain. Importing a
 * dataset makes each fact table hold that dataset's facts in its order (rows already equal are left
 * alone, so re-importing the same dataset writes nothing), merges its reviews, and appends its
 * activities to the log: a record already logged with identical content is skipped, one with the
 * same id and different content fails the import naming it (SPEC §3.1 corrections). The log is
 * never updated or deleted by the library.
 *
 * <p>Thread-safe when built over a DataSource (it holds no mutable state; thread-safety of the
 * DataSource is the host's). A view from {@link #joining(Connection)} is confined to the thread
 * that owns the connection.
 */
public final class JdbcLianxi implements ImportDatasetUseCase {
  private final Db db;
  private final JdbcActivityLogAdapter log;
  private final Facts facts;
  private final JdbcEvaluationStore evaluations;

  private JdbcLianxi(Db db) {
    this.db = db;
    this.log = new JdbcActivityLogAdapter(db);
    this.evaluations = new JdbcEvaluationStore(db, log);
    this.facts =
        new Facts(
            new JdbcOrgUnitAdapter(db),
            new JdbcCadreAdapter(db),
            new JdbcContactUnitAdapter(db),
            new JdbcAssignmentAdapter(db),
            log,
            new JdbcAbsenceAdapter(db),
            new JdbcCalendarAdapter(db),
            new JdbcFeedbackAdapter(db),
            new JdbcReviewAdapter(db, log));
  }

  /**
   * Lianxi over {@code dataSource} with the default options. Connects once to detect the database.
   */
  public static JdbcLianxi of(DataSource dataSource) {
    return of(dataSource, JdbcOptions.defaults());
  }

  /** Lianxi over {@code dataSource}. Connects once to detect the database. */
  public static JdbcLianxi of(DataSource dataSource, JdbcOptions options) {
    Dialect dialect;
    try (Connection c = dataSource.getConnection()) {
      dialect = Dialect.of(c);
    } catch (SQLException e) {
      throw Db.failure("connecting", e);
    }
    return new JdbcLianxi(
        Db.over(dataSource, dialect, new Tables(options.tablePrefix()), options.hashChain()));
  }

  /**
   * The same Lianxi working inside the host's transaction on {@code hostConnection}: each call runs
   * under a savepoint on it (all or nothing) and never commits, rolls back or closes it. When the
   * connection is in auto-commit mode, each call is a transaction of its own on it. {@link
   * #migrate()} is not available on this view.
   */
  public JdbcLianxi joining(Connection hostConnection) {
    Dialect dialect;
    try {
      dialect = Dialect.of(hostConnection);
    } catch (SQLException e) {
      throw Db.failure("reading the connection's metadata", e);
    }
    return new JdbcLianxi(Db.joining(hostConnection, dialect, db.tables, db.chain));
  }

  /**
   * Creates or updates the library's tables (Flyway, history table {@code <prefix>schema_history})
   * in the DataSource's current schema, whether empty or holding the host's tables.
   *
   * @return this
   */
  public JdbcLianxi migrate() {
    Migrations.migrate(db.dataSource(), db.dialect, db.tables);
    return this;
  }

  /** The driven ports over the database, for the evaluator (each read goes to the database). */
  public Facts facts() {
    return facts;
  }

  /** Stored evaluations: save them, load them, read cadre dossiers across terms. */
  public JdbcEvaluationStore evaluations() {
    return evaluations;
  }

  /**
   * Imports {@code dataset} in one transaction, all or nothing: each fact table afterwards holds
   * the dataset's facts in its order (unchanged rows are not touched), reviews are merged,
   * activities appended to the log. Re-importing the same dataset writes nothing. Bad input (a
   * repeated id, a value too long for its column, an activity id logged with different content, a
   * correction of an unknown record) fails before or during the transaction, naming the value, and
   * changes nothing.
   *
   * @return the chain head afterwards, for the host to keep
   */
  @Override
  public ChainHead importDataset(Dataset dataset) {
    // encode and check everything first: bad input fails before any database work
    List<List<Object[]>> rows = new ArrayList<>();
    for (FactTable<?> table : FactTables.REPLACED) {
      rows.add(table.encode(dataset));
    }
    List<Object[]> reviews = FactTables.REVIEWS.encode(dataset);
    List<Activity> activities = dataset.activities();
    return db.inTransaction(
        "importing a dataset",
        c -> {
          ChainHead head = log.lockHead(c);
          for (int i = 0; i < rows.size(); i++) {
            FactTables.REPLACED.get(i).replace(c, db.tables, db.dialect, rows.get(i));
          }
          FactTables.REVIEWS.merge(c, db.tables, db.dialect, reviews);
          return log.appendLocked(c, head, activities);
        });
  }

  /**
   * Every fact in one transaction, read under the chain head lock so that no write interleaves: a
   * consistent {@link Dataset} (activities in log order).
   */
  public Dataset snapshot() {
    return db.inTransaction(
        "reading a snapshot",
        c -> {
          log.lockHead(c);
          return Dataset.builder()
              .orgUnits(FactTables.ORG_UNITS.readAll(c, db.tables))
              .cadres(FactTables.CADRES.readAll(c, db.tables))
              .contactUnits(FactTables.CONTACT_UNITS.readAll(c, db.tables))
              .assignments(FactTables.ASSIGNMENTS.readAll(c, db.tables))
              .activities(log.activities(c, null, null))
              .absences(FactTables.ABSENCES.readAll(c, db.tables))
              .terms(FactTables.TERMS.readAll(c, db.tables))
              .breaks(FactTables.BREAKS.readAll(c, db.tables))
              .workdays(FactTables.WORKDAYS.readAll(c, db.tables))
              .feedback(FactTables.FEEDBACK.readAll(c, db.tables))
              .reviews(FactTables.REVIEWS.readAll(c, db.tables))
              .build();
        });
  }

  /**
   * Checks the stored activity log's hash chain (streamed in sequence order) against {@code
   * keptHead}, the head the host kept after its last append, or, when empty, against the chain head
   * row in the database. Detects records changed, deleted, inserted or reordered behind the
   * library's back and names the first record that fails.
   */
  public ChainVerification verify(Optional<ChainHead> keptHead) {
    return log.verify(keptHead);
  }
}
