package org.lianxi.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * One fresh schema (PostgreSQL), database (MariaDB) or in-memory database (H2) for one test,
 * dropped by {@link #close()}. Hands out pooled DataSources over it and runs raw SQL behind the
 * library's back.
 */
final class TestDatabase implements AutoCloseable {
  enum Kind {
    H2,
    POSTGRESQL,
    MARIADB
  }

  /** How to reach a server: its JDBC URL for the new schema, and how to drop the schema. */
  interface Server {
    String url(String schema);

    String user();

    String password();

    void create(String schema) throws SQLException;

    void drop(String schema) throws SQLException;
  }

  final Kind kind;
  final String schema;
  private final Server server;
  private final List<HikariDataSource> pools = new ArrayList<>();

  TestDatabase(Kind kind, String schema, Server server) {
    this.kind = kind;
    this.schema = schema;
    this.server = server;
  }

  /** A new pool over the schema: each call gives a separate DataSource. */
  synchronized DataSource newDataSource() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.url(schema));
    config.setUsername(server.user());
    config.setPassword(server.password());
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(0);
    config.setPoolName("lianxi-test-" + kind + "-" + pools.size());
    if (kind == Kind.POSTGRESQL) {
      // a throwaway schema needs no durable commits; locking and visibility are unchanged
      // (this machine's disk makes each durable commit take about 9 ms)
      config.setConnectionInitSql("SET synchronous_commit TO off");
    }
    HikariDataSource ds = new HikariDataSource(config);
    pools.add(ds);
    return ds;
  }

  private DataSource shared;

  /** The test's DataSource (one pool, made on first use). */
  synchronized DataSource dataSource() {
    if (shared == null) {
      shared = newDataSource();
    }
    return shared;
  }

  /** Runs raw SQL statements, committed, as a host or an intruder would. */
  void execute(String... sql) {
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement()) {
      for (String q : sql) {
        s.execute(q);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(String.join("; ", sql) + ": " + e.getMessage(), e);
    }
  }

  /** The rows of a query, every value as text. */
  List<List<String>> query(String sql) {
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rows(rs);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** The names of the tables in the schema, lower case. */
  List<String> tables() {
    List<String> names = new ArrayList<>();
    for (String t : exactTables()) {
      names.add(t.toLowerCase(Locale.ROOT));
    }
    names.sort(null);
    return names;
  }

  /** The names of the tables in the schema as the database spells them. */
  private List<String> exactTables() {
    try (Connection c = dataSource().getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      List<String> names = new ArrayList<>();
      String schemaPattern = kind == Kind.MARIADB ? null : c.getSchema();
      try (ResultSet rs =
          meta.getTables(c.getCatalog(), schemaPattern, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          names.add(rs.getString("TABLE_NAME"));
        }
      }
      names.sort(null);
      return names;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every table's whole content, in primary-key order: to compare before and after. */
  Map<String, List<List<String>>> contents() {
    Map<String, List<List<String>>> all = new TreeMap<>();
    String q = kind == Kind.MARIADB ? "`" : "\"";
    for (String t : exactTables()) {
      all.put(t.toLowerCase(Locale.ROOT), query("SELECT * FROM " + q + t + q + " ORDER BY 1"));
    }
    return all;
  }

  private static List<List<String>> rows(ResultSet rs) throws SQLException {
    int n = rs.getMetaData().getColumnCount();
    List<List<String>> rows = new ArrayList<>();
    while (rs.next()) {
      List<String> row = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        row.add(rs.getString(i));
      }
      rows.add(row);
    }
    return rows;
  }

  @Override
  public synchronized void close() {
    pools.forEach(HikariDataSource::close);
    try {
      server.drop(schema);
    } catch (SQLException e) {
      throw new IllegalStateException("dropping " + schema + ": " + e.getMessage(), e);
    }
  }
}
