package org.lianxi.core.integrity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.sample.SampleProvince;

/**
 * Links per second of {@link HashChain#link} (SHA-256 and HMAC-SHA-256) over the activities of a
 * sample province (scale {@code args[0]}, 0.2 by default = about 600,000 activities), chained
 * {@code args[1]} times (2 by default) per run, best of {@code args[2]} runs (5 by default). Not a
 * test: run with {@code java -cp <test-classpath> org.lianxi.core.integrity.HashChainBench}.
 */
public final class HashChainBench {
  private HashChainBench() {}

  public static void main(String[] args) {
    double scale = args.length > 0 ? Double.parseDouble(args[0]) : 0.2;
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<Activity> activities = SampleProvince.generate(scale, 2024).dataset().activities();
    HashChain sha = HashChain.sha256();
    HashChain hmac = HashChain.hmac("bench-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    for (String name : List.of("sha256", "hmac")) {
      HashChain chain = name.equals("sha256") ? sha : hmac;
      double best = 0;
      String head = "";
      for (int r = 0; r < runs; r++) {
        long t0 = System.nanoTime();
        String previous = HashChain.GENESIS;
        for (int p = 0; p < passes; p++) {
          for (Activity a : activities) {
            previous = chain.link(previous, a);
          }
        }
        long ns = System.nanoTime() - t0;
        double perSecond = (double) activities.size() * passes * 1e9 / ns;
        best = Math.max(best, perSecond);
        head = previous;
      }
      System.out.printf(
          "FIGURE HashChain.link %s: %,d links per run, best of %d: %,.0f links/s (head %s)%n",
          name, (long) activities.size() * passes, runs, best, head);
    }
  }
}
