package org.lianxi.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lianxi.jdbc.JdbcLianxi;

/**
 * A database named by a JDBC URL (H2, PostgreSQL or MariaDB; their drivers are on the command's
 * class path), pooled by HikariCP with two connections. Closing it closes the pool. Not
 * thread-safe; one per command.
 */
final class Database implements AutoCloseable {
  private final String url;
  private final HikariDataSource pool;

  private Database(String url, HikariDataSource pool) {
    this.url = url;
    this.pool = pool;
  }

  /** Connects, or fails with a message naming the URL (never the password). */
  static Database open(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (user != null) {
      config.setUsername(user);
    }
    if (password != null) {
      config.setPassword(password);
    }
    config.setPoolName("lianxi");
    config.setMaximumPoolSize(2);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(15_000);
    try {
      return new Database(url, new HikariDataSource(config));
    } catch (RuntimeException e) {
      throw new CliFailure("--jdbc " + url + ": cannot connect: " + rootMessage(e), e);
    }
  }

  /** The embedded H2 database in {@code file} (H2 adds {@code .mv.db}). */
  static String h2Url(Path file) {
    return "jdbc:h2:file:" + file.toAbsolutePath().normalize();
  }

  /** Whether the H2 database of {@link #h2Url(Path)} exists on disk. */
  static boolean h2Exists(Path file) {
    return Files.isRegularFile(file.resolveSibling(file.getFileName() + ".mv.db"));
  }

  String url() {
    return url;
  }

  /** Lianxi over this database (the tables are not created: see {@link JdbcLianxi#migrate()}). */
  JdbcLianxi lianxi() {
    return JdbcLianxi.of(pool);
  }

  @Override
  public void close() {
    pool.close();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
