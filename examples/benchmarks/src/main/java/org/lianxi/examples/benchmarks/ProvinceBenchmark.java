package org.lianxi.examples.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.evaluation.Evaluation;
import org.lianxi.core.evaluation.Evaluator;
import org.lianxi.core.evaluation.Exclusions;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.integrity.Finding;
import org.lianxi.core.integrity.IntegrityChecker;
import org.lianxi.core.memory.InMemoryFacts;
import org.lianxi.core.policy.Policies;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.port.in.AssessTermUseCase;
import org.lianxi.core.port.in.Assessment;
import org.lianxi.core.port.in.CadreAssessment;
import org.lianxi.core.port.in.TermSession;
import org.lianxi.core.port.out.Facts;
import org.lianxi.core.sample.SampleProvince;
import org.lianxi.csv.CsvDatasetReader;
import org.lianxi.csv.CsvDatasetWriter;
import org.lianxi.jdbc.JdbcLianxi;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The province benchmark of issue 8: generates the province, then prints every figure with its
 * target. Usage: {@code province [--scale 1.0] [--runs 5] [--no-pg] [--dir target/province]},
 * {@code scaling [--scales 0.25,0.5,1]}, or {@code jmh <JMH options>}.
 */
public final class ProvinceBenchmark {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final long SEED = 20241L;
  private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  private ProvinceBenchmark() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length == 0 ? "province" : args[0];
    if (mode.equals("jmh")) {
      org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    double scale = Double.parseDouble(opt(args, "--scale", "1.0"));
    int runs = Integer.parseInt(opt(args, "--runs", "5"));
    boolean pg = !Arrays.asList(args).contains("--no-pg");
    Path dir = Path.of(opt(args, "--dir", "target/province"));
    if (mode.equals("scaling")) {
      scalingSeries(opt(args, "--scales", "0.25,0.5,1"), runs);
      return;
    }
    province(scale, runs, pg, dir);
    String scales = opt(args, "--scales", "");
    if (!scales.isEmpty()) {
      scalingSeries(scales, runs);
    }
  }

  /** Full evaluation at each scale, then whether time per activity stayed flat (linear growth). */
  private static void scalingSeries(String scales, int runs) {
    List<String> at = new ArrayList<>();
    double lo = Double.MAX_VALUE;
    double hi = 0;
    for (String s : scales.split(",")) {
      double nsPerActivity = scaling(Double.parseDouble(s), runs);
      at.add(String.format(Locale.ROOT, "%sx %.0f ns", s, nsPerActivity));
      lo = Math.min(lo, nsPerActivity);
      hi = Math.max(hi, nsPerActivity);
    }
    figure(
        "scaling: full evaluation time per activity (best of sequential and parallel) at " + scales,
        String.join(", ", at) + String.format(Locale.ROOT, "; largest / smallest %.2f", hi / lo),
        "linear growth (time per activity within 1.5x across scales)",
        hi / lo <= 1.5);
  }

