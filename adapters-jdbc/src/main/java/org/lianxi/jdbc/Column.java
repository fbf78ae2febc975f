package org.lianxi.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.lianxi.core.domain.LianxiException;

/**
 * One column of a library table: its name, kind, maximum length (text) and whether it may be NULL.
 * Binds and reads values of one Java type per kind ({@code String}, {@code Integer}, {@code
 * Boolean}, {@code LocalDate}, {@code LocalDateTime} at second precision), so that a row read back
 * equals the row written. Immutable.
 */
final class Column {
  enum Kind {
    TEXT,
    INT,
    BOOL,
    DATE,
    TIME
  }

  final String name;
  final Kind kind;
  final int length;
  final boolean nullable;

  private Column(String name, Kind kind, int length, boolean nullable) {
    this.name = name;
    this.kind = kind;
    this.length = length;
    this.nullable = nullable;
  }

  static Column text(String name, int length) {
    return new Column(name, Kind.TEXT, length, false);
  }

  static Column integer(String name) {
    return new Column(name, Kind.INT, 0, false);
  }

  static Column bool(String name) {
    return new Column(name, Kind.BOOL, 0, false);
  }

  static Column date(String name) {
    return new Column(name, Kind.DATE, 0, false);
  }

  static Column time(String name) {
    return new Column(name, Kind.TIME, 0, false);
  }

  Column orNull() {
    return new Column(name, kind, length, true);
  }

  /** A date-time as stored: to the second (what the hash chain covers). */
  static LocalDateTime seconds(LocalDateTime t) {
    return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * Checks {@code value} against the column (not null unless nullable; text within its length and
   * valid Unicode), naming {@code where} and the column if it fails.
   */
  void check(String where, Object value) {
    if (value == null) {
      LianxiException.check(nullable, where, name, null, "must not be null");
      return;
    }
    if (kind != Kind.TEXT) {
      return;
    }
    String s = (String) value;
    if (s.length() > length) {
      // a string of at most `length` chars has at most `length` code points
      int n = s.codePointCount(0, s.length());
      LianxiException.check(
          n <= length,
          where,
          name,
          "\"" + (n > 40 ? s.substring(0, s.offsetByCodePoints(0, 40)) + "…" : s) + "\"",
          "longer than " + length + " characters (" + n + "), the limit of its column");
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isSurrogate(ch)) {
        boolean paired =
            Character.isHighSurrogate(ch)
                && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
        LianxiException.check(
            paired,
            where,
            name,
            String.format("U+%04X at index %d", (int) ch, i),
            "an unpaired surrogate is not text (it cannot be stored as UTF-8)");
        i++;
      }
    }
  }

  void bind(PreparedStatement ps, int index, Object value) throws SQLException {
    if (value == null) {
      ps.setNull(index, sqlType());
      return;
    }
    switch (kind) {
      case TEXT:
        ps.setString(index, (String) value);
        return;
      case INT:
        ps.setInt(index, (Integer) value);
        return;
      case BOOL:
        ps.setBoolean(index, (Boolean) value);
        return;
      case DATE:
        ps.setObject(index, value, Types.DATE);
        return;
      case TIME:
        ps.setObject(index, value, Types.TIMESTAMP);
        return;
    }
    throw new AssertionError(kind);
  }

  Object read(ResultSet rs, int index) throws SQLException {
    switch (kind) {
      case TEXT:
        return rs.getString(index);
      case INT:
        {
          int v = rs.getInt(index);
          return rs.wasNull() ? null : v;
        }
      case BOOL:
        {
          boolean v = rs.getBoolean(index);
          return rs.wasNull() ? null : v;
        }
      case DATE:
        return rs.getObject(index, LocalDate.class);
      case TIME:
        return seconds(rs.getObject(index, LocalDateTime.class));
    }
    throw new AssertionError(kind);
  }

  private int sqlType() {
    switch (kind) {
      case TEXT:
        return Types.VARCHAR;
      case INT:
        return Types.INTEGER;
      case BOOL:
        return Types.BOOLEAN;
      case DATE:
        return Types.DATE;
      case TIME:
        return Types.TIMESTAMP;
    }
    throw new AssertionError(kind);
  }

  static String names(List<Column> columns) {
    return columns.stream().map(c -> c.name).collect(Collectors.joining(", "));
  }

  static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  static Object[] readRow(ResultSet rs, List<Column> columns, int firstIndex) throws SQLException {
    Object[] row = new Object[columns.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = columns.get(i).read(rs, firstIndex + i);
    }
    return row;
  }
}
