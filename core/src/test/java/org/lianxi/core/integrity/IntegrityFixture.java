package org.lianxi.core.integrity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.Review;
import org.lianxi.core.domain.ReviewDecision;
import org.lianxi.core.domain.Season;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.Venue;

/**
 * Activities and datasets for integrity tests: irrelevant values are defaults, relevant by name.
 */
final class IntegrityFixture {
  static final Term AUTUMN =
      Term.builder()
          .termId("2024-2025-1")
          .academicYear("2024-2025")
          .season(Season.AUTUMN)
          .startsOn(LocalDate.parse("2024-09-02"))
          .endsOn(LocalDate.parse("2025-01-12"))
          .build();
  static final Term SPRING =
      Term.builder()
          .termId("2024-2025-2")
          .academicYear("2024-2025")
          .season(Season.SPRING)
          .startsOn(LocalDate.parse("2025-02-17"))
          .endsOn(LocalDate.parse("2025-06-29"))
          .build();

  private IntegrityFixture() {}

  static LocalDateTime t(String text) {
    return LocalDateTime.parse(text);
  }

  static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  /** An activity of cadre C1, recorded ten minutes after it ended, with no contact unit. */
  static Activity.Builder activity(String id, String start, int minutes) {
    LocalDateTime s = t(start);
    return Activity.builder()
        .activityId(id)
        .cadreId("C1")
        .type(ActivityType.FACE_TO_FACE)
        .start(s)
        .minutes(minutes)
        .venue(Venue.CLASSROOM)
        .recordedAt(s.plusMinutes(minutes + 10L));
  }

  static Activity a(String id, String start, int minutes) {
    return activity(id, start, minutes).build();
  }

  static Dataset.Builder data(List<Activity> activities) {
    return Dataset.builder().addTerms(AUTUMN, SPRING).addAllActivities(activities);
  }

  static ContactUnit unit(String id, int size) {
    return ContactUnit.builder()
        .contactUnitId(id)
        .type(ContactUnitType.CLASS)
        .name("班级" + id)
        .collegeId("COL1")
        .size(size)
        .build();
  }

  static Assignment assignment(String cadre, String unit, String from, String to) {
    return Assignment.builder()
        .cadreId(cadre)
        .contactUnitId(unit)
        .validFrom(d(from))
        .validTo(d(to))
        .build();
  }

  static Absence absence(String cadre, String from, String to) {
    return Absence.builder().cadreId(cadre).startsOn(d(from)).endsOn(d(to)).reason("出差").build();
  }

  static Review review(String activity, IntegrityRule rule, ReviewDecision d, String at) {
    return Review.builder()
        .activityId(activity)
        .rule(rule)
        .decision(d)
        .reviewer("纪委王老师")
        .reviewedAt(t(at))
        .reason("核对签到表")
        .build();
  }

  static IntegrityReport autumn(Dataset.Builder data) {
    return IntegrityChecker.defaults().check(data.build(), AUTUMN, AUTUMN.endsOn());
  }

  static IntegrityReport autumn(List<Activity> activities) {
    return autumn(data(activities));
  }
}
