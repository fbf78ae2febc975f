package org.lianxi.examples.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Term;
import org.lianxi.core.integrity.HashChain;
import org.lianxi.core.memory.CompactActivityLog;
import org.lianxi.core.memory.InMemoryFacts;
import org.lianxi.core.policy.Policies;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.port.in.AssessTermUseCase;
import org.lianxi.core.port.in.Assessment;
import org.lianxi.core.port.out.Facts;
import org.lianxi.core.sample.SampleProvince;

/**
 * Issue 8, resident heap: what the generated province and the in-memory facts over it cost, with
 * the plain log ({@link InMemoryFacts#of}) and the compact one ({@link InMemoryFacts#compact}),
 * with and without the generated {@link Dataset} kept, and the full assessment's time over each
 * store. Usage: {@code java -cp benchmarks.jar org.lianxi.examples.benchmarks.HeapBenchmark
 * [--scale 0.1] [--runs 3] [--histogram] [--heap-only]} ({@code --histogram} prints the top of
 * {@code jcmd GC.class_histogram} at each step; {@code --heap-only} skips the assessments).
 */
public final class HeapBenchmark {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final long SEED = 20241L;

  private HeapBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<String> a = Arrays.asList(args);
    double scale = Double.parseDouble(opt(args, "--scale", "0.1"));
    int runs = Integer.parseInt(opt(args, "--runs", "3"));
    boolean histogram = a.contains("--histogram");
    boolean heapOnly = a.contains("--heap-only");
    out("heap benchmark: scale %s, seed %d, max heap %d MB", scale, SEED, mb(maxHeap()));

    long base = usedAfterGc();
    Dataset data = SampleProvince.generate(scale, SEED).dataset();
    int n = data.activities().size();
    long withData = usedAfterGc();
    line(
        "generated Dataset alone (every fact, activities as Activity objects)", withData - base, n);
    histogram(histogram, "generated dataset");

    Dataset noActivities = Dataset.builder().from(data).activities(List.of()).build();
    Facts plain = InMemoryFacts.factsOf(data);
    long plainAndData = usedAfterGc();
    line("Dataset kept + plain facts (InMemoryFacts.of)", plainAndData - base, n);
    data = null;
    long plainOnly = usedAfterGc();
    line("plain facts alone (Dataset dropped)", plainOnly - base, n);
    histogram(histogram, "plain facts alone");

    // the same records again, from the plain facts (equal values), into the compact store
    Dataset again = plain.snapshot();
    Facts compact = InMemoryFacts.compactFactsOf(again);
    if (!heapOnly) {
      Assessment a1 = assess(plain, again, 1)[0];
      Assessment a2 = assess(compact, again, 1)[0];
      if (!a1.evaluation().verdicts().equals(a2.evaluation().verdicts())
          || !a1.integrity().findings().equals(a2.integrity().findings())) {
        throw new IllegalStateException(
            "the compact store's assessment differs from the plain one's");
      }
      out(
          "assessments over the plain and the compact store: EQUAL (%d verdicts, %d findings)",
          a1.evaluation().verdicts().size(), a1.integrity().findings().size());
    }
    Term term = again.terms().get(0);
    plain = null;
    long compactAndData = usedAfterGc();
    line("Dataset kept + compact facts (InMemoryFacts.compact)", compactAndData - base, n);
    CompactActivityLog everyHash = new CompactActivityLog(HashChain.sha256(), 1);
    long beforeLog = usedAfterGc();
    everyHash.append(again.activities());
    long afterLog = usedAfterGc();
    line(
        "  a CompactActivityLog keeping every hash (hashEvery 1), the log alone",
        afterLog - beforeLog,
        n);
    everyHash = null;
    again = null;
    long compactOnly = usedAfterGc();
    line("compact facts alone (Dataset dropped)  <- the issue-8 figure", compactOnly - base, n);
    histogram(histogram, "compact facts alone");

