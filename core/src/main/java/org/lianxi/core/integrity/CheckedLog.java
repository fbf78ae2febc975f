package org.lianxi.core.integrity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.Dataset;

/**
 * The records the integrity rules look at: every activity in the log that is not superseded by a
 * later record and starts on or before as-of, with the facts the rules need (absences, assignments,
 * contact units). A record is superseded when any record in the log names it in {@code supersedes}.
 */
final class CheckedLog {
  static final Comparator<Activity> BY_START =
      Comparator.comparing(Activity::start).thenComparing(Activity::activityId);
  static final Comparator<Activity> BY_RECORDED =
      Comparator.comparing(Activity::recordedAt).thenComparing(Activity::activityId);

  private final IntegritySettings settings;
  private final LocalDate asOf;
  private final ImmutableList<Activity> activities;
  private final ImmutableListMultimap<String, Activity> byCadre;
  private final ImmutableListMultimap<String, Absence> absences;
  private final ImmutableListMultimap<String, Assignment> assignments;
  private final ImmutableMap<String, ContactUnit> contactUnits;

  private CheckedLog(Dataset data, LocalDate asOf, IntegritySettings settings) {
    this.settings = settings;
    this.asOf = asOf;
    Set<String> superseded = new HashSet<>();
    for (Activity a : data.activities()) {
      a.supersedes().ifPresent(superseded::add);
    }
    this.activities =
        data.activities().stream()
            .filter(a -> !superseded.contains(a.activityId()))
            .filter(a -> !a.day().isAfter(asOf))
            .sorted(Comparator.comparing(Activity::cadreId).thenComparing(BY_START))
            .collect(ImmutableList.toImmutableList());
    this.byCadre = Multimaps.index(activities, Activity::cadreId);
    this.absences = Multimaps.index(data.absences(), Absence::cadreId);
    this.assignments = Multimaps.index(data.assignments(), Assignment::cadreId);
    this.contactUnits =
        data.contactUnits().stream()
            .collect(
                ImmutableMap.toImmutableMap(
                    ContactUnit::contactUnitId, Function.identity(), (a, b) -> a));
  }

  static CheckedLog of(Dataset data, LocalDate asOf, IntegritySettings settings) {
    return new CheckedLog(
        Objects.requireNonNull(data),
        Objects.requireNonNull(asOf),
        Objects.requireNonNull(settings));
  }

  IntegritySettings settings() {
    return settings;
  }

  LocalDate asOf() {
    return asOf;
  }

  /** The checked activities, by cadre, then start, then id. */
  ImmutableList<Activity> activities() {
    return activities;
  }

  /** Each cadre's checked activities by start, then id. */
  ImmutableListMultimap<String, Activity> byCadre() {
    return byCadre;
  }

  List<Absence> absences(String cadreId) {
    return absences.get(cadreId);
  }

  List<Assignment> assignments(String cadreId) {
    return assignments.get(cadreId);
  }

  Optional<ContactUnit> contactUnit(String contactUnitId) {
    return Optional.ofNullable(contactUnits.get(contactUnitId));
  }
}
