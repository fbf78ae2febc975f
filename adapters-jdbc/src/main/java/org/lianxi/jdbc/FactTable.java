package org.lianxi.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.LianxiException;

/**
 * How one kind of fact is kept in its table: the columns (after {@code pos}, the source order), the
 * mapping to and from a row, and the natural key a dataset must not repeat. Immutable.
 *
 * @param <T> the fact's type
 */
final class FactTable<T> {
  static final int BATCH = 500;

  final String base;
  final String kind;
  final List<Column> columns;
  private final Function<Dataset, List<T>> source;
  private final Function<T, Object[]> encoder;
  private final Function<Object[], T> decoder;
  private final Function<T, String> label;
  private final Function<T, List<Object>> key;
  private final String keyColumns;

  private FactTable(
      String base,
      String kind,
      Function<Dataset, List<T>> source,
      List<Column> columns,
      Function<T, Object[]> encoder,
      Function<Object[], T> decoder,
      Function<T, String> label,
      Function<T, List<Object>> key,
      String keyColumns) {
    this.base = base;
    this.kind = kind;
    this.source = source;
    this.columns = List.copyOf(columns);
    this.encoder = encoder;
    this.decoder = decoder;
    this.label = label;
    this.key = key;
    this.keyColumns = keyColumns;
  }

  /** A table whose rows have no natural key (any content may repeat). */
  static <T> FactTable<T> keyless(
      String base,
      String kind,
      Function<Dataset, List<T>> source,
      List<Column> columns,
      Function<T, Object[]> encoder,
      Function<Object[], T> decoder,
      Function<T, String> label) {
    return new FactTable<>(base, kind, source, columns, encoder, decoder, label, null, null);
  }

  /** A table whose rows are unique by {@code key} (the columns named {@code keyColumns}). */
  static <T> FactTable<T> keyed(
      String base,
      String kind,
      Function<Dataset, List<T>> source,
      List<Column> columns,
      Function<T, Object[]> encoder,
      Function<Object[], T> decoder,
      Function<T, String> label,
      Function<T, List<Object>> key,
      String keyColumns) {
    return new FactTable<>(base, kind, source, columns, encoder, decoder, label, key, keyColumns);
  }

  /** The rows of this table's facts in {@code dataset}, checked as {@link #encodeAll}. */
  List<Object[]> encode(Dataset dataset) {
    return encodeAll(source.apply(dataset));
  }

  /** The rows of {@code values}, checked against the columns and the natural key. */
  List<Object[]> encodeAll(List<T> values) {
    List<Object[]> rows = new ArrayList<>(values.size());
    Set<List<Object>> keys = new HashSet<>();
    for (T v : values) {
      Object[] row = encoder.apply(v);
      String where = label.apply(v);
      for (int i = 0; i < row.length; i++) {
        columns.get(i).check(where, row[i]);
      }
      if (key != null && !keys.add(key.apply(v))) {
        throw new LianxiException(
            "Dataset: " + where + " appears twice (" + keyColumns + " must be unique)");
      }
      rows.add(row);
    }
    return rows;
  }

  /** Every fact in source order. */
  List<T> readAll(Connection c, Tables t) throws SQLException {
    List<T> out = new ArrayList<>();
    for (Map.Entry<Integer, Object[]> e : rows(c, t).entrySet()) {
      out.add(decode(t, e.getKey(), e.getValue()));
    }
    return out;
  }

  T decode(Tables t, int pos, Object[] row) {
    try {
      return decoder.apply(row);
    } catch (RuntimeException e) {
      throw new LianxiException(
          "database: " + t.of(base) + " row pos=" + pos + " is not a valid " + kind + ": " + e, e);
    }
  }

  /** The stored rows by position. */
  TreeMap<Integer, Object[]> rows(Connection c, Tables t) throws SQLException {
    TreeMap<Integer, Object[]> rows = new TreeMap<>();
    String sql = "SELECT pos, " + Column.names(columns) + " FROM " + t.of(base) + " ORDER BY pos";
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows.put(rs.getInt(1), Column.readRow(rs, columns, 2));
      }
    }
    return rows;
  }

  /**
   * Makes the table hold exactly {@code want} in this order, touching only rows that differ: an
   * identical row at its position is left alone, so importing the same facts again writes nothing.
   * Many new rows on PostgreSQL go in with COPY.
   */
  void replace(Connection c, Tables t, Dialect dialect, List<Object[]> want) throws SQLException {
    Map<Integer, Object[]> have = rows(c, t);
    List<Integer> delete = new ArrayList<>();
    List<Integer> insert = new ArrayList<>();
    for (Map.Entry<Integer, Object[]> e : have.entrySet()) {
      int pos = e.getKey();
      if (pos < 0 || pos >= want.size() || !Arrays.equals(e.getValue(), want.get(pos))) {
        delete.add(pos);
      }
    }
    for (int pos = 0; pos < want.size(); pos++) {
      Object[] old = have.get(pos);
      if (old == null || !Arrays.equals(old, want.get(pos))) {
        insert.add(pos);
      }
    }
    delete(c, t, delete);
    Map<Integer, Object[]> rows = new TreeMap<>();
    for (int pos : insert) {
      rows.put(pos, want.get(pos));
    }
    insert(c, t, dialect, rows);
  }

  /** Adds the rows of {@code want} not already stored (by content), after the stored ones. */
  void merge(Connection c, Tables t, Dialect dialect, List<Object[]> want) throws SQLException {
    TreeMap<Integer, Object[]> have = rows(c, t);
    Set<List<Object>> known = new HashSet<>();
    have.values().forEach(r -> known.add(Arrays.asList(r)));
    int next = have.isEmpty() ? 0 : have.lastKey() + 1;
    Map<Integer, Object[]> rows = new TreeMap<>();
    for (Object[] row : want) {
      if (known.add(Arrays.asList(row))) {
        rows.put(next++, row);
      }
    }
    insert(c, t, dialect, rows);
  }

  private void delete(Connection c, Tables t, List<Integer> positions) throws SQLException {
    if (positions.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM " + t.of(base) + " WHERE pos = ?")) {
      int n = 0;
      for (int pos : positions) {
        ps.setInt(1, pos);
        ps.addBatch();
        if (++n % BATCH == 0) {
          ps.executeBatch();
        }
      }
      if (n % BATCH != 0) {
        ps.executeBatch();
      }
    }
  }

  private void insert(Connection c, Tables t, Dialect dialect, Map<Integer, Object[]> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    if (dialect == Dialect.POSTGRESQL && rows.size() >= PgCopy.FROM && PgCopy.available(c)) {
      try (PgCopy copy = PgCopy.into(c, t.of(base), "pos", columns)) {
        for (Map.Entry<Integer, Object[]> e : rows.entrySet()) {
          copy.row(e.getKey(), e.getValue());
        }
        copy.finish();
      }
      return;
    }
    String sql =
        "INSERT INTO "
            + t.of(base)
            + " (pos, "
            + Column.names(columns)
            + ") VALUES ("
            + Column.marks(columns.size() + 1)
            + ")";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int n = 0;
      for (Map.Entry<Integer, Object[]> e : rows.entrySet()) {
        ps.setInt(1, e.getKey());
        Object[] row = e.getValue();
        for (int i = 0; i < row.length; i++) {
          columns.get(i).bind(ps, i + 2, row[i]);
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
  }
}