    double[] tc = heapOnly ? null : time(compact, term, runs);
    compact = null;
    long other = usedAfterGc() - base;
    line("  of which the facts other than activities (Dataset without activities)", other, n);
    line("  of which the compact activity log", compactOnly - base - other, n);
    if (noActivities.cadres().isEmpty()) {
      throw new IllegalStateException("no cadres");
    }
    noActivities = null;
    if (heapOnly) {
      return;
    }
    Dataset fresh = SampleProvince.generate(scale, SEED).dataset();
    Facts plainAgain = InMemoryFacts.factsOf(fresh);
    fresh = null;
    double[] tp = time(plainAgain, term, runs);
    out(
        "full assessment (AssessTermUseCase, every rule + every obligation), %d runs:"
            + " plain best %,.0f ms (median %,.0f), compact best %,.0f ms (median %,.0f);"
            + " compact/plain %.2f",
        runs, tp[0] * 1e3, tp[runs / 2] * 1e3, tc[0] * 1e3, tc[runs / 2] * 1e3, tc[0] / tp[0]);
    long t0 = System.nanoTime();
    int count = plainAgain.activityLog().activities().size();
    out("plain: activities() of %,d records in %,.1f ms", count, (System.nanoTime() - t0) / 1e6);
  }

  private static Assessment[] assess(Facts facts, Dataset data, int runs) {
    Term term = data.terms().get(0);
    LocalDate asOf = term.endsOn();
    Clock clock = Clock.fixed(asOf.atStartOfDay(ZONE).toInstant(), ZONE);
    Policy policy = Policies.soochow2019();
    Assessment[] out = new Assessment[runs];
    AssessTermUseCase assess = AssessTermUseCase.using(facts, clock);
    for (int i = 0; i < runs; i++) {
      out[i] = assess.assess(policy, term.termId(), asOf);
    }
    return out;
  }

  private static double[] time(Facts facts, Term term, int runs) {
    LocalDate asOf = term.endsOn();
    Clock clock = Clock.fixed(asOf.atStartOfDay(ZONE).toInstant(), ZONE);
    Policy policy = Policies.soochow2019();
    AssessTermUseCase assess = AssessTermUseCase.using(facts, clock);
    assess.assess(policy, term.termId(), asOf); // warm-up
    double[] t = new double[runs];
    for (int i = 0; i < runs; i++) {
      long s = System.nanoTime();
      if (assess.assess(policy, term.termId(), asOf).evaluation().verdicts().isEmpty()) {
        throw new IllegalStateException("no verdicts");
      }
      t[i] = (System.nanoTime() - s) / 1e9;
    }
    Arrays.sort(t);
    long s = System.nanoTime();
    int count = facts.activityLog().activities().size();
    out("  activities() of %,d records in %,.1f ms", count, (System.nanoTime() - s) / 1e6);
    return t;
  }

  private static void line(String what, long bytes, int activities) {
    out(
        "%-72s %,8.1f MB  %6.0f B/activity (%,d activities)",
        what, bytes / 1048576.0, bytes / (double) activities, activities);
  }

  private static void histogram(boolean on, String when) throws IOException, InterruptedException {
    if (!on) {
      return;
    }
    Process p =
        new ProcessBuilder(
                "jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
            .redirectErrorStream(true)
            .start();
    out("--- class histogram (top 16), %s", when);
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String l;
      int i = 0;
      while ((l = r.readLine()) != null) {
        if (i++ < 19) {
          out("%s", l);
        }
      }
    }
    p.waitFor();
  }

  private static long usedAfterGc() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return r.totalMemory() - r.freeMemory();
  }

  private static long maxHeap() {
    return Runtime.getRuntime().maxMemory();
  }

  private static long mb(long bytes) {
    return bytes >> 20;
  }

  private static String opt(String[] args, String name, String dflt) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return dflt;
  }

  private static void out(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}
