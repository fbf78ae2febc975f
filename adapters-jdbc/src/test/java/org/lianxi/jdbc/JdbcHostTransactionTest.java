package org.lianxi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.integrity.ChainHead;

/** {@link JdbcLianxi#joining}: Lianxi's work as part of a transaction the host manages. */
class JdbcHostTransactionTest {

  abstract static class Suite extends DatabaseTest {
    private static final Dataset DATA = Fixtures.withActivities(Fixtures.small(), "H", 5);

    private JdbcLianxi prepared() {
      JdbcLianxi lianxi = lianxi();
      db.execute("CREATE TABLE host_audit (id INTEGER PRIMARY KEY, note VARCHAR(100))");
      return lianxi;
    }

    private static void hostWrites(Connection c, int id) throws SQLException {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO host_audit VALUES (" + id + ", 'host work')");
      }
    }

    @Test
    void anImportInTheHostsTransactionIsDecidedByTheHostsRollback() throws SQLException {
      JdbcLianxi lianxi = prepared();
      Map<String, List<List<String>>> before = db.contents();
      try (Connection c = db.dataSource().getConnection()) {
        c.setAutoCommit(false);
        hostWrites(c, 1);

        JdbcLianxi inHost = lianxi.joining(c);
        inHost.importDataset(DATA);

        assertThat(inHost.snapshot()).isEqualTo(DATA);
        assertThat(c.getAutoCommit()).isFalse();
        c.rollback();
      }
      assertThat(db.contents()).isEqualTo(before);
    }

    @Test
    void anImportInTheHostsTransactionIsDecidedByTheHostsCommit() throws SQLException {
      JdbcLianxi lianxi = prepared();
      ChainHead head;
      try (Connection c = db.dataSource().getConnection()) {
        c.setAutoCommit(false);
        hostWrites(c, 1);
        head = lianxi.joining(c).importDataset(DATA);
        c.commit();
      }
      assertThat(lianxi.snapshot()).isEqualTo(DATA);
      assertThat(lianxi.verify(java.util.Optional.of(head)).intact()).isTrue();
      assertThat(db.query("SELECT id FROM host_audit")).containsExactly(List.of("1"));
    }

    @Test
    void aFailedCallUndoesOnlyItsOwnWorkAndLeavesTheHostsTransactionUsable() throws SQLException {
      JdbcLianxi lianxi = prepared();
      lianxi.importDataset(DATA);
      Activity first = DATA.activities().get(0);
      Activity clash = Activity.builder().from(first).minutes(first.minutes() + 1).build();
      Map<String, List<List<String>>> before = db.contents();
      try (Connection c = db.dataSource().getConnection()) {
        c.setAutoCommit(false);
        hostWrites(c, 1);
        JdbcLianxi inHost = lianxi.joining(c);

        assertThatThrownBy(
                () ->
                    inHost.importDataset(
                        Dataset.builder()
                            .from(DATA)
                            .cadres(List.of())
                            .addActivities(clash)
                            .build()))
            .isInstanceOf(LianxiException.class)
            .hasMessageContaining("Activity[" + first.activityId() + "]");

        hostWrites(c, 2);
        c.commit();
      }
      assertThat(db.query("SELECT id FROM host_audit ORDER BY id"))
          .containsExactly(List.of("1"), List.of("2"));
      Map<String, List<List<String>>> after = db.contents();
      after.remove("host_audit");
      before.remove("host_audit");
      assertThat(after).isEqualTo(before);
    }

    @Test
    void onAConnectionInAutoCommitModeEachCallIsItsOwnTransaction() throws SQLException {
      JdbcLianxi lianxi = prepared();
      try (Connection c = db.dataSource().getConnection()) {
        c.setAutoCommit(true);

        lianxi.joining(c).importDataset(DATA);

        assertThat(c.getAutoCommit()).isTrue();
      }
      assertThat(lianxi.snapshot()).isEqualTo(DATA);
    }

    @Test
    void migrateIsRefusedInsideTheHostsTransaction() throws SQLException {
      JdbcLianxi lianxi = prepared();
      try (Connection c = db.dataSource().getConnection()) {
        assertThatThrownBy(() -> lianxi.joining(c).migrate())
            .isInstanceOf(LianxiException.class)
            .hasMessageContaining("migrate()");
      }
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
