package org.lianxi.core.evaluation;

import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.FeedbackChannel;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.domain.Venue;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of small random universities for property tests: cadres of every tier and role,
 * assignments, activities (any type, venue, unit, time, some outside the term), absences and
 * feedback, drawn as arrays of small integers so that QuickTheories can shrink them.
 */
final class Scenarios {
  static final LocalDate BASE = LocalDate.parse("2024-08-25");
  static final String[] CONTACT_UNITS = {"K1", "K2", "K3", "D1", "S1", "B1", "B2", "P1", "P2"};
  static final String[] DEPARTMENTS = {"XGB", "DWB", "TW", "CWC"};
  static final String[] ORG_UNITS = {"SUDA", "XGB", "DWB", "TW", "CWC", "WXY"};

  private Scenarios() {}

  /** The library's property-test settings: QT_EXAMPLES examples, a fixed QT_SEED when given. */
  static QuickTheory qt() {
    QuickTheory q = QuickTheory.qt().withExamples(Integer.getInteger("QT_EXAMPLES", 200));
    Long seed = Long.getLong("QT_SEED");
    return seed == null ? q : q.withFixedSeed(seed);
  }

  static Gen<int[]> ints(int n) {
    return Generate.intArrays(Generate.constant(n), Generate.range(0, 9999));
  }

  /** A random university. */
  static Gen<Scenario> scenarios() {
    return lists()
        .of(ints(5))
        .ofSizeBetween(1, 4)
        .zip(
            lists().of(ints(5)).ofSizeBetween(0, 6),
            lists().of(ints(8)).ofSizeBetween(0, 40),
            lists().of(ints(3)).ofSizeBetween(0, 2),
            lists().of(ints(6)).ofSizeBetween(0, 5),
            Scenario::new);
  }

  /** A random extra activity (id {@code NEW}) of one of the scenario's first cadres. */
  static Gen<int[]> extraActivities() {
    return ints(8);
  }

  /** A day of the autumn term's neighbourhood, 2024-08-25 plus 0..149 days. */
  static Gen<LocalDate> days() {
    return Generate.range(0, 149).map(BASE::plusDays);
  }

  /** The facts of one random university, as arrays of numbers. */
  record Scenario(
      List<int[]> cadres,
      List<int[]> assignments,
      List<int[]> activities,
      List<int[]> absences,
      List<int[]> feedback) {

    static String cadreId(int i) {
      return "C" + i;
    }

    String cadreOf(int n) {
      return cadreId(n % cadres.size());
    }

    World world() {
      World w = World.university();
      for (int i = 0; i < cadres.size(); i++) {
        int[] c = cadres.get(i);
        Tier tier = Tier.values()[c[0] % 3];
        String unit =
            tier == Tier.UNIVERSITY_LEADERSHIP
                ? "SUDA"
                : tier == Tier.COLLEGE_LEADERSHIP ? "WXY" : DEPARTMENTS[c[1] % DEPARTMENTS.length];
        w.cadre(
            World.aCadre(cadreId(i), tier, unit)
                .principal(c[2] % 2 == 0)
                .partyMember(c[3] % 3 != 0)
                .branchSecretary(c[4] % 4 == 0));
      }
      for (int[] a : assignments) {
        LocalDate from = LocalDate.parse("2024-07-01").plusDays(a[2] % 150);
        String to = a[3] % 2 == 0 ? null : from.plusDays(a[4] % 200).toString();
        w.assign(cadreOf(a[0]), CONTACT_UNITS[a[1] % CONTACT_UNITS.length], from.toString(), to);
      }
      for (int i = 0; i < activities.size(); i++) {
        w.add(activity("A" + i, activities.get(i)));
      }
      for (int[] a : absences) {
        LocalDate from = BASE.plusDays(a[1] % 150);
        w.absent(cadreOf(a[0]), from.toString(), from.plusDays(a[2] % 40).toString());
      }
      for (int i = 0; i < feedback.size(); i++) {
        int[] f = feedback.get(i);
        LocalDateTime received = BASE.plusDays(f[2] % 150).atTime(8 + f[3] % 12, 0);
        w.feedback(
            "F" + i,
            ORG_UNITS[f[0] % ORG_UNITS.length],
            FeedbackChannel.values()[f[1] % FeedbackChannel.values().length],
            received.toString(),
            f[4] % 3 == 0 ? null : received.plusHours(f[4] % 200).toString(),
            f[5] % 3 == 0 ? null : received.plusHours(f[5] % 600).toString());
      }
      return w;
    }

    /** An activity of the scenario from its numbers. */
    Activity.Builder activity(String id, int[] a) {
      LocalDateTime start = BASE.plusDays(a[2] % 150).atTime(7 + a[3] % 14, (a[3] % 4) * 15);
      Activity.Builder b =
          World.anActivity(
                  id,
                  cadreOf(a[0]),
                  ActivityType.values()[a[1] % ActivityType.values().length],
                  start.toString())
              .minutes(15 + a[4] % 166)
              .venue(Venue.values()[a[6] % Venue.values().length])
              .recordedAt(start.plusHours(1 + a[7] % 1500));
      int unit = a[5] % (CONTACT_UNITS.length + 2);
      if (unit < CONTACT_UNITS.length) {
        b.contactUnitId(CONTACT_UNITS[unit]);
      }
      return b;
    }

    @Override
    public String toString() {
      return "Scenario[cadres="
          + show(cadres)
          + ", assignments="
          + show(assignments)
          + ", activities="
          + show(activities)
          + ", absences="
          + show(absences)
          + ", feedback="
          + show(feedback)
          + "]";
    }

    private static String show(List<int[]> arrays) {
      return arrays.stream().map(Arrays::toString).collect(Collectors.joining(", ", "[", "]"));
    }
  }
}
