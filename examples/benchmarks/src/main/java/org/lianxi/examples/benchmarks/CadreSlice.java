package org.lianxi.examples.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Review;

/**
 * A dataset indexed by cadre, cutting out one cadre's slice: that cadre's activities, assignments
 * and absences, the contact units they name, the org units of the cadre's university and the
 * calendar (what a partitioned run, e.g. one Spark group per cadre, hands the library). The
 * benchmarks use it to pick a cadre and to build the dataset with one more activity for the full
 * re-evaluation; the incremental re-evaluation itself is the engine's {@code TermSession}. Not
 * thread-safe.
 */
public final class CadreSlice {
  private final Dataset all;
  private final Map<String, Cadre> cadres = new HashMap<>();
  private final Map<String, List<Activity>> activities = new HashMap<>();
  private final Map<String, List<Assignment>> assignments = new HashMap<>();
  private final Map<String, List<Absence>> absences = new HashMap<>();
  private final Map<String, ContactUnit> contactUnits = new HashMap<>();
  private final Map<String, List<OrgUnit>> unitsByRoot = new HashMap<>();
  private final Map<String, String> rootOf = new HashMap<>();
  private final Map<String, List<Review>> reviews = new HashMap<>();

  public CadreSlice(Dataset all) {
    this.all = all;
    for (Cadre c : all.cadres()) {
      cadres.put(c.cadreId(), c);
    }
    for (Activity a : all.activities()) {
      activities.computeIfAbsent(a.cadreId(), k -> new ArrayList<>()).add(a);
    }
    for (Assignment a : all.assignments()) {
      assignments.computeIfAbsent(a.cadreId(), k -> new ArrayList<>()).add(a);
    }
    for (Absence a : all.absences()) {
      absences.computeIfAbsent(a.cadreId(), k -> new ArrayList<>()).add(a);
    }
    Map<String, String> cadreOfActivity = new HashMap<>();
    for (Activity a : all.activities()) {
      cadreOfActivity.put(a.activityId(), a.cadreId());
    }
    for (Review r : all.reviews()) {
      String c = cadreOfActivity.get(r.activityId());
      if (c != null) {
        reviews.computeIfAbsent(c, k -> new ArrayList<>()).add(r);
      }
    }
    for (ContactUnit u : all.contactUnits()) {
      contactUnits.put(u.contactUnitId(), u);
    }
    Map<String, OrgUnit> byId = new HashMap<>();
    for (OrgUnit u : all.orgUnits()) {
      byId.put(u.unitId(), u);
    }
    for (OrgUnit u : all.orgUnits()) {
      OrgUnit r = u;
      while (r.parentId().isPresent() && byId.containsKey(r.parentId().get())) {
        r = byId.get(r.parentId().get());
      }
      rootOf.put(u.unitId(), r.unitId());
      unitsByRoot.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(u);
    }
  }

  /** Records one new activity in the index (what a host does on each append). */
  public void add(Activity a) {
    activities.computeIfAbsent(a.cadreId(), k -> new ArrayList<>()).add(a);
  }

  /** Everything of the dataset plus {@code extra} (for the full re-evaluation). */
  public Dataset withActivity(Activity extra) {
    return Dataset.builder().from(all).addActivities(extra).build();
  }

  /** The activities of one cadre (indexed). */
  public List<Activity> activitiesOf(String cadreId) {
    return activities.getOrDefault(cadreId, List.of());
  }

  /**
   * The one-cadre dataset: the cadre's facts, the units they name, their university, the calendar.
   */
  public Dataset slice(String cadreId) {
    Cadre cadre = cadres.get(cadreId);
    List<Activity> acts = activities.getOrDefault(cadreId, List.of());
    List<Assignment> asg = assignments.getOrDefault(cadreId, List.of());
    Set<String> unitIds = new LinkedHashSet<>();
    for (Assignment a : asg) {
      unitIds.add(a.contactUnitId());
    }
    for (Activity a : acts) {
      a.contactUnitId().ifPresent(unitIds::add);
    }
    List<ContactUnit> units = new ArrayList<>(unitIds.size());
    for (String id : unitIds) {
      ContactUnit u = contactUnits.get(id);
      if (u != null) {
        units.add(u);
      }
    }
    return Dataset.builder()
        .terms(all.terms())
        .breaks(all.breaks())
        .workdays(all.workdays())
        .orgUnits(unitsByRoot.get(rootOf.get(cadre.unitId())))
        .addCadres(cadre)
        .contactUnits(units)
        .assignments(asg)
        .activities(acts)
        .absences(absences.getOrDefault(cadreId, List.of()))
        .reviews(reviews.getOrDefault(cadreId, List.of()))
        .build();
  }
}
