package org.lianxi.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.integrity.ChainHead;
import org.lianxi.core.integrity.ChainVerification;
import org.lianxi.core.integrity.HashChain;
import org.lianxi.core.integrity.LogEntry;
import org.lianxi.core.port.out.ActivityLogPort;

/**
 * The append-only, hash-chained activity log in the {@code activity} table. Every append takes the
 * chain head row under a database lock ({@code SELECT ... FOR UPDATE}), so appends from separate
 * connections and processes follow one another; each append is one transaction. Thread-safe when
 * its {@link Db} borrows connections from a DataSource.
 */
final class JdbcActivityLogAdapter implements ActivityLogPort {
  /**
   * From this many records on, PostgreSQL appends use COPY instead of batched INSERTs, and look up
   * the ids already logged through a temporary table instead of {@code IN} lists.
   */
  static final int COPY_FROM = PgCopy.FROM;

  private static final int BATCH = 1000;
  private static final int LOOKUP = 500;
  private static final int FETCH = 2000;

  private final Db db;

  JdbcActivityLogAdapter(Db db) {
    this.db = db;
  }

  @Override
  public ChainHead append(List<Activity> records) {
    return db.inTransaction(
        "append to the activity log", c -> appendLocked(c, lockHead(c), records));
  }

  @Override
  public ChainHead head() {
    return db.inTransaction("read the chain head", c -> readHead(c, false));
  }

