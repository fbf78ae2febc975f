package org.lianxi.core.port.out;

import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.domain.Dataset;

/**
 * The driven ports an evaluation reads, gathered in one value. Build it from a host's adapters, or
 * from a {@link Dataset} with {@code org.lianxi.core.memory.InMemoryFacts}. Immutable; as
 * thread-safe as the ports it holds.
 *
 * @param orgUnits org units
 * @param cadres the roster
 * @param contactUnits contact units
 * @param assignments links of cadres to contact units
 * @param activityLog the activity log
 * @param absences absences
 * @param calendar terms, breaks, working-day overrides
 * @param feedback feedback items
 * @param reviews reviews of findings
 */
public record Facts(
    OrgUnitPort orgUnits,
    CadrePort cadres,
    ContactUnitPort contactUnits,
    AssignmentPort assignments,
    ActivityLogPort activityLog,
    AbsencePort absences,
    CalendarPort calendar,
    FeedbackPort feedback,
    ReviewPort reviews) {

  /** Every fact read through the ports into one dataset (activities in log order). */
  public Dataset snapshot() {
    return Dataset.builder()
        .addAllOrgUnits(orgUnits.orgUnits())
        .addAllCadres(cadres.cadres())
        .addAllContactUnits(contactUnits.contactUnits())
        .addAllAssignments(assignments.assignments())
        .addAllActivities(activityLog.activities())
        .addAllAbsences(absences.absences())
        .addAllTerms(calendar.terms())
        .addAllBreaks(calendar.breaks())
        .addAllWorkdays(calendar.workdays())
        .addAllFeedback(feedback.feedback())
        .addAllReviews(reviews.reviews())
        .build();
  }

  /** The academic calendar of these facts with the given clock (zone Asia/Shanghai). */
  public AcademicCalendar academicCalendar(java.time.Clock clock) {
    return AcademicCalendar.builder()
        .terms(calendar.terms())
        .breaks(calendar.breaks())
        .workdays(calendar.workdays())
        .clock(clock)
        .build();
  }
}
