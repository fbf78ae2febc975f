package org.lianxi.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.lianxi.core.domain.LianxiException;

/**
 * The databases the library supports and the few things that differ between them: the Flyway
 * placeholders of the portable scripts, and whether PostgreSQL's {@code COPY} may be used.
 */
enum Dialect {
  H2("TIMESTAMP(0)", "CHARACTER LARGE OBJECT", ""),
  POSTGRESQL("TIMESTAMP(0)", "TEXT", ""),
  MARIADB(
      "DATETIME(0)",
      "MEDIUMTEXT",
      " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin");

  private final String timestampType;
  private final String textType;
  private final String tableOptions;

  Dialect(String timestampType, String textType, String tableOptions) {
    this.timestampType = timestampType;
    this.textType = textType;
    this.tableOptions = tableOptions;
  }

  /** The dialect of the database behind {@code c}. */
  static Dialect of(Connection c) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    String product = meta.getDatabaseProductName();
    String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
    if (p.equals("h2")) {
      return H2;
    }
    if (p.equals("postgresql")) {
      return POSTGRESQL;
    }
    String version = String.valueOf(meta.getDatabaseProductVersion()).toLowerCase(Locale.ROOT);
    if (p.equals("mariadb") || (p.equals("mysql") && version.contains("mariadb"))) {
      return MARIADB;
    }
    throw new LianxiException(
        "database product = "
            + product
            + " "
            + meta.getDatabaseProductVersion()
            + ": not supported (H2 2.x, PostgreSQL 15+ and MariaDB 10.11+ are)");
  }

  /** Flyway placeholders of the migration scripts. */
  Map<String, String> placeholders(String prefix) {
    return Map.of(
        "prefix",
        prefix,
        "timestamp",
        timestampType,
        "text",
        textType,
        "table_options",
        tableOptions);
  }

  /** The folder of this dialect's own scripts, if it has any (none so far: all are portable). */
  boolean hasOwnScripts() {
    return false;
  }

  String folder() {
    return name().toLowerCase(Locale.ROOT);
  }
}