  @Override
  public List<LogEntry> entries() {
    return db.inTransaction(
        "read the activity log",
        c -> {
          List<LogEntry> out = new ArrayList<>();
          try (PreparedStatement ps = select(c, "ORDER BY seq");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(entry(rs));
            }
          }
          return out;
        });
  }

  @Override
  public List<Activity> activities() {
    return db.inTransaction("read the activity log", c -> activities(c, null, null));
  }

  @Override
  public List<Activity> activitiesStartingBetween(LocalDate from, LocalDate to) {
    return db.inTransaction("read the activity log", c -> activities(c, from, to));
  }

  @Override
  public Optional<Activity> find(String activityId) {
    return db.inTransaction(
        "find an activity",
        c -> {
          Stored s = lookup(c, List.of(activityId)).get(activityId);
          return s == null ? Optional.empty() : Optional.of(s.activity());
        });
  }

  /** Every activity (or those starting in {@code from..to}) in sequence order. */
  List<Activity> activities(Connection c, LocalDate from, LocalDate to) throws SQLException {
    List<Activity> out = new ArrayList<>();
    String where = from == null ? "" : "WHERE start_at >= ? AND start_at < ? ";
    try (PreparedStatement ps = select(c, where + "ORDER BY seq")) {
      if (from != null) {
        ps.setObject(1, from.atStartOfDay(), java.sql.Types.TIMESTAMP);
        ps.setObject(2, to.plusDays(1).atStartOfDay(), java.sql.Types.TIMESTAMP);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(entry(rs).activity());
        }
      }
    }
    return out;
  }

  /**
   * Checks the stored chain with {@link HashChain#verify}, streaming the records in sequence order,
   * against {@code keptHead} or, without one, the stored chain head row. A record that is no longer
   * a valid activity (a column changed to nonsense) fails at its sequence number.
   */
  ChainVerification verify(Optional<ChainHead> keptHead) {
    return db.inTransaction(
        "verify the activity log",
        c -> {
          Optional<ChainHead> against =
              keptHead.isPresent() ? keptHead : Optional.of(readHead(c, false));
          try (PreparedStatement ps = select(c, "ORDER BY seq");
              ResultSet rs = ps.executeQuery()) {
            Rows rows = new Rows(rs);
            ChainVerification v;
            try {
              v = db.chain.verify(rows, against);
            } catch (Rows.Failure f) {
              throw f.getCause();
            }
            if (rows.unreadable == null
                || v.firstBrokenSequence().map(s -> s < rows.unreadableSeq).orElse(false)) {
              return v;
            }
            String why = rows.unreadable.getMessage();
            return new ChainVerification(
                false,
                rows.read,
                Optional.of(rows.unreadableSeq),
                Optional.of(why),
                Optional.of("第 " + rows.unreadableSeq + " 条记录已不是有效的活动记录：" + why));
          }
        });
  }

  /** The chain head row; with {@code lock}, locked until the transaction ends. */
  ChainHead lockHead(Connection c) throws SQLException {
    return readHead(c, true);
  }

  private ChainHead readHead(Connection c, boolean lock) throws SQLException {
    String sql =
        "SELECT seq, hash FROM "
            + db.tables.chainHead()
            + " WHERE id = 1"
            + (lock ? " FOR UPDATE" : "");
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new LianxiException(
            "database: the chain head row of "
                + db.tables.chainHead()
                + " is missing (has migrate() run? was it deleted?)");
      }
      return new ChainHead(rs.getLong(1), rs.getString(2));
    }
  }

  /**
   * Appends {@code records} after {@code head}, which the caller holds locked: identical records
   * already logged are skipped; an id logged with different content, or a correction of an unknown
   * record, fails the whole append.
   */
  ChainHead appendLocked(Connection c, ChainHead head, List<Activity> records) throws SQLException {
    if (records.isEmpty()) {
      return head;
    }
    Map<String, Stored> stored = Map.of();
    if (head.sequence() > 0) {
      Set<String> ids = new LinkedHashSet<>();
      for (Activity a : records) {
        ids.add(a.activityId());
        a.supersedes().ifPresent(ids::add);
      }
      stored = lookup(c, ids);
    }
    Map<String, Activity> added = new HashMap<>(records.size() * 2);
    List<Activity> fresh = new ArrayList<>(records.size());
    for (Activity a : records) {
      Stored logged = stored.get(a.activityId());
      Activity known = logged == null ? added.get(a.activityId()) : null;
      if (logged != null || known != null) {
        boolean same =
            logged != null
                ? logged.sameContentAs(a)
                : HashChain.canonical(known).equals(HashChain.canonical(a));
        if (same) {
          continue;
        }
        throw LianxiException.changedRecord(a.activityId());
      }
      if (a.supersedes().isPresent()) {
        String s = a.supersedes().get();
        LianxiException.check(
            stored.containsKey(s) || added.containsKey(s),
            "Activity[" + a.activityId() + "]",
            "supersedes",
            s,
            "no such record in the log (nor earlier in this import)");
      }
      added.put(a.activityId(), a);
      fresh.add(a);
    }
    if (fresh.isEmpty()) {
      return head;
    }
    ChainHead last = write(c, head, fresh);
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE " + db.tables.chainHead() + " SET seq = ?, hash = ? WHERE id = 1")) {
      ps.setLong(1, last.sequence());
      ps.setString(2, last.hash());
      ps.executeUpdate();
    }
    return last;
  }

  private ChainHead write(Connection c, ChainHead head, List<Activity> fresh) throws SQLException {
    long seq = head.sequence();
    String hash = head.hash();
    if (db.dialect == Dialect.POSTGRESQL && fresh.size() >= COPY_FROM && PgCopy.available(c)) {
      try (PgCopy copy = PgCopy.into(c, db.tables.activity(), ActivityRows.COLUMNS)) {
        for (Activity a : fresh) {
          hash = db.chain.link(hash, a);
          copy.row(++seq, ActivityRows.encode(a, hash));
        }
        copy.finish();
      }
      return new ChainHead(seq, hash);
    }
    String sql =
        "INSERT INTO "
            + db.tables.activity()
            + " ("
            + ActivityRows.NAMES
            + ") VALUES ("
            + Column.marks(ActivityRows.COLUMNS.size() + 1)
            + ")";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int n = 0;
      for (Activity a : fresh) {
        hash = db.chain.link(hash, a);
        Object[] row = ActivityRows.encode(a, hash);
        ps.setLong(1, ++seq);
        for (int i = 0; i < row.length; i++) {
          ActivityRows.COLUMNS.get(i).bind(ps, i + 2, row[i]);
        }
        ps.addBatch();
        if (++n % BATCH == 0) {
          ps.executeBatch();
        }
      }
      if (n % BATCH != 0) {
        ps.executeBatch();
      }
    }
    return new ChainHead(seq, hash);
  }

  /**
   * The stored records with these ids (those that exist). Many ids on PostgreSQL go into a
   * temporary table (COPY) joined with the log in one query; otherwise they are looked up {@value
   * #LOOKUP} at a time.
   */
  private Map<String, Stored> lookup(Connection c, java.util.Collection<String> ids)
      throws SQLException {
    Map<String, Stored> found = new HashMap<>();
    if (db.dialect == Dialect.POSTGRESQL && ids.size() >= COPY_FROM && PgCopy.available(c)) {
      String wanted = "pg_temp." + db.tables.of("wanted_ids");
      try (Statement st = c.createStatement()) {
        st.execute(
            "CREATE TEMPORARY TABLE " + wanted + " (id VARCHAR(100) NOT NULL) ON COMMIT DROP");
        try (PgCopy copy = PgCopy.into(c, wanted, null, WANTED)) {
          Object[] row = new Object[1];
          for (String id : ids) {
            row[0] = id;
            copy.row(row);
          }
          copy.finish();
        }
        st.execute("ANALYZE " + wanted);
      }
      try (PreparedStatement ps =
              select(c, "WHERE activity_id IN (SELECT id FROM " + wanted + ")");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Stored s = stored(rs);
          found.put((String) s.row[0], s);
        }
      }
      try (Statement st = c.createStatement()) {
        st.execute("DROP TABLE " + wanted);
      }
      return found;
    }
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += LOOKUP) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP));
      try (PreparedStatement ps =
          select(c, "WHERE activity_id IN (" + Column.marks(chunk.size()) + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Stored s = stored(rs);
            found.put((String) s.row[0], s);
          }
        }
      }
    }
    return found;
  }

  private static final List<Column> WANTED = List.of(Column.text("id", FactTables.ID));

  private static Stored stored(ResultSet rs) throws SQLException {
    return new Stored(rs.getLong(1), Column.readRow(rs, ActivityRows.COLUMNS, 2));
  }

  /** A stored record as read: its sequence number and row, decoded only when needed. */
  private static final class Stored {
    final long seq;
    final Object[] row;

    Stored(long seq, Object[] row) {
      this.seq = seq;
      this.row = row;
    }

    /** The activity; fails naming the sequence number when the row is not a valid activity. */
    Activity activity() {
      return ActivityRows.decode(seq, row);
    }

    /**
     * Whether the stored record has the content of {@code a} (the same canonical encoding, as the
     * hash chain sees it). A row equal to {@code a}'s is; any other is decoded and compared.
     */
    boolean sameContentAs(Activity a) {
      Object[] mine = ActivityRows.values(a);
      boolean equal = true;
      for (int i = 0; i < ActivityRows.HASH && equal; i++) {
        equal = java.util.Objects.equals(row[i], mine[i]);
      }
      return equal || HashChain.canonical(activity()).equals(HashChain.canonical(a));
    }
  }

  private PreparedStatement select(Connection c, String rest) throws SQLException {
    PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + ActivityRows.NAMES + " FROM " + db.tables.activity() + " " + rest);
    ps.setFetchSize(FETCH);
    return ps;
  }

  private static LogEntry entry(ResultSet rs) throws SQLException {
    long seq = rs.getLong(1);
    Object[] row = Column.readRow(rs, ActivityRows.COLUMNS, 2);
    return new LogEntry(seq, ActivityRows.decode(seq, row), (String) row[ActivityRows.HASH]);
  }

  /**
   * The stored records as an iterator for {@link HashChain#verify}: stops before a record that is
   * not a valid activity and remembers it.
   */
  private static final class Rows implements Iterator<LogEntry> {
    /** Carries an SQLException out of {@link Iterator} methods. */
    static final class Failure extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Failure(SQLException e) {
        super(e);
      }

      @Override
      public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
      }
    }

    private final ResultSet rs;
    private LogEntry next;
    private boolean done;
    long read;
    LianxiException unreadable;
    long unreadableSeq;

    Rows(ResultSet rs) {
      this.rs = rs;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        try {
          if (rs.next()) {
            long seq = rs.getLong(1);
            try {
              next = entry(rs);
            } catch (LianxiException e) {
              unreadable = e;
              unreadableSeq = seq;
              done = true;
            }
          } else {
            done = true;
          }
        } catch (SQLException e) {
          throw new Failure(e);
        }
      }
      return next != null;
    }

    @Override
    public LogEntry next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      LogEntry e = next;
      next = null;
      read++;
      return e;
    }
  }
}
