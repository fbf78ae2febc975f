package org.lianxi.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Term;
import org.lianxi.core.evaluation.Evaluation;
import org.lianxi.core.evaluation.Evaluator;
import org.lianxi.core.evaluation.Exclusions;
import org.lianxi.core.integrity.IntegrityChecker;
import org.lianxi.core.integrity.IntegrityReport;
import org.lianxi.core.policy.Policies;
import org.lianxi.core.sample.SampleProvince;

/**
 * The SQL a campus team would write (SPEC §3.1 for III.1.3, III.1.1, III.0 and OVERLAP) gives the
 * engine's verdicts on a generated university holding every planted integrity pattern.
 */
class SqlBaselineTest {
  private static Dataset data;
  private static String termId;
  private static LocalDate asOf;
  private static TreeSet<SqlBaseline.Row> engine;
  private static TreeSet<SqlBaseline.Pair> enginePairs;

  @TempDir static Path dir;

  @BeforeAll
  static void generate() {
    data = SampleProvince.generate(0.002, 20241).dataset();
    Term term = data.terms().get(0);
    termId = term.termId();
    asOf = term.endsOn();
    Clock clock =
        Clock.fixed(
            asOf.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
    Evaluation evaluation =
        Evaluator.create(clock)
            .evaluate(Policies.soochow2019(), data, termId, asOf, Exclusions.none());
    engine = SqlBaseline.engineRows(evaluation);
    IntegrityReport report =
        IntegrityChecker.of(Policies.soochow2019().integrity()).check(data, termId, asOf);
    enginePairs = SqlBaseline.enginePairs(report);
    SqlBaseline.writeTables(data, termId, asOf, dir);
  }

  @Test
  void duckDbGivesTheEnginesVerdictsAndOverlaps() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      SqlBaseline.load(c, SqlBaseline.Db.DUCKDB, dir);
      assertEqual(c);
    }
  }

  @Test
  void postgresGivesTheEnginesVerdictsAndOverlapsWhenReachable() throws SQLException {
    Connection c;
    try {
      c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
    } catch (SQLException unreachable) {
      org.junit.jupiter.api.Assumptions.abort("PostgreSQL not reachable: " + unreachable);
      return;
    }
    try (c) {
      try (var s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS sql_baseline_test CASCADE");
        s.execute("CREATE SCHEMA sql_baseline_test");
        s.execute("SET search_path TO sql_baseline_test");
      }
      SqlBaseline.load(c, SqlBaseline.Db.POSTGRES, dir);
      assertEqual(c);
    }
  }

  private static void assertEqual(Connection c) throws SQLException {
    TreeSet<SqlBaseline.Row> sql = SqlBaseline.verdicts(c);
    assertThat(engine)
        .extracting(SqlBaseline.Row::obligation)
        .contains("III.1.3-weekly-contact", "III.1.1-theory-lecture", "III.0-frontline-days");
    assertThat(engine).extracting(SqlBaseline.Row::status).contains("MET", "SHORTFALL");
    assertThat(SqlBaseline.diff(engine, sql)).isEmpty();
    TreeSet<SqlBaseline.Pair> pairs = SqlBaseline.overlaps(c);
    assertThat(enginePairs).isNotEmpty();
    assertThat(SqlBaseline.diff(enginePairs, pairs)).isEmpty();
  }
}
