package org.lianxi.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.calendar.DateRange;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.OrgUnit;

/**
 * One cadre's facts indexed for one evaluation: the activities that count (supersession, exact
 * duplicates and exclusions applied, each placed in its term window, academic year, teaching week
 * and month, with the type of the assigned unit it names on that day), the excluded ones with their
 * reasons, the assignments and the absences. Built and used by one thread.
 */
final class CadreFacts {
  /** An activity placed in the evaluation's calendar. */
  static final class Entry {
    final Activity activity;
    final ActivityType type;
    final long day;
    final boolean inWindow;
    final boolean inYear;
    final int week;
    final int month;
    final boolean inPerson;

    /** The type of the activity's contact unit when the cadre was assigned to it that day. */
    final ContactUnitType assignedType;

    final List<Exclusion> reasons;

    Entry(Activity a, Scope s, ContactUnitType assignedType, List<Exclusion> reasons) {
      this.activity = a;
      this.type = a.type();
      LocalDate date = a.day();
      this.day = date.toEpochDay();
      this.inWindow = s.inWindow(day);
      this.inYear = s.inYear(day);
      this.week = s.weekOf(day);
      this.month = s.monthOf(date);
      this.inPerson = a.inPerson();
      this.assignedType = assignedType;
      this.reasons = reasons;
    }

    String id() {
      return activity.activityId();
    }
  }

  private static final Comparator<Activity> BY_ID =
      (a, b) -> a.activityId().compareTo(b.activityId());

  private static final Comparator<Activity> BY_START_AND_ID =
      (a, b) -> {
        int c = a.start().compareTo(b.start());
        return c != 0 ? c : a.activityId().compareTo(b.activityId());
      };

  private static final Comparator<Activity> FIRST_RECORDED =
      (a, b) -> {
        int c = a.recordedAt().compareTo(b.recordedAt());
        return c != 0 ? c : a.activityId().compareTo(b.activityId());
      };

  final Cadre cadre;
  final OrgUnit unit;
  final String university;
  final List<Assignment> assignments;
  final List<ContactUnitType> assignmentTypes;
  final List<Absence> absences;
  final Entry[] counting;
  final Entry[] excluded;
  private boolean[] excusedWeeks;

  CadreFacts(
      Cadre cadre,
      OrgUnit unit,
      String university,
      Collection<Activity> records,
      Set<String> superseded,
      List<Assignment> assignments,
      List<Absence> absences,
      Map<String, ContactUnit> contactUnits,
      Exclusions exclusions,
      Scope scope) {
    this.cadre = cadre;
    this.unit = unit;
    this.university = university;
    this.assignments = assignments;
    this.assignmentTypes = new ArrayList<>(assignments.size());
    for (Assignment a : assignments) {
      assignmentTypes.add(contactUnits.get(a.contactUnitId()).type());
    }
    this.absences = absences;

    Activity[] sorted = new Activity[records.size()];
    int n = 0;
    boolean inOrder = true;
    boolean corrections = !superseded.isEmpty();
    for (Activity a : records) {
      long day = a.start().toLocalDate().toEpochDay();
      if (day < scope.scanFrom
          || day > scope.scanTo
          || (corrections && superseded.contains(a.activityId()))) {
        continue;
      }
      if (inOrder && n > 0 && BY_START_AND_ID.compare(sorted[n - 1], a) > 0) {
        inOrder = false;
      }
      sorted[n++] = a;
    }
    if (n < sorted.length) {
      sorted = Arrays.copyOf(sorted, n);
    }
    if (!inOrder) {
      Arrays.sort(sorted, BY_START_AND_ID);
    }
    List<Entry> in = new ArrayList<>(sorted.length);
    List<Entry> out = new ArrayList<>();
    int i = 0;
    while (i < sorted.length) {
      int j = i + 1;
      while (j < sorted.length && sorted[j].start().equals(sorted[i].start())) {
        j++;
      }
      if (j - i == 1) {
        place(sorted[i], exclusions, scope, in, out);
      } else {
        for (Activity a : firstRecordedCopies(sorted, i, j)) {
          place(a, exclusions, scope, in, out);
        }
      }
      i = j;
    }
    this.counting = in.toArray(new Entry[0]);
    this.excluded = out.toArray(new Entry[0]);
  }

  private void place(
      Activity a, Exclusions exclusions, Scope scope, List<Entry> in, List<Entry> out) {
    ContactUnitType assigned = assignedType(a);
    if (!exclusions.isEmpty() && exclusions.excludes(a.activityId())) {
      out.add(new Entry(a, scope, assigned, exclusions.reasons(a.activityId())));
    } else {
      in.add(new Entry(a, scope, assigned, List.of()));
    }
  }

  /**
   * Of activities starting at the same time ({@code sorted[from..to)}, by id), each exact duplicate
   * group reduced to its first recorded copy (by recordedAt, then id), in id order.
   */
  private static List<Activity> firstRecordedCopies(Activity[] sorted, int from, int to) {
    List<Activity> byRecording = new ArrayList<>(Arrays.asList(sorted).subList(from, to));
    byRecording.sort(FIRST_RECORDED);
    List<Activity> kept = new ArrayList<>(byRecording.size());
    for (Activity a : byRecording) {
      boolean copy = false;
      for (Activity k : kept) {
        if (k.sameEngagementAs(a)) {
          copy = true;
          break;
        }
      }
      if (!copy) {
        kept.add(a);
      }
    }
    kept.sort(BY_ID);
    return kept;
  }

  private ContactUnitType assignedType(Activity a) {
    if (a.contactUnitId().isEmpty()) {
      return null;
    }
    String u = a.contactUnitId().get();
    LocalDate day = a.day();
    for (int i = 0; i < assignments.size(); i++) {
      Assignment as = assignments.get(i);
      if (as.contactUnitId().equals(u) && as.coversDay(day)) {
        return assignmentTypes.get(i);
      }
    }
    return null;
  }

  /**
   * Whether the assignment counts for the term (SPEC §3.1): its validity overlaps the term and has
   * begun by as-of.
   */
  static boolean countsForTerm(Assignment a, Scope s) {
    LocalDate last = s.term.endsOn().isBefore(s.asOf) ? s.term.endsOn() : s.asOf;
    return !a.validFrom().isAfter(last)
        && a.validTo().map(to -> !to.isBefore(s.term.startsOn())).orElse(true);
  }

  /**
   * Whether the cadre has an assignment counting for the term of a type marked in {@code types}.
   */
  boolean hasAssignment(boolean[] types, Scope s) {
    for (int i = 0; i < assignments.size(); i++) {
      if (types[assignmentTypes.get(i).ordinal()] && countsForTerm(assignments.get(i), s)) {
        return true;
      }
    }
    return false;
  }

  boolean absentThroughout(DateRange range) {
    return !absences.isEmpty() && AcademicCalendar.absentThroughout(range, absences);
  }

  boolean absent(LocalDate day) {
    return !absences.isEmpty() && AcademicCalendar.absent(day, absences);
  }

  /** Whether the teaching week {@code index} is excused: absent on all its Monday–Friday days. */
  boolean excusedWeek(int index, Scope s) {
    if (absences.isEmpty()) {
      return false;
    }
    if (excusedWeeks == null) {
      excusedWeeks = new boolean[s.weeks.size()];
      for (int i = 0; i < excusedWeeks.length; i++) {
        excusedWeeks[i] = AcademicCalendar.isExcused(s.weeks.get(i), absences);
      }
    }
    return excusedWeeks[index];
  }
}
