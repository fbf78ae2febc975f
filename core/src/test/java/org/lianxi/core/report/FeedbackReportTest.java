package org.lianxi.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.domain.FeedbackChannel;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Season;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.UnitKind;
import org.lianxi.core.domain.WorkdayOverride;

/** 三、2.(3) 处长热线/信箱: acknowledge within 2 working days, close within 15 (SPEC §3.1). */
@DisplayName("feedback report (三、2.(3), 三、3.(4))")
class FeedbackReportTest {
  private static final Term AUTUMN =
      Term.builder()
          .termId("2024-2025-1")
          .academicYear("2024-2025")
          .season(Season.AUTUMN)
          .startsOn(LocalDate.parse("2024-09-02"))
          .endsOn(LocalDate.parse("2025-01-12"))
          .build();
  private static final AcademicCalendar PLAIN = AcademicCalendar.builder().addTerm(AUTUMN).build();
  private static final AcademicCalendar NATIONAL_DAY =
      AcademicCalendar.builder()
          .addTerm(AUTUMN)
          .addWorkday(workday("2024-09-29", true))
          .addWorkday(workday("2024-10-01", false))
          .addWorkday(workday("2024-10-02", false))
          .addWorkday(workday("2024-10-03", false))
          .addWorkday(workday("2024-10-04", false))
          .addWorkday(workday("2024-10-07", false))
          .addWorkday(workday("2024-10-12", true))
          .build();
  private static final List<OrgUnit> UNITS =
      List.of(
          OrgUnit.builder()
              .unitId("XGB")
              .name("学生工作部")
              .kind(UnitKind.FUNCTIONAL_DEPARTMENT)
              .addTags("hotline")
              .build());

  private static WorkdayOverride workday(String date, boolean workday) {
    return WorkdayOverride.builder()
        .date(LocalDate.parse(date))
        .workday(workday)
        .name(workday ? "调休" : "国庆节")
        .build();
  }

  private static Feedback item(String id, String received, String acknowledged, String closed) {
    Feedback.Builder b =
        Feedback.builder()
            .feedbackId(id)
            .channel(FeedbackChannel.HOTLINE)
            .unitId("XGB")
            .receivedAt(LocalDateTime.parse(received));
    if (acknowledged != null) {
      b.acknowledgedAt(LocalDateTime.parse(acknowledged));
    }
    if (closed != null) {
      b.closedAt(LocalDateTime.parse(closed));
    }
    return b.build();
  }

  private static FeedbackReport report(AcademicCalendar calendar, String asOf, Feedback... items) {
    return FeedbackReport.of(
        List.of(items), UNITS, calendar, AUTUMN, LocalDate.parse(asOf), FeedbackDeadlines.DEFAULT);
  }

  private static FeedbackStatus status(AcademicCalendar calendar, String asOf, Feedback f) {
    return report(calendar, asOf, f).items().get(0).status();
  }

  @Test
  void deadlinesCountWorkingDaysAfterTheDayOfReceiptAndFollowTheWorkdayOverrides() {
    Feedback f = item("F1", "2024-09-10T10:00", null, null);

    FeedbackItem plain = report(PLAIN, "2024-09-11", f).items().get(0);
    FeedbackItem holiday = report(NATIONAL_DAY, "2024-09-11", f).items().get(0);

    assertThat(plain.acknowledgeBy()).isEqualTo(LocalDate.parse("2024-09-12"));
    assertThat(plain.closeBy()).isEqualTo(LocalDate.parse("2024-10-01"));
    // 2024-09-29 is a 调休 working Sunday: the 15th working day comes one day earlier.
    assertThat(holiday.closeBy()).isEqualTo(LocalDate.parse("2024-09-30"));
  }

  @Test
  void anItemReceivedOnASaturdayIsDueTwoWorkingDaysLaterOnTuesday() {
    FeedbackItem i =
        report(PLAIN, "2024-09-14", item("F1", "2024-09-14T10:00", null, null)).items().get(0);

    assertThat(i.acknowledgeBy()).isEqualTo(LocalDate.parse("2024-09-17"));
  }

  @Test
  void acknowledgedAndClosedInTimeIsOnTimeUpToTheLastMinuteOfTheLastDay() {
    assertThat(
            status(
                PLAIN,
                "2024-10-20",
                item("F1", "2024-09-10T10:00", "2024-09-12T23:59", "2024-10-01T23:59")))
        .isEqualTo(FeedbackStatus.ON_TIME);
  }