  private static String opt(String[] args, String name, String dflt) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return dflt;
  }

  // ---------------------------------------------------------------------------------------- main

  private static void province(double scale, int runs, boolean pg, Path dir) throws Exception {
    out(
        "Lianxi province benchmark: scale %s, seed %d, %d cores, max heap %d MB",
        scale,
        SEED,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    out("(figures on a shared, loaded 2-core machine: noisy; compare ratios, not absolutes)");
    long heap0 = usedAfterGc();
    long t0 = System.nanoTime();
    // The facts the engine reads, in the compact store (InMemoryFacts.compact); the generated
    // Dataset is dropped inside the supplier, as a host loading its facts would drop its input.
    Supplier<Facts> load =
        () -> InMemoryFacts.compactFactsOf(SampleProvince.generate(scale, SEED).dataset());
    Facts compactFacts = load.get();
    double genS = secs(t0);
    long heap1 = usedAfterGc();
    // The dataset again (equal values) for the engine-only runs and the SQL baselines, and the
    // plain store (InMemoryFacts.of: fastest to read) for the timed assessment.
    Dataset data = compactFacts.snapshot();
    int n = data.activities().size();
    Facts facts = InMemoryFacts.factsOf(data);
    compactFacts = null;
    long heap2 = usedAfterGc();
    out(
        "generated in %.1f s: %d universities-worth of org units (%d), %d cadres, %d contact units,"
            + " %d activities, %d feedback items",
        genS,
        Math.max(1, Math.round(250 * scale)),
        data.orgUnits().size(),
        data.cadres().size(),
        data.contactUnits().size(),
        n,
        data.feedback().size());
    double perActivity = (heap1 - heap0) / (double) n;
    figure(
        "resident heap per activity (compact in-memory facts, every fact; Dataset dropped)",
        String.format(Locale.ROOT, "%.0f B (%d MB in all)", perActivity, (heap1 - heap0) >> 20),
        "<= 120 B",
        perActivity <= 120);
    out(
        "  for comparison: the generated Dataset kept + plain facts (InMemoryFacts.of): %.0f B per"
            + " activity (%d MB); the assessment below reads the plain facts",
        (heap2 - heap0) / (double) n, (heap2 - heap0) >> 20);

    Term term = data.terms().get(0);
    String termId = term.termId();
    LocalDate asOf = term.endsOn();
    Clock clock = Clock.fixed(asOf.atStartOfDay(ZONE).toInstant(), ZONE);
    Policy policy = Policies.soochow2019();

    // full evaluation: integrity + every obligation
    AssessTermUseCase assess = AssessTermUseCase.using(facts, clock);
    Assessment[] last = new Assessment[1];
    double[] full = time(runs, () -> last[0] = assess.assess(policy, termId, asOf));
    Assessment assessment = last[0];
    out(
        "full assessment: %d verdicts, %d findings, %d activities excluded",
        assessment.evaluation().verdicts().size(),
        assessment.integrity().findings().size(),
        assessment.integrity().excluded().size());
    AssessTermUseCase assessParallel = AssessTermUseCase.parallel(facts, clock);
    double[] fullPar = time(runs, () -> assessParallel.assess(policy, termId, asOf));
    double bestFull = Math.min(full[0], fullPar[0]);
    figure(
        "full evaluation warm (AssessTermUseCase: integrity + every obligation), best",
        "sequential "
            + ms(full[0])
            + " (median "
            + ms(median(full))
            + "), parallel "
            + ms(fullPar[0])
            + " (median "
            + ms(median(fullPar))
            + "), "
            + runs
            + " runs each",
        "<= 1500 ms",
        bestFull <= 1.5);
    Evaluator evaluator = Evaluator.create(clock);
    double[] evalOnly =
        time(runs, () -> evaluator.evaluate(policy, data, termId, asOf, Exclusions.none()));
    IntegrityChecker checker = IntegrityChecker.of(policy.integrity());
    double[] integ = time(runs, () -> checker.check(data, termId, asOf));
    out(
        "  of which: evaluation alone (no exclusions) best %s, integrity check alone best %s",
        ms(evalOnly[0]), ms(integ[0]));
    Evaluator par = evaluator.parallel();
    double[] evalPar =
        time(runs, () -> par.evaluate(policy, data, termId, asOf, Exclusions.none()));
    out("  evaluation alone with Evaluator.parallel(): best %s", ms(evalPar[0]));

    // the engine's answers that the SQL must give (no exclusions: the SQL does not model them)
    Evaluation plain = evaluator.evaluate(policy, data, termId, asOf, Exclusions.none());
    TreeSet<SqlBaseline.Row> engineRows = SqlBaseline.engineRows(plain);
    TreeSet<SqlBaseline.Pair> enginePairs = SqlBaseline.enginePairs(assessment.integrity());
    double[] fourChecks =
        time(
            runs,
            () -> {
              Evaluation e = evaluator.evaluate(policy, data, termId, asOf, Exclusions.none());
              return e.verdicts().isEmpty() ? e : checker.check(data, termId, asOf);
            });
    out(
        "engine, same four checks' inputs (evaluation + integrity, no exclusions): best %s;"
            + " %d verdicts of the three obligations, %d OVERLAP pairs",
        ms(fourChecks[0]), engineRows.size(), enginePairs.size());

    Path tables = dir.resolve("sql");
    long t1 = System.nanoTime();
    long rows = SqlBaseline.writeTables(data, termId, asOf, tables);
    double writeS = secs(t1);
    out("SQL tables written as CSV (%d rows) in %s", rows, ms(writeS));

    // DuckDB
    sqlBaseline(
        "DuckDB (in-process)",
        "jdbc:duckdb:",
        SqlBaseline.Db.DUCKDB,
        tables,
        runs,
        engineRows,
        enginePairs,
        bestFull,
        fourChecks[0]);
    // PostgreSQL
    if (pg) {
      try (Connection probe = DriverManager.getConnection(PG_URL, "postgres", "")) {
        try (Statement s = probe.createStatement()) {
          s.execute("DROP SCHEMA IF EXISTS lianxi_bench_sql CASCADE");
          s.execute("CREATE SCHEMA lianxi_bench_sql");
        }
      }
      sqlBaseline(
          "PostgreSQL 15",
          PG_URL + "?currentSchema=lianxi_bench_sql",
          SqlBaseline.Db.POSTGRES,
          tables,
          Math.min(runs, 3),
          engineRows,
          enginePairs,
          bestFull,
          fourChecks[0]);
    }

    // CSV read
    Path csv = dir.resolve("activities.csv");
    Files.createDirectories(dir);
    long t2 = System.nanoTime();
    new CsvDatasetWriter().writeActivities(data.activities(), csv);
    out("activities.csv written (%d MB) in %s", Files.size(csv) >> 20, ms(secs(t2)));
    CsvDatasetReader reader = new CsvDatasetReader();
    AtomicLong count = new AtomicLong();
    double[] read =
        time(
            3,
            () -> {
              count.set(0);
              return reader.readActivities(csv, a -> count.incrementAndGet());
            });
    double rowsPerS = count.get() / read[0];
    figure(
        "CSV read of activities (streaming reader), best of 3",
        String.format(
            Locale.ROOT, "%,.0f rows/s (%d rows in %s)", rowsPerS, count.get(), ms(read[0])),
        ">= 1,000,000 rows/s",
        rowsPerS >= 1_000_000);

    incremental(data, policy, termId, asOf, clock, assessment);

    if (pg) {
      postgresImport(data, policy, termId, asOf, clock, assessment, runs);
    }
  }

  private static void sqlBaseline(
      String name,
      String url,
      SqlBaseline.Db db,
      Path tables,
      int runs,
      TreeSet<SqlBaseline.Row> engineRows,
      TreeSet<SqlBaseline.Pair> enginePairs,
      double engineFull,
      double engineFour)
      throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
      long t = System.nanoTime();
      SqlBaseline.load(c, db, tables);
      double load = secs(t);
      Object[] got = new Object[2];
      double[] q =
          time(
              runs,
              () -> {
                try {
                  got[0] = SqlBaseline.verdicts(c);
                  got[1] = SqlBaseline.overlaps(c);
                  return got;
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
      @SuppressWarnings("unchecked")
      TreeSet<SqlBaseline.Row> rows = (TreeSet<SqlBaseline.Row>) got[0];
      @SuppressWarnings("unchecked")
      TreeSet<SqlBaseline.Pair> pairs = (TreeSet<SqlBaseline.Pair>) got[1];
      String d1 = SqlBaseline.diff(engineRows, rows);
      String d2 = SqlBaseline.diff(enginePairs, pairs);
      out(
          "%s: load %s, queries best %s (median %s), end to end %s; verdicts %s, OVERLAP pairs %s",
          name,
          ms(load),
          ms(q[0]),
          ms(median(q)),
          ms(load + q[0]),
          d1.isEmpty() ? "EQUAL to the engine's (" + rows.size() + ")" : "DIFFER:\n" + d1,
          d2.isEmpty() ? "EQUAL (" + pairs.size() + ")" : "DIFFER:\n" + d2);
      figure(
          "full evaluation no slower than " + name + " SQL for the same verdicts",
          String.format(
              Locale.ROOT,
              "engine full %s vs SQL queries %s (ratio SQL/engine %.2f; end to end %.2f);"
                  + " engine four checks %s (ratio %.2f)",
              ms(engineFull),
              ms(q[0]),
              q[0] / engineFull,
              (load + q[0]) / engineFull,
              ms(engineFour),
              q[0] / engineFour),
          "engine <= SQL",
          engineFull <= q[0]);
      if (!d1.isEmpty() || !d2.isEmpty()) {
        throw new IllegalStateException(name + " SQL baseline differs from the engine");
      }
    }
  }

  private static void incremental(
      Dataset data, Policy policy, String termId, LocalDate asOf, Clock clock, Assessment before) {
    CadreSlice index = new CadreSlice(data);
    Cadre cadre =
        data.cadres().stream()
            .filter(c -> c.tier() == Tier.UNIVERSITY_LEADERSHIP)
            .filter(c -> !index.activitiesOf(c.cadreId()).isEmpty())
            .findFirst()
            .orElseThrow();
    Activity model = index.activitiesOf(cadre.cadreId()).get(0);
    LocalDateTime start = asOf.minusDays(10).atTime(6, 30);
    Activity added =
        Activity.builder()
            .from(model)
            .activityId("BENCH-NEW-1")
            .start(start)
            .minutes(30)
            .recordedAt(start.plusHours(2))
            .supersedes(java.util.Optional.empty())
            .build();
    // full re-evaluation with the new activity
    Dataset after = index.withActivity(added);
    long t = System.nanoTime();
    Assessment fullAfter =
        AssessTermUseCase.using(InMemoryFacts.factsOf(after), clock).assess(policy, termId, asOf);
    double fullS = secs(t);
    // the incremental API: a session opened once, then record(activity) re-assesses its cadre
    t = System.nanoTime();
    TermSession session = TermSession.open(policy, data, termId, asOf, clock);
    double openS = secs(t);
    t = System.nanoTime();
    CadreAssessment recorded = session.record(added);
    double recordS = secs(t);
    CadreAssessment[] inc = new CadreAssessment[1];
    double[] times = time(200, () -> inc[0] = session.reassess(cadre.cadreId()));
    List<Verdict> want = fullAfter.evaluation().verdictsFor(cadre.cadreId());
    List<Finding> wantF = fullAfter.integrity().findingsOf(cadre.cadreId());
    boolean equal =
        want.equals(inc[0].verdicts())
            && wantF.equals(inc[0].findings())
            && want.equals(recorded.verdicts())
            && wantF.equals(recorded.findings());
    boolean changed = !want.equals(before.evaluation().verdictsFor(cadre.cadreId()));
    out(
        "incremental: cadre %s (%d activities), one new activity; TermSession.record's %d verdicts"
            + " and %d findings %s the full re-evaluation's (full re-evaluation took %s; session"
            + " opened once in %s; the record call itself %.3f ms; verdicts %s by the new"
            + " activity)",
        cadre.cadreId(),
        index.activitiesOf(cadre.cadreId()).size() + 1,
        inc[0].verdicts().size(),
        inc[0].findings().size(),
        equal ? "EQUAL" : "DIFFER from",
        ms(fullS),
        ms(openS),
        recordS * 1e3,
        changed ? "changed" : "unchanged");
    figure(
        "incremental re-evaluation of one cadre after one new activity (TermSession.reassess),"
            + " median of 200",
        String.format(Locale.ROOT, "%.3f ms (best %.3f ms)", median(times) * 1e3, times[0] * 1e3),
        "<= 1 ms",
        median(times) <= 0.001);
    if (!equal) {
      throw new IllegalStateException("incremental result differs from the full re-evaluation");
    }
  }

  private static void postgresImport(
      Dataset data,
      Policy policy,
      String termId,
      LocalDate asOf,
      Clock clock,
      Assessment inMemory,
      int runs)
      throws SQLException {
    try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS lianxi_bench CASCADE");
      s.execute("CREATE SCHEMA lianxi_bench");
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(PG_URL + "?currentSchema=lianxi_bench");
    ds.setUser("postgres");
    JdbcLianxi jdbc = JdbcLianxi.of(ds).migrate();
    long rows =
        (long) data.orgUnits().size()
            + data.cadres().size()
            + data.contactUnits().size()
            + data.assignments().size()
            + data.activities().size()
            + data.absences().size()
            + data.feedback().size()
            + data.reviews().size()
            + data.terms().size()
            + data.breaks().size()
            + data.workdays().size();
    long t = System.nanoTime();
    jdbc.importDataset(data);
    double importS = secs(t);
    double perS = rows / importS;
    figure(
        "PostgreSQL import via the JDBC adapter (COPY), all facts",
        String.format(
            Locale.ROOT,
            "%,.0f rows/s (%d rows in %s; activities %,.0f/s if they" + " took all of it)",
            perS,
            rows,
            ms(importS),
            data.activities().size() / importS),
        ">= 200,000 rows/s",
        perS >= 200_000);
    // evaluation read from PostgreSQL: every fact read back (one transaction), then the full
    // assessment of the read facts; and the assessment straight over the adapter's ports
    boolean same = true;
    double bestRead = Double.MAX_VALUE;
    double bestAll = Double.MAX_VALUE;
    for (int i = 0; i < Math.min(runs, 2); i++) {
      long r = System.nanoTime();
      Dataset read = jdbc.snapshot();
      double readS = secs(r);
      Assessment got =
          AssessTermUseCase.using(InMemoryFacts.factsOf(read), clock).assess(policy, termId, asOf);
      double allS = secs(r);
      same &= got.evaluation().verdicts().equals(inMemory.evaluation().verdicts());
      same &= got.integrity().findings().equals(inMemory.integrity().findings());
      bestRead = Math.min(bestRead, readS);
      bestAll = Math.min(bestAll, allS);
    }
    out(
        "FIGURE evaluation read from PostgreSQL (JdbcLianxi.snapshot(): %,d rows, then"
            + " AssessTermUseCase), best of %d: read %s (%,.0f rows/s), end to end %s; verdicts"
            + " and findings %s the in-memory ones | target none in issue 8 (reported) | %s",
        rows,
        Math.min(runs, 2),
        ms(bestRead),
        rows / bestRead,
        ms(bestAll),
        same ? "EQUAL to" : "DIFFER from",
        same ? "REPORTED" : "DIFFERS");
    long p = System.nanoTime();
    Assessment viaPorts = AssessTermUseCase.using(jdbc.facts(), clock).assess(policy, termId, asOf);
    boolean samePorts = viaPorts.evaluation().verdicts().equals(inMemory.evaluation().verdicts());
    out(
        "  AssessTermUseCase straight over JdbcLianxi.facts() (each port reads the database): %s;"
            + " verdicts %s the in-memory ones",
        ms(secs(p)), samePorts ? "EQUAL to" : "DIFFER from");
    if (!same || !samePorts) {
      throw new IllegalStateException("the evaluation read from PostgreSQL differs");
    }
  }

  // ------------------------------------------------------------------------------------ scaling

  private static double scaling(double scale, int runs) {
    Dataset data = SampleProvince.generate(scale, SEED).dataset();
    Term term = data.terms().get(0);
    LocalDate asOf = term.endsOn();
    Clock clock = Clock.fixed(asOf.atStartOfDay(ZONE).toInstant(), ZONE);
    Facts facts = InMemoryFacts.factsOf(data);
    AssessTermUseCase assess = AssessTermUseCase.using(facts, clock);
    AssessTermUseCase parallel = AssessTermUseCase.parallel(facts, clock);
    Policy policy = Policies.soochow2019();
    double[] t = time(runs, () -> assess.assess(policy, term.termId(), asOf));
    double[] p = time(runs, () -> parallel.assess(policy, term.termId(), asOf));
    int n = data.activities().size();
    out(
        "scaling: scale %s, %,d activities, %,d cadres: full evaluation best %s, median %s,"
            + " %.0f ns per activity; parallel (AssessTermUseCase.parallel, %d cores) best %s,"
            + " median %s (noisy: shared 2-core machine)",
        scale,
        n,
        data.cadres().size(),
        ms(t[0]),
        ms(median(t)),
        t[0] * 1e9 / n,
        Runtime.getRuntime().availableProcessors(),
        ms(p[0]),
        ms(median(p)));
    return Math.min(t[0], p[0]) * 1e9 / n;
  }

  // ------------------------------------------------------------------------------------ helpers

  /** Times {@code runs} calls after one untimed warm-up call (the figures are "warm"). */
  private static double[] time(int runs, Supplier<?> work) {
    double[] t = new double[runs];
    Object sink = work.get();
    for (int i = 0; i < runs; i++) {
      long s = System.nanoTime();
      sink = work.get();
      t[i] = secs(s);
    }
    if (sink == null) {
      throw new IllegalStateException("no result");
    }
    Arrays.sort(t);
    return t;
  }

  private static double median(double[] sorted) {
    return sorted[sorted.length / 2];
  }

  private static double secs(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static String ms(double s) {
    return String.format(Locale.ROOT, "%,.0f ms", s * 1e3);
  }

  private static long usedAfterGc() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return r.totalMemory() - r.freeMemory();
  }

  private static void figure(String what, String value, String target, boolean met) {
    out("FIGURE %s: %s | target %s | %s", what, value, target, met ? "MET" : "MISSED");
  }

  private static void out(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}
