package org.lianxi.core.sample;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lianxi.core.domain.Break;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.Term;
import org.lianxi.core.sample.Catalog.CollegeSpec;

/**
 * A province of universities in one term ({@code 2024-2025-1}, autumn, with its break and the
 * public holidays and 调休 weekends): at scale 1.0 about 250 universities, 50,000 cadres, 500,000
 * contact units, 3,000,000 activities and 100,000 feedback items. The scale multiplies the number
 * of universities (at least one). Each university ({@code U0001}…) has its own 20 departments
 * ({@code U0001-D01}…) and 15–35 colleges ({@code U0001-COL01}…, some under a 学部 {@code
 * U0001-XB1}), every unit linked to its university through {@code parent_id}. Most cadres meet
 * every obligation; some miss weeks or quotas; every 50th university (the first included) holds one
 * of each integrity pattern, and the first one also two reviews and the exemplar. All of it is
 * listed in the {@link SampleManifest}.
 *
 * <p>A pure function of scale and seed: {@link #generate} collects exactly what {@link #stream}
 * sends. Stateless and thread-safe; a sink is called only from the calling thread.
 */
public final class SampleProvince {
  /** Universities at scale 1.0. */
  public static final int UNIVERSITIES = 250;

  private static final int PATTERN_EVERY = 50;

  private SampleProvince() {}

  /**
   * The province at {@code scale} for {@code seed}, in memory (about 1 GB of heap at scale 1.0).
   */
  public static SampleData generate(double scale, long seed) {
    CollectingSink sink = new CollectingSink();
    SampleManifest manifest = stream(scale, seed, sink);
    return SampleData.of(sink.dataset(), manifest);
  }

  /**
   * Sends the province at {@code scale} for {@code seed} to {@code sink} one fact at a time (see
   * {@link SampleSink} for the order), holding one university at a time, and returns its manifest.
   *
   * @throws LianxiException if {@code scale} is not a positive finite number of at most 40
   */
  public static SampleManifest stream(double scale, long seed, SampleSink sink) {
    LianxiException.check(
        scale > 0 && scale <= 40 && !Double.isNaN(scale),
        "SampleProvince",
        "scale",
        scale,
        "must be > 0 and <= 40");
    int universities = Math.max(1, (int) Math.round(UNIVERSITIES * scale));
    SplittableRandom master = new SplittableRandom(seed);
    List<Term> terms = List.of(SampleCalendar.AUTUMN);
    List<Break> breaks = List.of(SampleCalendar.NATIONAL_DAY);
    List<TermDays> days = Generator.days(terms, SampleUniversity.calendar(terms, breaks));
    Ids ids = Ids.province();
    Generator g = new Generator(sink, ids, days, Scheduler.Density.PROVINCE, 150, 100, 4, 8);
    g.calendar(breaks, SampleCalendar.WORKDAYS);
    for (int i = 0; i < universities; i++) {
      SplittableRandom r = master.split();
      String id = Ids.pad("U", i + 1, 4);
      Campus campus =
          CampusFactory.build(
              new CampusFactory.Spec(
                  id,
                  i,
                  Catalog.universityName(i),
                  id + "-",
                  true,
                  Catalog.UNIVERSITY_LEADERS,
                  Catalog.DEPARTMENTS,
                  ImmutableList.copyOf(colleges(r, 15 + r.nextInt(21))),
                  4,
                  6,
                  r.nextInt(5) == 0 ? 1 + r.nextInt(2) : 0,
                  40,
                  24,
                  4,
                  6,
                  6,
                  4,
                  SampleCalendar.AUTUMN.opensOn(),
                  terms.size()),
              ids,
              r);
      Plan plan = Plan.province(campus, days, r, i % PATTERN_EVERY == 0, i == 0, i == 0);
      g.university(campus, plan, r);
    }
    return g.finish();
  }

  /** {@code n} distinct colleges in random order. */
  private static List<CollegeSpec> colleges(SplittableRandom r, int n) {
    List<CollegeSpec> pool = new ArrayList<>(Catalog.COLLEGES);
    List<CollegeSpec> chosen = new ArrayList<>(n);
    for (int i = 0; i < n && !pool.isEmpty(); i++) {
      chosen.add(pool.remove(r.nextInt(pool.size())));
    }
    return chosen;
  }
}
