package org.lianxi.jdbc;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.integrity.ChainHead;
import org.lianxi.core.integrity.ChainVerification;
import org.lianxi.core.memory.InMemoryFacts;
import org.lianxi.core.policy.Policies;
import org.lianxi.core.port.in.AssessTermUseCase;
import org.lianxi.core.port.in.Assessment;
import org.lianxi.core.sample.SampleProvince;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Imports a province's facts and 1,000,000 activities into PostgreSQL (the local server: {@code
 * LIANXI_TEST_PG_URL}, default {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code
 * LIANXI_TEST_PG_USER}, default {@code postgres}), reads everything back and assesses the term from
 * it, then verifies the stored chain; prints rows per second and seconds. Targets: import at least
 * 200,000 activities per second; read and evaluation within 5 s. A benchmark, not a test: run
 *
 * <pre>
 * mvn -q -o -pl adapters-jdbc -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -Xmx6g -cp adapters-jdbc/target/test-classes:adapters-jdbc/target/classes:$(cat /tmp/cp.txt) \
 *     org.lianxi.jdbc.PostgresImportBench [activities] [seed]
 * </pre>
 *
 * The schema {@code lianxi_bench_<random>} is created and dropped.
 */
public final class PostgresImportBench {
  private PostgresImportBench() {}

  public static void main(String[] args) throws SQLException {
    int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 2024L;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String url = env("LIANXI_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    String user = env("LIANXI_TEST_PG_USER", "postgres");
    String password = env("LIANXI_TEST_PG_PASSWORD", "");

    long t = System.nanoTime();
    // the province has about 3,000,000 activities at scale 1.0
    Dataset province = SampleProvince.generate(wanted / 2_700_000.0, seed).dataset();
    List<Activity> activities =
        province.activities().subList(0, Math.min(wanted, province.activities().size()));
    Dataset facts = Dataset.builder().from(province).activities(List.of()).build();
    Dataset dataset = Dataset.builder().from(province).activities(activities).build();
    String term = dataset.terms().get(0).termId();
    out.printf(
        Locale.ROOT,
        "generated: %d org units, %d cadres, %d contact units, %d assignments, %d activities"
            + " (%.1f s)%n",
        dataset.orgUnits().size(),
        dataset.cadres().size(),
        dataset.contactUnits().size(),
        dataset.assignments().size(),
        activities.size(),
        seconds(t));

    String schema =
        "lianxi_bench_" + Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36);
    admin(url, user, password, "CREATE SCHEMA " + schema);
    try {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(url);
      ds.setUser(user);
      ds.setPassword(password);
      ds.setCurrentSchema(schema);
      JdbcLianxi lianxi = JdbcLianxi.of(ds).migrate();

      t = System.nanoTime();
      lianxi.importDataset(facts);
      double factSeconds = seconds(t);
      long factRows =
          (long) facts.orgUnits().size()
              + facts.cadres().size()
              + facts.contactUnits().size()
              + facts.assignments().size()
              + facts.absences().size()
              + facts.feedback().size()
              + facts.terms().size()
              + facts.breaks().size()
              + facts.workdays().size()
              + facts.reviews().size();
      out.printf(
          Locale.ROOT,
          "import of the other facts: %d rows in %.2f s (%.0f rows/s)%n",
          factRows,
          factSeconds,
          factRows / factSeconds);

      t = System.nanoTime();
      ChainHead head = lianxi.importDataset(dataset);
      double importSeconds = seconds(t);
      out.printf(
          Locale.ROOT,
          "import of %d activities (the whole dataset again, facts unchanged): %.2f s, %.0f rows/s"
              + " (target >= 200,000) head %s%n",
          head.sequence(),
          importSeconds,
          head.sequence() / importSeconds,
          head);

      t = System.nanoTime();
      Dataset read = lianxi.snapshot();
      double readSeconds = seconds(t);
      out.printf(
          Locale.ROOT,
          "read back every fact (one transaction): %.2f s, %.0f activities/s; equal to the import:"
              + " %s%n",
          readSeconds,
          read.activities().size() / readSeconds,
          read.equals(dataset));

      Clock clock = Clock.fixed(Instant.parse("2025-02-01T00:00:00Z"), ZoneOffset.UTC);
      t = System.nanoTime();
      Assessment assessment =
          AssessTermUseCase.using(InMemoryFacts.factsOf(read), clock)
              .assess(Policies.soochow2019(), term);
      double evalSeconds = seconds(t);
      out.printf(
          Locale.ROOT,
          "assessment of %s (integrity + evaluation of the read facts): %.2f s, %d verdicts, %d"
              + " findings%n",
          term,
          evalSeconds,
          assessment.evaluation().verdicts().size(),
          assessment.integrity().findings().size());
      out.printf(
          Locale.ROOT, "read + assessment: %.2f s (target <= 5 s)%n", readSeconds + evalSeconds);

      t = System.nanoTime();
      ChainVerification v = lianxi.verify(Optional.of(head));
      out.printf(
          Locale.ROOT,
          "verify of the stored chain (streamed): %.2f s, %d records, intact %s%n",
          seconds(t),
          v.records(),
          v.intact());
    } finally {
      admin(url, user, password, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  private static void admin(String url, String user, String password, String sql)
      throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
