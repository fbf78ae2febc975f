package org.lianxi.csv;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.Break;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Review;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.WorkdayOverride;
import org.lianxi.core.sample.SampleProvince;
import org.lianxi.core.sample.SampleSink;

/**
 * Benchmark (a main, not a test): parse-and-validate of a 1,000,000-row {@code activities.csv}
 * through {@link CsvDatasetReader#readActivities}, the streaming API. The file is the first million
 * activities of the sample province (seed 2024), written once with {@link CsvDatasetWriter} into
 * {@code target/bench/}. Prints, for comparison, the raw split speed of Jackson's CSV parser and of
 * the tokenizer over the same bytes, then the full read (decode, split, parse every value, check
 * ids and build each {@link Activity}). Target: at least 1,000,000 rows/s.
 *
 * <p>Run: {@code mvn -B -q -pl adapters-csv -am test-compile} then {@code java -cp
 * adapters-csv/target/test-classes:adapters-csv/target/classes:core/target/classes:$(cat cp.txt)
 * org.lianxi.csv.ActivitiesReadBench [rows] [rounds] [read-only]} (see the module's README for the
 * class path).
 */
public final class ActivitiesReadBench {
  private ActivitiesReadBench() {}

  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    boolean splits = args.length <= 2 || !args[2].equals("read-only");
    Path file = Path.of("target", "bench", "activities-" + rows + ".csv");
    if (!Files.exists(file)) {
      generate(rows, file);
    }
    long bytes = Files.size(file);
    System.out.printf(Locale.ROOT, "%s: %,d rows, %,d bytes%n", file, rows, bytes);

    CsvDatasetReader reader = new CsvDatasetReader();
    Rate[] jackson = new Rate[rounds];
    Rate[] tokenizer = new Rate[rounds];
    Rate[] full = new Rate[rounds];
    for (int i = 0; i < rounds; i++) {
      jackson[i] = splits ? rate(rows, () -> jacksonSplit(file)) : new Rate(0, 0);
      tokenizer[i] = splits ? rate(rows, () -> tokenizerSplit(file)) : new Rate(0, 0);
      long[] n = {0};
      full[i] = rate(rows, () -> reader.readActivities(file, a -> n[0]++));
      if (n[0] != rows) {
        throw new IllegalStateException("read " + n[0] + " rows, expected " + rows);
      }
      System.out.printf(
          Locale.ROOT,
          "round %d: jackson split %s | tokenizer split %s | parse-and-validate %s%n",
          i + 1,
          jackson[i],
          tokenizer[i],
          full[i]);
    }
    System.out.printf(
        Locale.ROOT,
        "median of rounds 3-%d (rows/s by wall clock | rows per CPU-second of the process):%n"
            + "  jackson split      %s%n  tokenizer split    %s%n  parse-and-validate %s%n"
            + "best parse-and-validate by wall clock: %,.0f rows/s; machine load average %.1f"
            + " on %d cores%n",
        rounds,
        median(jackson),
        median(tokenizer),
        median(full),
        Arrays.stream(full).mapToDouble(Rate::wall).max().orElse(0),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
  }

  /** Rows per second by wall clock, and per CPU-second of the whole process (GC and JIT too). */
  record Rate(double wall, double cpu) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%,10.0f | %,10.0f", wall, cpu);
    }
  }

  private interface Run {
    void run() throws IOException;
  }

  private static Rate rate(int rows, Run run) throws IOException {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long c0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    run.run();
    long wall = System.nanoTime() - t0;
    long cpu = os.getProcessCpuTime() - c0;
    return new Rate(rows / (wall / 1e9), rows / (cpu / 1e9));
  }

  /** The median, skipping the first two (warm-up) rounds. */
  private static Rate median(Rate[] values) {
    Rate[] v = Arrays.copyOfRange(values, Math.min(2, values.length - 1), values.length);
    double[] wall = Arrays.stream(v).mapToDouble(Rate::wall).sorted().toArray();
    double[] cpu = Arrays.stream(v).mapToDouble(Rate::cpu).sorted().toArray();
    return new Rate(wall[wall.length / 2], cpu[cpu.length / 2]);
  }

  private static void jacksonSplit(Path file) throws IOException {
    long cells = 0;
    try (Reader in = new DecodingReader(Files.newInputStream(file), StandardCharsets.UTF_8);
        JsonParser p = new CsvFactory().createParser(in)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          cells += p.getTextLength();
        }
      }
    }
    if (cells == 0) {
      throw new IllegalStateException("no cells");
    }
  }

  private static void tokenizerSplit(Path file) throws IOException {
    long cells = 0;
    try (InputStream in = Files.newInputStream(file);
        CsvTokenizer t = new CsvTokenizer(new DecodingReader(in, StandardCharsets.UTF_8))) {
      while (t.next()) {
        cells += t.end(t.size() - 1) - t.start(0);
      }
    } catch (CsvSyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (cells == 0) {
      throw new IllegalStateException("no cells");
    }
  }

  /** Writes the first {@code rows} activities of the sample province. */
  private static void generate(int rows, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    List<Activity> activities = new ArrayList<>(rows);
    try {
      SampleProvince.stream(
          40,
          2024,
          new ActivitySink() {
            @Override
            public void activity(Activity activity) {
              activities.add(activity);
              if (activities.size() == rows) {
                throw new Enough();
              }
            }
          });
    } catch (Enough done) {
      // the province sent enough
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    new CsvDatasetWriter().writeActivities(activities, tmp);
    Files.move(tmp, file);
  }

  /** Stops the province stream. */
  private static final class Enough extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Enough() {
      super("enough", null, false, false);
    }
  }

  /** Ignores every fact but activities. */
  private abstract static class ActivitySink implements SampleSink {
    @Override
    public void term(Term term) {}

    @Override
    public void teachingBreak(Break teachingBreak) {}

    @Override
    public void workday(WorkdayOverride workday) {}

    @Override
    public void orgUnit(OrgUnit unit) {}

    @Override
    public void cadre(Cadre cadre) {}

    @Override
    public void contactUnit(ContactUnit unit) {}

    @Override
    public void assignment(Assignment assignment) {}

    @Override
    public void absence(Absence absence) {}

    @Override
    public void feedback(Feedback feedback) {}

    @Override
    public void review(Review review) {}
  }
}
