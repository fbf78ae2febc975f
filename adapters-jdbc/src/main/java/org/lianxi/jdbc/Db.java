package org.lianxi.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.integrity.HashChain;

/**
 * Where the library's SQL runs: a unit of work in a transaction of its own (a connection borrowed
 * from the host's {@link DataSource}), or inside the host's transaction (a {@link Connection} the
 * host manages, guarded by a savepoint). Either way a unit of work is all or nothing.
 */
abstract class Db {
  /** A unit of work on one connection. */
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  final Dialect dialect;
  final Tables tables;
  final HashChain chain;

  Db(Dialect dialect, Tables tables, HashChain chain) {
    this.dialect = dialect;
    this.tables = tables;
    this.chain = chain;
  }

  /** Runs {@code work} all or nothing; {@code what} names it in error messages. */
  abstract <T> T inTransaction(String what, Work<T> work);

  /** The host's DataSource, if this Db borrows its own connections. */
  abstract DataSource dataSource();

  /** A Db that borrows a connection from {@code ds} for each unit of work. Thread-safe. */
  static Db over(DataSource ds, Dialect dialect, Tables tables, HashChain chain) {
    return new Db(dialect, tables, chain) {
      @Override
      <T> T inTransaction(String what, Work<T> work) {
        try (Connection c = ds.getConnection()) {
          return ownTransaction(c, what, work);
        } catch (SQLException e) {
          throw failure(what, e);
        }
      }

      @Override
      DataSource dataSource() {
        return ds;
      }
    };
  }

  /**
   * A Db that runs every unit of work on the host's connection: inside the host's transaction
   * (under a savepoint, never committing, rolling back or closing it) when auto-commit is off; in a
   * transaction of its own on that connection when auto-commit is on. Confined to the thread that
   * owns the connection.
   */
  static Db joining(Connection c, Dialect dialect, Tables tables, HashChain chain) {
    return new Db(dialect, tables, chain) {
      @Override
      <T> T inTransaction(String what, Work<T> work) {
        try {
          if (c.getAutoCommit()) {
            return ownTransaction(c, what, work);
          }
          Savepoint savepoint = c.setSavepoint();
          T result;
          try {
            result = work.run(c);
          } catch (SQLException | RuntimeException | Error e) {
            rollback(c, savepoint, e);
            throw e;
          }
          try {
            c.releaseSavepoint(savepoint);
          } catch (SQLFeatureNotSupportedException e) {
            // the savepoint ends with the host's transaction
          }
          return result;
        } catch (SQLException e) {
          throw failure(what, e);
        }
      }

      @Override
      DataSource dataSource() {
        throw new LianxiException(
            "JdbcLianxi.joining(Connection): migrate() needs the DataSource;"
                + " run it outside the host's transaction");
      }
    };
  }

  static <T> T ownTransaction(Connection c, String what, Work<T> work) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    if (autoCommit) {
      c.setAutoCommit(false);
    }
    T result;
    try {
      result = work.run(c);
      c.commit();
    } catch (SQLException | RuntimeException | Error e) {
      rollback(c, null, e);
      if (autoCommit) {
        try {
          c.setAutoCommit(true);
        } catch (SQLException | RuntimeException restore) {
          e.addSuppressed(restore);
        }
      }
      throw e;
    }
    if (autoCommit) {
      c.setAutoCommit(true);
    }
    return result;
  }

  private static void rollback(Connection c, Savepoint savepoint, Throwable cause) {
    try {
      if (savepoint == null) {
        c.rollback();
      } else {
        c.rollback(savepoint);
      }
    } catch (SQLException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /** The library's exception for a failed database call, naming what was being done. */
  static LianxiException failure(String what, SQLException e) {
    return new LianxiException(
        "database: "
            + what
            + " failed: "
            + e.getMessage()
            + (e.getSQLState() == null ? "" : " (SQLState " + e.getSQLState() + ")"),
        e);
  }
}
