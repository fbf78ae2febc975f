package org.lianxi.jdbc;

import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.integrity.HashChain;

/**
 * Options of {@link JdbcLianxi}: the table prefix and the activity log's hash chain. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class JdbcOptions {
  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,20}");

  /**
   * Prefix of every table, constraint and index of the library, including its Flyway history table
   * ({@code <prefix>schema_history}): lower-case letters, digits and {@code _}, starting with a
   * letter, at most 21 characters. Default {@code lianxi_}. Give two libraries in one schema two
   * prefixes.
   */
  @Value.Default
  public String tablePrefix() {
    return "lianxi_";
  }

  /**
   * The hash chain of the activity log. Default unkeyed SHA-256; pass {@link HashChain#hmac} with a
   * key the host keeps outside the database so that nobody with database access alone can recompute
   * the chain. Every {@link JdbcLianxi} over one log must use the same chain.
   */
  @Value.Default
  public HashChain hashChain() {
    return HashChain.sha256();
  }

  /** The defaults: prefix {@code lianxi_}, SHA-256 chain. */
  public static JdbcOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JdbcOptions}. */
  public static final class Builder extends ImmutableJdbcOptions.Builder {}

  @Value.Check
  protected void check() {
    LianxiException.check(
        PREFIX.matcher(tablePrefix()).matches(),
        "JdbcOptions",
        "tablePrefix",
        "\"" + tablePrefix() + "\"",
        "must match [a-z][a-z0-9_]{0,20}");
  }
}
