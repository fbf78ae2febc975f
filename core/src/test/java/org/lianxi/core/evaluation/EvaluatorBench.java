package org.lianxi.core.evaluation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.memory.InMemoryFacts;
import org.lianxi.core.policy.Policies;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.port.out.Facts;
import org.lianxi.core.sample.SampleData;
import org.lianxi.core.sample.SampleProvince;

/**
 * Evaluates soochow-2019-95 over the sample province in memory and prints the time per evaluation
 * (warm). A benchmark, not a test:
 *
 * <pre>
 * java -cp ... org.lianxi.core.evaluation.EvaluatorBench [scale] [activities] [seed]
 * </pre>
 *
 * <p>The default scale 0.2 gives about 10,000 cadres; {@code activities} (default 1,000,000) tops
 * the province's own activities up to that number with copies of them moved one to six days later
 * (new ids, same cadre, type, unit, venue), so that the evaluator sees 100 activities a cadre; 0
 * keeps the province as generated. Facts are read through the in-memory ports ({@link
 * InMemoryFacts}), as a host embedding the library would.
 */
public final class EvaluatorBench {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private EvaluatorBench() {}

  public static void main(String[] args) {
    double scale = args.length > 0 ? Double.parseDouble(args[0]) : 0.2;
    int target = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 2024L;

    long t0 = System.nanoTime();
    SampleData sample = SampleProvince.generate(scale, seed);
    Dataset dataset = topUp(sample.dataset(), target);
    Facts facts = InMemoryFacts.factsOf(dataset);
    System.out.printf(
        Locale.ROOT,
        "province scale %.2f seed %d: %d cadres, %d activities, %d assignments, %d feedback items"
            + " (prepared in %.1f s)%n",
        scale,
        seed,
        dataset.cadres().size(),
        dataset.activities().size(),
        dataset.assignments().size(),
        dataset.feedback().size(),
        (System.nanoTime() - t0) / 1e9);

    Policy policy = Policies.soochow2019();
    Clock clock = Clock.fixed(Instant.parse("2025-02-01T00:00:00Z"), ZoneOffset.UTC);
    LocalDate asOf = LocalDate.parse("2025-01-12");
    for (boolean parallel : new boolean[] {false, true}) {
      Evaluator evaluator = parallel ? Evaluator.create(clock).parallel() : Evaluator.create(clock);
      Evaluation last = null;
      for (int i = 0; i < 3; i++) {
        last = evaluator.evaluate(policy, facts, "2024-2025-1", asOf, Exclusions.none());
      }
      double[] seconds = new double[7];
      double[] threadCpu = new double[7];
      double[] processCpu = new double[7];
      for (int i = 0; i < seconds.length; i++) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long process = OS.getProcessCpuTime();
        long s = System.nanoTime();
        last = evaluator.evaluate(policy, facts, "2024-2025-1", asOf, Exclusions.none());
        seconds[i] = (System.nanoTime() - s) / 1e9;
        threadCpu[i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        processCpu[i] = (OS.getProcessCpuTime() - process) / 1e9;
      }
      Arrays.sort(seconds);
      Arrays.sort(threadCpu);
      Arrays.sort(processCpu);
      Map<Status, Integer> counts = new EnumMap<>(Status.class);
      for (Verdict v : last.verdicts()) {
        counts.merge(v.status(), 1, Integer::sum);
      }
      System.out.printf(
          Locale.ROOT,
          "%-10s warm evaluation: wall min %.3f s, median %.3f s; CPU of the calling thread"
              + " median %.3f s, of the process median %.3f s (load average %.1f on %d cores);"
              + " %d verdicts %s%n",
          parallel ? "parallel" : "sequential",
          seconds[0],
          seconds[seconds.length / 2],
          threadCpu[threadCpu.length / 2],
          processCpu[processCpu.length / 2],
          OS.getSystemLoadAverage(),
          OS.getAvailableProcessors(),
          last.verdicts().size(),
          counts);
    }
  }

  /** The dataset with its activities topped up to {@code target} by shifted copies. */
  static Dataset topUp(Dataset d, int target) {
    int have = d.activities().size();
    if (target <= have) {
      return d;
    }
    List<Activity> all = new ArrayList<>(target);
    all.addAll(d.activities());
    int round = 1;
    while (all.size() < target) {
      for (int i = 0; i < have && all.size() < target; i++) {
        Activity a = d.activities().get(i);
        if (a.supersedes().isPresent()) {
          continue;
        }
        long days = 1 + (i + round) % 6;
        all.add(
            Activity.builder()
                .from(a)
                .activityId(a.activityId() + "~" + round)
                .start(a.start().plusDays(days))
                .recordedAt(a.recordedAt().plusDays(days))
                .build());
      }
      round++;
    }
    return Dataset.builder().from(d).activities(all).build();
  }
}
