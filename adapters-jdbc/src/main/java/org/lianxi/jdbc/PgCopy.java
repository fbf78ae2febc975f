package org.lianxi.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL's {@code COPY ... FROM STDIN} (CSV) for bulk inserts, inside the caller's transaction.
 * Rows are encoded straight to UTF-8 bytes. The only class that touches the PostgreSQL driver: it
 * is loaded only for PostgreSQL connections whose driver is visible to the library. Not
 * thread-safe; one instance per COPY.
 */
final class PgCopy implements AutoCloseable {
  private static final int FLUSH = 1 << 18;

  /** From this many rows on, bulk writes on PostgreSQL use COPY instead of batched INSERTs. */
  static final int FROM = 1000;

  private final CopyIn copy;
  private final List<Column> columns;
  private byte[] buffer = new byte[FLUSH + 8192];
  private int size;

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
    return into(c, table, "seq", columns);
  }

  /**
   * Starts a COPY into {@code table} of {@code first} (a whole number given to {@link #row(long,
   * Object[])}; none when null) and {@code columns}.
   */
  static PgCopy into(Connection c, String table, String first, List<Column> columns)
      throws SQLException {
    String sql =
        "COPY "
            + table
            + " ("
            + (first == null ? "" : first + ", ")
            + Column.names(columns)
            + ") FROM STDIN WITH (FORMAT csv, ENCODING 'UTF8')";
    return new PgCopy(c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql), columns);
  }

  /** Adds one row: {@code seq} then the values of the columns (NULL as an unquoted empty field). */
  void row(long seq, Object[] values) throws SQLException {
    ascii(Long.toString(seq));
    put(',');
    row(values);
  }

  /** Adds one row: the values of the columns (NULL as an unquoted empty field). */
  void row(Object[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        put(',');
      }
      Object v = values[i];
      if (v == null) {
        continue;
      }
      switch (columns.get(i).kind) {
        case TEXT:
          quoted((String) v);
          break;
        case TIME:
          time((LocalDateTime) v);
          break;
        case DATE:
          date((LocalDate) v);
          break;
        default:
          ascii(v.toString());
      }
    }
    put('\n');
    if (size >= FLUSH) {
      flush();
    }
  }

  /** {@code yyyy-MM-dd} with a year of at least 4 digits; {@code BC} for years 0 and below. */
  private void date(LocalDate d) {
    int year = d.getYear();
    day(year, d.getMonthValue(), d.getDayOfMonth());
    if (year <= 0) {
      ascii(" BC");
    }
  }

  private void day(int isoYear, int month, int day) {
    int year = isoYear > 0 ? isoYear : 1 - isoYear;
    digits(year, Math.max(4, Integer.toString(year).length()));
    put('-');
    digits(month, 2);
    put('-');
    digits(day, 2);
  }

  /** {@code yyyy-MM-dd HH:mm:ss} with a year of at least 4 digits; {@code BC} for years <= 0. */
  private void time(LocalDateTime t) {
    day(t.getYear(), t.getMonthValue(), t.getDayOfMonth());
    put(' ');
    digits(t.getHour(), 2);
    put(':');
    digits(t.getMinute(), 2);
    put(':');
    digits(t.getSecond(), 2);
    if (t.getYear() <= 0) {
      ascii(" BC");
    }
  }

  private void digits(int value, int width) {
    ensure(width);
    for (int i = width - 1; i >= 0; i--) {
      buffer[size + i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    size += width;
  }

  private void ascii(String s) {
    ensure(s.length());
    for (int i = 0; i < s.length(); i++) {
      buffer[size++] = (byte) s.charAt(i);
    }
  }

  /** A CSV field in double quotes, quotes doubled, encoded as UTF-8. */
  private void quoted(String s) {
    ensure(2 + 6 * s.length());
    buffer[size++] = '"';
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < 0x80) {
        if (ch == '"') {
          buffer[size++] = '"';
        }
        buffer[size++] = (byte) ch;
      } else if (ch < 0x800) {
        buffer[size++] = (byte) (0xC0 | (ch >> 6));
        buffer[size++] = (byte) (0x80 | (ch & 0x3F));
      } else if (Character.isHighSurrogate(ch)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(ch, s.charAt(++i));
        buffer[size++] = (byte) (0xF0 | (cp >> 18));
        buffer[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buffer[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buffer[size++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(ch)) {
        throw new IllegalStateException("unpaired surrogate: Column.check lets none through");
      } else {
        buffer[size++] = (byte) (0xE0 | (ch >> 12));
        buffer[size++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
        buffer[size++] = (byte) (0x80 | (ch & 0x3F));
      }
    }
    buffer[size++] = '"';
  }

  private void put(char ascii) {
    ensure(1);
    buffer[size++] = (byte) ascii;
  }

  private void ensure(int more) {
    if (size + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
    }
  }

  private void flush() throws SQLException {
    if (size > 0) {
      copy.writeToCopy(buffer, 0, size);
      size = 0;
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
