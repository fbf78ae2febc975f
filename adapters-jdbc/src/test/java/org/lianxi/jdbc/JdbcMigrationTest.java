package org.lianxi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Dataset;

/** The schema by the library's own Flyway migrations, in empty and in shared schemas. */
class JdbcMigrationTest {
  static final List<String> TABLES =
      List.of(
          "absence",
          "activity",
          "assignment",
          "cadre",
          "chain_head",
          "contact_unit",
          "evaluation",
          "feedback",
          "finding",
          "org_unit",
          "review",
          "schema_history",
          "teaching_break",
          "term",
          "verdict",
          "verdict_exclusion",
          "workday");

  static List<String> prefixed(String prefix) {
    return TABLES.stream().map(t -> prefix + t).toList();
  }

  abstract static class Suite extends DatabaseTest {
    @Test
    void migratesAnEmptySchemaRecordingHistoryInItsOwnTable() {
      assertThat(db.tables()).isEmpty();

      JdbcLianxi.of(db.dataSource()).migrate();

      assertThat(db.tables()).containsExactlyElementsOf(prefixed("lianxi_"));
      assertThat(history("lianxi_schema_history"))
          .containsExactly(List.of("1", "true", "SQL"), List.of("2", "true", "SQL"));
    }

    @Test
    void migratingAgainRunsNothing() {
      JdbcLianxi lianxi = lianxi();
      lianxi.importDataset(Fixtures.small());
      Map<String, List<List<String>>> before = db.contents();

      lianxi.migrate();
      JdbcLianxi.of(db.newDataSource()).migrate();

      assertThat(db.contents()).isEqualTo(before);
    }

    @Test
    void migratesASchemaThatAlreadyHoldsAHostsTablesWithoutSkippingAnyScript() {
      db.execute(
          "CREATE TABLE cadre (id INTEGER PRIMARY KEY, name VARCHAR(20))",
          "INSERT INTO cadre VALUES (1, 'host row')",
          "CREATE TABLE flyway_schema_history (installed_rank INTEGER PRIMARY KEY, version"
              + " VARCHAR(50))",
          "INSERT INTO flyway_schema_history VALUES (1, '7')");
      Map<String, List<List<String>>> host = db.contents();

      JdbcLianxi lianxi = JdbcLianxi.of(db.dataSource()).migrate();
      lianxi.importDataset(Fixtures.small());

      assertThat(history("lianxi_schema_history"))
          .containsExactly(
              List.of("0", "true", "BASELINE"),
              List.of("1", "true", "SQL"),
              List.of("2", "true", "SQL"));
      assertThat(db.tables()).containsAll(prefixed("lianxi_"));
      assertThat(db.contents()).containsAllEntriesOf(host);
      assertThat(lianxi.snapshot()).isEqualTo(Fixtures.small());
    }

    @Test
    void aHostsMigrationsInTheDefaultLocationAreNeverRun() {
      JdbcLianxi.of(db.dataSource()).migrate();

      assertThat(db.tables()).doesNotContain("host_migration_ran", "flyway_schema_history");
    }

    @Test
    void aTablePrefixNamesEveryTableAndKeepsTwoLibrariesInOneSchemaApart() {
      JdbcLianxi standard = lianxi();
      JdbcLianxi campus = lianxi(JdbcOptions.builder().tablePrefix("campus_lx_").build());
      Dataset other = Fixtures.withActivities(Fixtures.small(), "P", 5);

      standard.importDataset(Fixtures.small());
      campus.importDataset(other);

      assertThat(db.tables())
          .containsExactlyInAnyOrderElementsOf(
              java.util.stream.Stream.concat(
                      prefixed("lianxi_").stream(), prefixed("campus_lx_").stream())
                  .toList());
      assertThat(standard.snapshot()).isEqualTo(Fixtures.small());
      assertThat(campus.snapshot()).isEqualTo(other);
    }

    /** The versioned rows of a Flyway history table: version, success, type. */
    private List<List<String>> history(String table) {
      // Flyway quotes the history table's identifiers (lower case, also on H2)
      String q = kind() == TestDatabase.Kind.MARIADB ? "`" : "\"";
      String sql =
          "SELECT %1$sversion%1$s, %1$ssuccess%1$s, %1$stype%1$s FROM %1$s%2$s%1$s"
              + " WHERE %1$sversion%1$s IS NOT NULL ORDER BY %1$sinstalled_rank%1$s";
      List<List<String>> rows = db.query(String.format(sql, q, table));
      // booleans print as true, TRUE, t or 1 depending on the database
      return rows.stream()
          .map(
              r ->
                  List.of(
                      r.get(0),
                      String.valueOf(
                          List.of("true", "t", "1").contains(r.get(1).toLowerCase(Locale.ROOT))),
                      r.get(2)))
          .toList();
    }
  }

  @Nested
  class OnH2 extends Suite {
    @Override
    TestDatabase.Kind kind() {
      return TestDatabase.Kind.H2;
    }
  }

  @Nested
  class OnPostgresql extends Suite {
    @Override
    TestDatabase.Kind kind() {
      return TestDatabase.Kind.POSTGRESQL;
    }
  }

  @Nested
  class OnMariaDb extends Suite {
    @Override
    TestDatabase.Kind kind() {
      return TestDatabase.Kind.MARIADB;
    }
  }
}
