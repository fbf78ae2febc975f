package org.lianxi.core.integrity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.Dataset;

/**
 * What the integrity rules look at besides one cadre's activities: the settings, as-of, the records
 * superseded by a later record (any record in the log naming it in {@code supersedes}), and the
 * absences, assignments and contact units. The activities are checked cadre by cadre ({@link
 * #cadre}): every activity that is not superseded and starts on or before as-of. Not thread-safe
 * while {@link #supersede} is called; read-only use is safe from any number of threads.
 */
final class CheckedLog {
  static final Comparator<Activity> BY_START =
      (a, b) -> {
        int c = a.start().compareTo(b.start());
        return c != 0 ? c : a.activityId().compareTo(b.activityId());
      };
  static final Comparator<Activity> BY_RECORDED =
      (a, b) -> {
        int c = a.recordedAt().compareTo(b.recordedAt());
        return c != 0 ? c : a.activityId().compareTo(b.activityId());
      };

  private final IntegritySettings settings;
  private final LocalDate asOf;

  /** The start of the day after as-of: activities starting before it are checked. */
  private final LocalDateTime asOfEnd;

  private final Set<String> superseded;
  private final Map<String, List<Absence>> absences;
  private final Map<String, List<Assignment>> assignments;
  private final Map<String, ContactUnit> contactUnits;

  private CheckedLog(Dataset data, LocalDate asOf, IntegritySettings settings) {
    this.settings = settings;
    this.asOf = asOf;
    this.asOfEnd = asOf.plusDays(1).atStartOfDay();
    this.superseded = new HashSet<>();
    for (Activity a : data.activities()) {
      if (a.supersedes().isPresent()) {
        superseded.add(a.supersedes().get());
      }
    }
    this.absences = new HashMap<>();
    for (Absence a : data.absences()) {
      absences.computeIfAbsent(a.cadreId(), k -> new ArrayList<>()).add(a);
    }
    this.assignments = new HashMap<>();
    for (Assignment a : data.assignments()) {
      assignments.computeIfAbsent(a.cadreId(), k -> new ArrayList<>()).add(a);
    }
    this.contactUnits = new HashMap<>();
    for (ContactUnit u : data.contactUnits()) {
      contactUnits.putIfAbsent(u.contactUnitId(), u);
    }
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

  /** Notes that a record names {@code activityId} in {@code supersedes}. */
  void supersede(String activityId) {
    superseded.add(activityId);
  }

  /** Whether a record of the log supersedes the activity. */
  boolean isSuperseded(String activityId) {
    return !superseded.isEmpty() && superseded.contains(activityId);
  }

  /**
   * The checked activities among one cadre's records (every record of that cadre, any order): not
   * superseded, starting on or before as-of; by start, then id.
   */
  CadreLog cadre(String cadreId, Collection<Activity> records) {
    Activity[] kept = new Activity[records.size()];
    int n = 0;
    boolean sorted = true;
    for (Activity a : records) {
      if (!a.start().isBefore(asOfEnd) || isSuperseded(a.activityId())) {
        continue;
      }
      if (sorted && n > 0 && BY_START.compare(kept[n - 1], a) > 0) {
        sorted = false;
      }
      kept[n++] = a;
    }
    if (n < kept.length) {
      kept = Arrays.copyOf(kept, n);
    }
    if (!sorted) {
      Arrays.sort(kept, BY_START);
    }
    return new CadreLog(cadreId, kept);
  }

  List<Absence> absences(String cadreId) {
    return absences.getOrDefault(cadreId, List.of());
  }

  List<Assignment> assignments(String cadreId) {
    return assignments.getOrDefault(cadreId, List.of());
  }

  Optional<ContactUnit> contactUnit(String contactUnitId) {
    return Optional.ofNullable(contactUnits.get(contactUnitId));
  }
}
