package org.lianxi.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL's {@code COPY ... FROM STDIN} for bulk inserts, inside the caller's transaction. The
 * only class that touches the PostgreSQL driver: it is loaded only for PostgreSQL connections whose
 * driver is visible to the library. Not thread-safe; one instance per COPY.
 */
final class PgCopy implements AutoCloseable {
  private static final int FLUSH = 1 << 18;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private final CopyIn copy;
  private final List<Column> columns;
  private final StringBuilder buffer = new StringBuilder(FLUSH + 4096);

  private PgCopy(CopyIn copy, List<Column> columns) {
    this.copy = copy;
    this.columns = columns;
  }

  /** Whether {@code c} is a PostgreSQL connection that can COPY. */
  static boolean available(Connection c) {
    try {
      return c.isWrapperFor(PGConnection.class);
    } catch (SQLException | LinkageError e) {
      return false;
    }
  }

  /** Starts a COPY of {@code seq} and {@code columns} into {@code table}. */
  static PgCopy into(Connection c, String table, List<Column> columns) throws SQLException {
    String sql =
        "COPY "
            + table
            + " (seq, "
            + Column.names(columns)
            + ") FROM STDIN WITH (FORMAT csv, ENCODING 'UTF8')";
    return new PgCopy(c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql), columns);
  }

  /** Adds one row: {@code seq} then the values of the columns. */
  void row(long seq, Object[] values) throws SQLException {
    buffer.append(seq);
    for (int i = 0; i < values.length; i++) {
      buffer.append(',');
      Object v = values[i];
      if (v == null) {
        continue; // unquoted empty: NULL
      }
      switch (columns.get(i).kind) {
        case TEXT:
          quote((String) v);
          break;
        case TIME:
          buffer.append(TIME.format((LocalDateTime) v));
          break;
        default:
          buffer.append(v);
      }
    }
    buffer.append('\n');
    if (buffer.length() >= FLUSH) {
      flush();
    }
  }

  private void quote(String s) {
    buffer.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '"') {
        buffer.append('"');
      }
      buffer.append(ch);
    }
    buffer.append('"');
  }

  private void flush() throws SQLException {
    if (buffer.length() > 0) {
      byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      buffer.setLength(0);
    }
  }

  /** Ends the COPY; returns the number of rows copied. */
  long finish() throws SQLException {
    flush();
    return copy.endCopy();
  }

  @Override
  public void close() throws SQLException {
    if (copy.isActive()) {
      copy.cancelCopy();
    }
  }
}