  @Test
  void acknowledgedTheDayAfterTheDeadlineIsAcknowledgedLate() {
    FeedbackItem i =
        report(
                PLAIN,
                "2024-10-20",
                item("F1", "2024-09-10T10:00", "2024-09-13T00:00", "2024-09-20T10:00"))
            .items()
            .get(0);

    assertThat(i.status()).isEqualTo(FeedbackStatus.ACKNOWLEDGED_LATE);
    assertThat(i.acknowledgementLate()).isTrue();
    assertThat(i.explanation().zh()).contains("受理超时", "2024-09-12");
    assertThat(i.explanation().en()).contains("acknowledged late", "acknowledge by 2024-09-12");
  }

  @Test
  void closingWithoutAnAcknowledgementAcknowledgesAtTheCloseTime() {
    assertThat(
            status(PLAIN, "2024-10-20", item("F1", "2024-09-10T10:00", null, "2024-09-11T09:00")))
        .isEqualTo(FeedbackStatus.ON_TIME);
    assertThat(
            status(PLAIN, "2024-10-20", item("F1", "2024-09-10T10:00", null, "2024-09-13T09:00")))
        .isEqualTo(FeedbackStatus.ACKNOWLEDGED_LATE);
  }

  @Test
  void closedAfterTheCloseDeadlineIsClosedLateEvenWhenAcknowledgedInTime() {
    assertThat(
            status(
                PLAIN,
                "2024-10-20",
                item("F1", "2024-09-10T10:00", "2024-09-10T11:00", "2024-10-02T08:00")))
        .isEqualTo(FeedbackStatus.CLOSED_LATE);
  }

  @Test
  void notClosedWhenTheCloseDeadlineHasEndedIsOverdueAndBeforeItIsOpen() {
    Feedback f = item("F1", "2024-09-10T10:00", "2024-09-10T11:00", null);

    // The close deadline is 2024-10-01; as-of D means up to the end of D.
    assertThat(status(PLAIN, "2024-09-30", f)).isEqualTo(FeedbackStatus.OPEN);
    assertThat(status(PLAIN, "2024-10-01", f)).isEqualTo(FeedbackStatus.OVERDUE);
  }

  @Test
  void aClosureAfterAsOfHasNotHappenedYet() {
    Feedback f = item("F1", "2024-09-10T10:00", "2024-09-16T09:00", "2024-09-20T10:00");

    FeedbackItem i = report(PLAIN, "2024-09-15", f).items().get(0);

    assertThat(i.status()).isEqualTo(FeedbackStatus.OPEN);
    assertThat(i.acknowledgementLate()).isTrue();
    assertThat(i.explanation().en()).contains("not acknowledged", "not closed");
  }

  @Test
  void itemsReceivedOutsideTheTermWindowAreNotListed() {
    FeedbackReport r =
        report(
            PLAIN,
            "2025-01-12",
            item("F0", "2024-08-30T10:00", null, "2024-09-01T10:00"),
            item("F1", "2024-09-10T10:00", null, "2024-09-11T10:00"));

    assertThat(r.items()).extracting(i -> i.feedback().feedbackId()).containsExactly("F1");
  }

  @Test
  void theUnitSummaryCountsEachStatusAndTheDueItemsHandledInTime() {
    FeedbackReport r =
        report(
            PLAIN,
            "2024-10-02",
            item("F1", "2024-09-10T10:00", "2024-09-10T11:00", "2024-09-20T10:00"),
            item("F2", "2024-09-10T10:00", "2024-09-13T11:00", "2024-09-20T10:00"),
            item("F3", "2024-09-10T10:00", null, null),
            item("F4", "2024-09-30T10:00", null, null));

    UnitFeedback u = r.unit("XGB").orElseThrow();
    assertThat(u.unitName()).isEqualTo("学生工作部");
    assertThat(u.received()).isEqualTo(4);
    assertThat(u.required()).isEqualTo(3);
    assertThat(u.achieved()).isEqualTo(1);
    assertThat(u.byStatus())
        .containsEntry(FeedbackStatus.ON_TIME, 1)
        .containsEntry(FeedbackStatus.ACKNOWLEDGED_LATE, 1)
        .containsEntry(FeedbackStatus.OVERDUE, 1)
        .containsEntry(FeedbackStatus.OPEN, 1)
        .containsEntry(FeedbackStatus.CLOSED_LATE, 0);
    assertThat(u.allDueOnTime()).isFalse();
    assertThat(u.explanation().zh()).contains("收到 4 件", "到期 3 件", "按时办结 1 件", "逾期未办结 1 件");
  }
}
