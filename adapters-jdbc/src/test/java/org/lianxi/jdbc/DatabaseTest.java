package org.lianxi.jdbc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every per-database suite: a fresh schema (or database) for each test, dropped
 * afterwards. A suite is an abstract class of tests; its test class runs it once per database in
 * nested classes.
 */
abstract class DatabaseTest {
  TestDatabase db;

  abstract TestDatabase.Kind kind();

  @BeforeEach
  void openDatabase() {
    db = TestDatabases.open(kind());
  }

  @AfterEach
  void dropDatabase() {
    if (db != null) {
      db.close();
    }
  }

  /** Lianxi over the test's DataSource, migrated. */
  JdbcLianxi lianxi() {
    return JdbcLianxi.of(db.dataSource()).migrate();
  }

  /** Lianxi over the test's DataSource with options, migrated. */
  JdbcLianxi lianxi(JdbcOptions options) {
    return JdbcLianxi.of(db.dataSource(), options).migrate();
  }
}
