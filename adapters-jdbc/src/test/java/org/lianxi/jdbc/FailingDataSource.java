package org.lianxi.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource whose connections fail the {@code failAt}-th statement executed through them (every
 * {@code execute*} call counts once, a batch included): a failure injected inside the library's
 * database work. {@code unwrap} still reaches the real connection (PostgreSQL's COPY).
 */
final class FailingDataSource implements DataSource {
  private static final Set<String> EXECUTES =
      Set.of(
          "execute",
          "executeQuery",
          "executeUpdate",
          "executeBatch",
          "executeLargeUpdate",
          "executeLargeBatch");

  private final DataSource delegate;
  private final int failAt;
  private final AtomicInteger executed = new AtomicInteger();

  FailingDataSource(DataSource delegate, int failAt) {
    this.delegate = delegate;
    this.failAt = failAt;
  }

  /** How many statements ran (or were failed) so far. */
  int executed() {
    return executed.get();
  }

  /** Whether the failure was injected. */
  boolean failed() {
    return executed.get() >= failAt;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return connection(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return connection(delegate.getConnection(user, password));
  }

  private Connection connection(Connection real) {
    InvocationHandler h =
        (proxy, method, args) -> {
          Object result = invoke(real, method, args);
          if (result instanceof Statement) {
            return statement((Statement) result);
          }
          return result;
        };
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, h);
  }

  private Statement statement(Statement real) {
    Class<?> type =
        real instanceof CallableStatement
            ? CallableStatement.class
            : real instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
    InvocationHandler h =
        (proxy, method, args) -> {
          if (EXECUTES.contains(method.getName()) && executed.incrementAndGet() == failAt) {
            throw new SQLException("injected failure at statement " + failAt, "58000");
          }
          return invoke(real, method, args);
        };
    return (Statement)
        Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {type}, h);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return delegate.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return delegate.isWrapperFor(iface);
  }
}
