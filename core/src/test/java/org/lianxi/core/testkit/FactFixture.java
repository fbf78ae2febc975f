package org.lianxi.core.testkit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.domain.FeedbackChannel;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Review;
import org.lianxi.core.domain.ReviewDecision;
import org.lianxi.core.domain.StudentLevel;
import org.lianxi.core.domain.UnitKind;

/**
 * Builders pre-filled with valid values for the remaining facts: set what the test is about, then
 * {@code build()}. Each call gives a new builder (use it from one thread) with fresh random ids.
 *
 * <pre>{@code
 * ContactUnit branch = aContactUnit().type(PARTY_BRANCH).build();
 * Absence away = anAbsence().cadreId(dean.cadreId()).startsOn(monday).endsOn(friday).build();
 * }</pre>
 */
public final class FactFixture {
  private FactFixture() {}

  /** A fresh id with a prefix, unlike any other this kit hands out. */
  public static String anyId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
  }

  /** A college under {@link UniversityFixture#UNIVERSITY}, no tags. */
  public static OrgUnit.Builder anOrgUnit() {
    OrgUnit.Builder b = OrgUnit.builder();
    b.unitId(anyId("K")).name("某学院").kind(UnitKind.COLLEGE).parentId(UniversityFixture.UNIVERSITY);
    return b;
  }

  /** An undergraduate class of 30 in {@link UniversityFixture#COMPUTING_COLLEGE}, no tags. */
  public static ContactUnit.Builder aContactUnit() {
    ContactUnit.Builder b = ContactUnit.builder();
    b.contactUnitId(anyId("CU"))
        .type(ContactUnitType.CLASS)
        .name("某班级")
        .collegeId(UniversityFixture.COMPUTING_COLLEGE)
        .level(StudentLevel.UNDERGRADUATE)
        .size(30);
    return b;
  }

  /** A link of some cadre to some unit, valid from 2024-09-01, open-ended. */
  public static Assignment.Builder anAssignment() {
    Assignment.Builder b = Assignment.builder();
    b.cadreId(CadreFixture.anyCadreId())
        .contactUnitId(anyId("CU"))
        .validFrom(LocalDate.of(2024, 9, 1));
    return b;
  }

  /** Some cadre away Monday 2024-10-14 .. Friday 2024-10-18. */
  public static Absence.Builder anAbsence() {
    Absence.Builder b = Absence.builder();
    b.cadreId(CadreFixture.anyCadreId())
        .startsOn(LocalDate.of(2024, 10, 14))
        .endsOn(LocalDate.of(2024, 10, 18))
        .reason("出差");
    return b;
  }

  /** A hotline item to {@link UniversityFixture#STUDENT_AFFAIRS}, received 2024-10-08 09:30. */
  public static Feedback.Builder aFeedbackItem() {
    Feedback.Builder b = Feedback.builder();
    b.feedbackId(anyId("F"))
        .channel(FeedbackChannel.HOTLINE)
        .unitId(UniversityFixture.STUDENT_AFFAIRS)
        .receivedAt(LocalDateTime.of(2024, 10, 8, 9, 30));
    return b;
  }

  /** A dismissal of an {@code OVERLAP} finding about some activity. */
  public static Review.Builder aReview() {
    Review.Builder b = Review.builder();
    b.activityId(ActivityFixture.anyActivityId())
        .rule(IntegrityRule.OVERLAP)
        .decision(ReviewDecision.DISMISS)
        .reviewer("纪委 王老师")
        .reviewedAt(LocalDateTime.of(2024, 11, 1, 10, 0));
    return b;
  }
}
