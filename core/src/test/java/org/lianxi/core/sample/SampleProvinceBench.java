package org.lianxi.core.sample;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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

/**
 * Streams the province at a scale (default 1.0) into a counting sink and prints the seconds taken
 * and the counts. A benchmark, not a test: {@code java -cp ...
 * org.lianxi.core.sample.SampleProvinceBench [scale] [seed]}.
 */
public final class SampleProvinceBench {
  private SampleProvinceBench() {}

  /** Counts every fact it receives. */
  static final class CountingSink implements SampleSink {
    long terms;
    long breaks;
    long workdays;
    long orgUnits;
    long cadres;
    long contactUnits;
    long assignments;
    long absences;
    long activities;
    long feedback;
    long reviews;
    long checksum;

    @Override
    public void term(Term term) {
      terms++;
    }

    @Override
    public void teachingBreak(Break teachingBreak) {
      breaks++;
    }

    @Override
    public void workday(WorkdayOverride workday) {
      workdays++;
    }

    @Override
    public void orgUnit(OrgUnit unit) {
      orgUnits++;
    }

    @Override
    public void cadre(Cadre cadre) {
      cadres++;
    }

    @Override
    public void contactUnit(ContactUnit unit) {
      contactUnits++;
    }

    @Override
    public void assignment(Assignment assignment) {
      assignments++;
    }

    @Override
    public void absence(Absence absence) {
      absences++;
    }

    @Override
    public void activity(Activity activity) {
      activities++;
      checksum += activity.minutes();
    }

    @Override
    public void feedback(Feedback feedback) {
      this.feedback++;
    }

    @Override
    public void review(Review review) {
      reviews++;
    }
  }

  public static void main(String[] args) {
    double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 2024L;
    CountingSink sink = new CountingSink();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStarted = threads.getCurrentThreadCpuTime();
    long started = System.nanoTime();
    SampleManifest manifest = SampleProvince.stream(scale, seed, sink);
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "province scale %.2f seed %d streamed in %.2f s (%.2f s CPU of the generating thread):%n"
            + "  %d org units, %d cadres, %d contact units, %d assignments, %d absences,%n"
            + "  %d activities (%.0f per second), %d feedback items, %d reviews;%n"
            + "  %d planted patterns, %d planted shortfalls (minutes checksum %d)%n",
        scale,
        seed,
        seconds,
        cpu,
        sink.orgUnits,
        sink.cadres,
        sink.contactUnits,
        sink.assignments,
        sink.absences,
        sink.activities,
        sink.activities / seconds,
        sink.feedback,
        sink.reviews,
        manifest.patterns().size(),
        manifest.shortfalls().size(),
        sink.checksum);
  }
}
