/**
 * The JDBC adapters: every driven port of {@code org.lianxi.core.port.out} over a host's {@link
 * javax.sql.DataSource} in H2 2.x, PostgreSQL 15+ or MariaDB 10.11+, the hash-chained activity log,
 * dataset import and stored evaluations. The schema comes from the library's own Flyway migrations
 * ({@code classpath:org/lianxi/jdbc/migration/...}, history table {@code <prefix>schema_history}).
 *
 * <p>Public API: {@link org.lianxi.jdbc.JdbcLianxi} (entry point), {@link
 * org.lianxi.jdbc.JdbcOptions}; everything else is package-private. Depends on the core and Flyway;
 * nothing in the core depends on it. The library prints and logs nothing itself; Flyway logs
 * through whatever facade the host has (SLF4J, Log4j 2, Commons Logging, else {@code
 * java.util.logging}).
 */
@LianxiStyle
package org.lianxi.jdbc;

import org.lianxi.core.domain.LianxiStyle;
