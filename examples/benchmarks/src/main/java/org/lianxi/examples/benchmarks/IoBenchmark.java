package org.lianxi.examples.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Term;
import org.lianxi.core.memory.InMemoryFacts;
import org.lianxi.core.policy.Policies;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.port.in.AssessTermUseCase;
import org.lianxi.core.port.in.Assessment;
import org.lianxi.core.sample.SampleProvince;
import org.lianxi.csv.CsvDatasetReader;
import org.lianxi.csv.CsvDatasetWriter;
import org.lianxi.jdbc.JdbcLianxi;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The I/O figures of issue 8 on their own (the province benchmark prints them among the others):
 * CSV read of {@code activities.csv}, PostgreSQL import through {@link JdbcLianxi#importDataset}
 * and the evaluation read from PostgreSQL (every fact read back, then the full assessment). Prints
 * wall-clock and CPU time of the benchmark's thread, since the machine is shared. Usage:
 *
 * <pre>
 * java -Xmx6g -cp examples/benchmarks/target/benchmarks.jar \
 *     org.lianxi.examples.benchmarks.IoBenchmark [--scale 0.1] [--runs 3] [--only csv|pg] [--imports 1]
 * </pre>
 *
 * PostgreSQL: 127.0.0.1:5432, user postgres, database test, schema {@code lianxi_bench_io} (dropped
 * and created).
 */
public final class IoBenchmark {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final long SEED = 20241L;
  private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String SCHEMA = "lianxi_bench_io";
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private IoBenchmark() {}

  public static void main(String[] args) throws Exception {
    double scale = Double.parseDouble(opt(args, "--scale", "0.1"));
    int runs = Integer.parseInt(opt(args, "--runs", "3"));
    String only = opt(args, "--only", "all");
    Path dir = Path.of(opt(args, "--dir", "target/io"));
    long t = System.nanoTime();
    Dataset data = SampleProvince.generate(scale, SEED).dataset();
    out(
        "generated in %.1f s: %,d activities, %,d rows in all",
        secs(t), data.activities().size(), rows(data));
    if (!only.equals("pg")) {
      csvRead(data, runs, dir);
    }
    if (!only.equals("csv")) {
      postgres(data, runs, Integer.parseInt(opt(args, "--imports", "1")));
    }
  }

  /** CSV read of activities: writes the file once, reads it {@code runs} times. */
  static void csvRead(Dataset data, int runs, Path dir) throws Exception {
    Path csv = dir.resolve("activities.csv");
    Files.createDirectories(dir);
    new CsvDatasetWriter().writeActivities(data.activities(), csv);
    CsvDatasetReader reader = new CsvDatasetReader();
    long[] count = new long[1];
    for (int i = 0; i < runs; i++) {
      count[0] = 0;
      long cpu = THREADS.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      reader.readActivities(csv, a -> count[0]++);
      double wall = secs(t);
      double cpuS = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
      out(
          "CSV read run %d: %,d rows (%d MB) in %.3f s wall, %.3f s CPU: %,.0f rows/s wall,"
              + " %,.0f rows per CPU-second",
          i + 1, count[0], Files.size(csv) >> 20, wall, cpuS, count[0] / wall, count[0] / cpuS);
    }
  }

  /** Import into a fresh schema, re-import (a no-op), then the evaluation read from PostgreSQL. */
  static void postgres(Dataset data, int runs, int imports) throws SQLException {
    JdbcLianxi jdbc = null;
    long rows = rows(data);
    long t;
    for (int i = 0; i < imports; i++) {
      jdbc = freshSchema();
      long cpu = THREADS.getCurrentThreadCpuTime();
      t = System.nanoTime();
      jdbc.importDataset(data);
      double wall = secs(t);
      double cpuS = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
      out(
          "PG import %d (fresh schema): %,d rows in %.2f s wall (%.2f s CPU of this thread):"
              + " %,.0f rows/s",
          i + 1, rows, wall, cpuS, rows / wall);
    }
    long cpu = THREADS.getCurrentThreadCpuTime();
    t = System.nanoTime();
    jdbc.importDataset(data);
    out(
        "PG re-import of the same dataset (writes nothing): %.2f s wall (%.2f s CPU of this"
            + " thread)",
        secs(t), (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);

    if (runs == 0) {
      return;
    }
    Term term = data.terms().get(0);
    LocalDate asOf = term.endsOn();
    Clock clock = Clock.fixed(asOf.atStartOfDay(ZONE).toInstant(), ZONE);
    Policy policy = Policies.soochow2019();
    Assessment inMemory =
        AssessTermUseCase.using(InMemoryFacts.factsOf(data), clock)
            .assess(policy, term.termId(), asOf);
    for (int i = 0; i < runs; i++) {
      cpu = THREADS.getCurrentThreadCpuTime();
      t = System.nanoTime();
      Dataset read = jdbc.snapshot();
      double readS = secs(t);
      double readCpu = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
      Assessment a =
          AssessTermUseCase.using(InMemoryFacts.factsOf(read), clock)
              .assess(policy, term.termId(), asOf);
      double all = secs(t);
      out(
          "evaluation read from PostgreSQL (snapshot, then AssessTermUseCase) run %d: read %.2f s"
              + " (%.2f s CPU; %,.0f rows/s), end to end %.2f s; verdicts %s",
          i + 1,
          readS,
          readCpu,
          rows(read) / readS,
          all,
          a.evaluation().verdicts().equals(inMemory.evaluation().verdicts()) ? "EQUAL" : "DIFFER");
    }
    t = System.nanoTime();
    Assessment viaPorts =
        AssessTermUseCase.using(jdbc.facts(), clock).assess(policy, term.termId(), asOf);
    out(
        "AssessTermUseCase over JdbcLianxi.facts() (each port reads the database): %.2f s;"
            + " verdicts %s",
        secs(t),
        viaPorts.evaluation().verdicts().equals(inMemory.evaluation().verdicts())
            ? "EQUAL"
            : "DIFFER");
  }

  private static JdbcLianxi freshSchema() throws SQLException {
    try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      s.execute("CREATE SCHEMA " + SCHEMA);
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(PG_URL + "?currentSchema=" + SCHEMA);
    ds.setUser("postgres");
    if (Boolean.getBoolean("io.pglog")) {
      // every statement's duration in the server's log (profiling)
      ds.setOptions("-c log_min_duration_statement=0");
    }
    return JdbcLianxi.of(ds).migrate();
  }

  static long rows(Dataset d) {
    List<List<?>> all =
        Arrays.asList(
            d.orgUnits(),
            d.cadres(),
            d.contactUnits(),
            d.assignments(),
            d.activities(),
            d.absences(),
            d.feedback(),
            d.reviews(),
            d.terms(),
            d.breaks(),
            d.workdays());
    return all.stream().mapToLong(List::size).sum();
  }

  private static String opt(String[] args, String name, String dflt) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return dflt;
  }

  private static double secs(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void out(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}
