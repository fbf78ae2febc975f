package org.lianxi.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Opens a {@link TestDatabase} of each kind, following the environment:
 *
 * <ul>
 *   <li>H2: always, in memory.
 *   <li>PostgreSQL: the server at {@code LIANXI_TEST_PG_URL} (user {@code LIANXI_TEST_PG_USER},
 *       password {@code LIANXI_TEST_PG_PASSWORD} or empty) when set, else an embedded real
 *       PostgreSQL started once per JVM.
 *   <li>MariaDB: the server at {@code LIANXI_TEST_MARIADB_URL} ({@code LIANXI_TEST_MARIADB_USER},
 *       {@code LIANXI_TEST_MARIADB_PASSWORD}) when set; otherwise the tests are skipped, saying how
 *       to run them.
 * </ul>
 *
 * When {@code CI=true}, a configured server that cannot be reached fails the test, and so does a
 * database whose tests would be skipped.
 */
final class TestDatabases {
  private TestDatabases() {}

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A server to use, or why there is none. */
  record Config(String url, String user, String password, String problem) {
    static Config of(String url, String user, String password) {
      return new Config(url, user, password, null);
    }

    static Config none(String problem) {
      return new Config(null, null, null, problem);
    }
  }

  static final String HOW_TO_RUN_MARIADB =
      "MariaDB tests skipped: set LIANXI_TEST_MARIADB_URL=jdbc:mariadb://127.0.0.1:3306/test"
          + " and LIANXI_TEST_MARIADB_USER=root (LIANXI_TEST_MARIADB_PASSWORD if any) to run them"
          + " against a MariaDB 10.11+ server";

  static boolean ci() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  static TestDatabase open(TestDatabase.Kind kind) {
    String schema = "lianxi_test_" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
    TestDatabase.Server server;
    switch (kind) {
      case H2:
        server = h2();
        break;
      case POSTGRESQL:
        server = postgresql();
        break;
      case MARIADB:
        server = mariadb();
        break;
      default:
        throw new AssertionError(kind);
    }
    try {
      server.create(schema);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "creating " + schema + " on " + kind + ": " + e.getMessage(), e);
    }
    return new TestDatabase(kind, schema, server);
  }

  private static TestDatabase.Server h2() {
    return new TestDatabase.Server() {
      @Override
      public String url(String schema) {
        return "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000";
      }

      @Override
      public String user() {
        return "sa";
      }

      @Override
      public String password() {
        return "";
      }

      @Override
      public void create(String schema) {}

      @Override
      public void drop(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(schema), "sa", "");
            Statement s = c.createStatement()) {
          s.execute("SHUTDOWN");
        }
      }
    };
  }

  private static Optional<String> env(String name) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  /** The configured or embedded PostgreSQL server: base URL, user and password. */
  private static final class Postgres {
    static final Config SERVER = resolve();

    private static Config resolve() {
      Optional<String> url = env("LIANXI_TEST_PG_URL");
      if (url.isPresent()) {
        String user = env("LIANXI_TEST_PG_USER").orElse("postgres");
        String password = env("LIANXI_TEST_PG_PASSWORD").orElse("");
        try (Connection c = DriverManager.getConnection(url.get(), user, password)) {
          return Config.of(url.get(), user, password);
        } catch (SQLException e) {
          if (ci()) {
            return Config.none(
                "CI=true and LIANXI_TEST_PG_URL=" + url.get() + " cannot be reached: " + e);
          }
          // not in CI: fall back to the embedded server
        }
      }
      return Embedded.SERVER;
    }
  }

  /** An embedded real PostgreSQL (zonky), started on first use and stopped when the JVM exits. */
  private static final class Embedded {
    static final Config SERVER = start();

    private static Config start() {
      try {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        pg.close();
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                    }));
        return Config.of(pg.getJdbcUrl("postgres", "postgres"), "postgres", "");
      } catch (IOException e) {
        throw new UncheckedIOException("starting the embedded PostgreSQL", e);
      }
    }
  }

  private static TestDatabase.Server postgresql() {
    Config s = Postgres.SERVER;
    if (s.problem() != null) {
      fail(s.problem());
    }
    String base = s.url();
    String user = s.user();
    String password = s.password();
    return new TestDatabase.Server() {
      @Override
      public String url(String schema) {
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      }

      @Override
      public String user() {
        return user;
      }

      @Override
      public String password() {
        return password;
      }

      @Override
      public void create(String schema) throws SQLException {
        admin(base, user, password, "CREATE SCHEMA " + schema);
      }

      @Override
      public void drop(String schema) throws SQLException {
        admin(base, user, password, "DROP SCHEMA " + schema + " CASCADE");
      }
    };
  }

  /** The configured MariaDB server, or a skip (a failure in CI). */
  private static final class MariaDb {
    static final Config SERVER = resolve();

    private static Config resolve() {
      Optional<String> url = env("LIANXI_TEST_MARIADB_URL");
      if (url.isEmpty()) {
        return Config.none(
            ci()
                ? "CI=true but LIANXI_TEST_MARIADB_URL is not set: the MariaDB tests would all be"
                    + " skipped"
                : HOW_TO_RUN_MARIADB);
      }
      String user = env("LIANXI_TEST_MARIADB_USER").orElse("root");
      String password = env("LIANXI_TEST_MARIADB_PASSWORD").orElse("");
      try (Connection c = DriverManager.getConnection(url.get(), user, password)) {
        return Config.of(url.get(), user, password);
      } catch (SQLException e) {
        return Config.none(
            (ci() ? "CI=true and " : "MariaDB tests skipped: ")
                + "LIANXI_TEST_MARIADB_URL="
                + url.get()
                + " cannot be reached: "
                + e.getMessage());
      }
    }
  }

  private static TestDatabase.Server mariadb() {
    Config s = MariaDb.SERVER;
    if (s.problem() != null) {
      if (ci()) {
        fail(s.problem());
      }
      Assumptions.abort(s.problem());
    }
    String base = s.url();
    String user = s.user();
    String password = s.password();
    return new TestDatabase.Server() {
      @Override
      public String url(String schema) {
        return withDatabase(base, schema);
      }

      @Override
      public String user() {
        return user;
      }

      @Override
      public String password() {
        return password;
      }

      @Override
      public void create(String schema) throws SQLException {
        admin(base, user, password, "CREATE DATABASE " + schema);
      }

      @Override
      public void drop(String schema) throws SQLException {
        admin(base, user, password, "DROP DATABASE " + schema);
      }
    };
  }

  /** {@code jdbc:mariadb://host:port/db?opts} with another database. */
  static String withDatabase(String url, String database) {
    int hosts = url.indexOf("//");
    int slash = url.indexOf('/', hosts + 2);
    int query = url.indexOf('?');
    String head = slash < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, slash);
    String tail = query < 0 ? "" : url.substring(query);
    return head + "/" + database.toLowerCase(Locale.ROOT) + tail;
  }

  private static void admin(String url, String user, String password, String sql)
      throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
