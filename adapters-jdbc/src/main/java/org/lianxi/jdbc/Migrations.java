package org.lianxi.jdbc;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.lianxi.core.domain.LianxiException;

/**
 * The library's schema by Flyway, kept apart from a host's own migrations: scripts under {@code
 * classpath:org/lianxi/jdbc/migration/common} (and {@code .../<dialect>} where a dialect needs its
 * own), history in {@code <prefix>schema_history}. A schema that already holds a host's tables is
 * baselined at version 0, so every Lianxi script still runs.
 */
final class Migrations {
  static final String ROOT = "classpath:org/lianxi/jdbc/migration/";

  private Migrations() {}

  /** Brings the schema behind {@code ds} up to date; returns how many scripts ran. */
  static int migrate(DataSource ds, Dialect dialect, Tables tables) {
    List<String> locations = new ArrayList<>(List.of(ROOT + "common"));
    if (dialect.hasOwnScripts()) {
      locations.add(ROOT + dialect.folder());
    }
    try {
      return Flyway.configure(Migrations.class.getClassLoader())
          .dataSource(ds)
          .locations(locations.toArray(String[]::new))
          .table(tables.history())
          .placeholders(dialect.placeholders(tables.prefix))
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .baselineDescription("Lianxi baseline: the schema already held other tables")
          .cleanDisabled(true)
          .load()
          .migrate()
          .migrationsExecuted;
    } catch (FlywayException e) {
      throw new LianxiException(
          "database: migrating the Lianxi schema ("
              + tables.history()
              + ") failed: "
              + e.getMessage(),
          e);
    }
  }
}
