package org.lianxi.core.evaluation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.policy.Deadline;
import org.lianxi.core.policy.FeedbackDeadline;
import org.lianxi.core.policy.Obligation;

/**
 * {@link FeedbackDeadline}: one verdict per named unit and term, when at least one item received in
 * the term window is due (closed by as-of, or its last deadline ended by as-of). Achieved = due
 * items acknowledged and closed within their deadlines; closing without an earlier acknowledgement
 * acknowledges at the close time.
 */
final class FeedbackDeadlineRule {
  private static final Comparator<Feedback> BY_RECEIPT =
      Comparator.comparing(Feedback::receivedAt).thenComparing(Feedback::feedbackId);

  final Obligation obligation;
  private final String clause;
  private final FeedbackDeadline kind;

  /** Working-day deadline ends by (day of receipt, working days); one evaluation, one thread. */
  private final Map<Long, LocalDateTime> workingDayEnds = new HashMap<>();

  FeedbackDeadlineRule(Obligation obligation, String clause) {
    this.obligation = obligation;
    this.clause = clause;
    this.kind = (FeedbackDeadline) obligation.kind();
  }

  boolean names(OrgUnit unit) {
    return kind.names(unit);
  }

  /** The verdict on the unit, or null when none of its items is due. */
  Verdict evaluate(OrgUnit unit, String university, List<Feedback> items, Scope s) {
    List<Feedback> sorted = new ArrayList<>(items);
    sorted.sort(BY_RECEIPT);
    List<String> onTime = new ArrayList<>();
    List<String> late = new ArrayList<>();
    Text lateText = new Text();
    int due = 0;
    for (Feedback f : sorted) {
      long day = f.receivedAt().toLocalDate().toEpochDay();
      if (!s.inWindow(day) || !kind.counts(f.channel())) {
        continue;
      }
      Optional<LocalDateTime> closed = f.closedAt().filter(s::byAsOf);
      Optional<LocalDateTime> acknowledged = earliest(f.acknowledgedAt(), closed).filter(s::byAsOf);
      LocalDateTime ackEnd = kind.acknowledgeWithin().map(d -> end(d, f, s)).orElse(null);
      LocalDateTime closeEnd = kind.closeWithin().map(d -> end(d, f, s)).orElse(null);
      boolean isDue;
      if (closeEnd != null) {
        isDue = closed.isPresent() || !closeEnd.isAfter(s.asOfEnd);
      } else {
        isDue = acknowledged.isPresent() || !ackEnd.isAfter(s.asOfEnd);
      }
      if (!isDue) {
        continue;
      }
      due++;
      String problemZh = null;
      String problemEn = null;
      if (ackEnd != null && (acknowledged.isEmpty() || !acknowledged.get().isBefore(ackEnd))) {
        problemZh = acknowledged.isEmpty() ? "未受理" : "受理超时";
        problemEn = acknowledged.isEmpty() ? "not acknowledged" : "acknowledged late";
      }
      if (closeEnd != null && (closed.isEmpty() || !closed.get().isBefore(closeEnd))) {
        String zh = closed.isEmpty() ? "逾期未办结" : "办结超时";
        String en = closed.isEmpty() ? "not closed by the deadline" : "closed late";
        problemZh = problemZh == null ? zh : problemZh + "、" + zh;
        problemEn = problemEn == null ? en : problemEn + ", " + en;
      }
      if (problemZh == null) {
        onTime.add(f.feedbackId());
      } else {
        if (!late.isEmpty()) {
          lateText.add("、", ", ");
        }
        late.add(f.feedbackId());
        lateText.add(
            f.feedbackId() + "（" + problemZh + "）", f.feedbackId() + " (" + problemEn + ")");
      }
    }
    if (due == 0) {
      return null;
    }
    Status status = late.isEmpty() ? Status.MET : Status.SHORTFALL;
    Explanation title = obligation.title();
    Text t =
        new Text()
            .add(clause + " " + title.zh() + "：", clause + " " + title.en() + ": ")
            .add(
                "到期事项 " + due + " 件（" + limits(true) + "），按时受理并办结 " + onTime.size() + " 件",
                due + " items due (" + limits(false) + "), " + onTime.size() + " answered in time");
    if (!late.isEmpty()) {
      Explanation lt = lateText.build();
      t.add("；未按时：" + lt.zh(), "; not in time: " + lt.en());
    }
    return Verdict.builder()
        .subject(unit.unitId())
        .university(university)
        .obligationId(obligation.id())
        .clause(clause)
        .strength(obligation.strength())
        .basis(obligation.basis())
        .status(status)
        .required(due)
        .achieved(onTime.size())
        .addAllFeedbackIds(onTime)
        .addAllMissing(late)
        .explanation(t.build())
        .build();
  }

  private String limits(boolean zh) {
    List<String> parts = new ArrayList<>(2);
    kind.acknowledgeWithin()
        .ifPresent(
            d -> parts.add(zh ? d.amount() + d.unit().zh() + "内受理" : "acknowledge within " + d));
    kind.closeWithin()
        .ifPresent(d -> parts.add(zh ? d.amount() + d.unit().zh() + "内办结" : "close within " + d));
    return String.join(zh ? "、" : ", ", parts);
  }

  private static Optional<LocalDateTime> earliest(
      Optional<LocalDateTime> a, Optional<LocalDateTime> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
  }

  /**
   * The first moment after the deadline: the start of the day after the N-th working day after the
   * day of receipt, or receipt + N hours plus an instant (a limit of N hours includes the N-th
   * hour's end).
   */
  private LocalDateTime end(Deadline d, Feedback f, Scope s) {
    if (d.unit() == Deadline.Unit.WORKING_DAYS) {
      if (d.amount() >= 1 << 16) {
        return s.calendar.workingDayDeadlineEnd(f.receivedAt(), d.amount());
      }
      long key = (f.receivedAt().toLocalDate().toEpochDay() << 16) + d.amount();
      return workingDayEnds.computeIfAbsent(
          key, k -> s.calendar.workingDayDeadlineEnd(f.receivedAt(), d.amount()));
    }
    return f.receivedAt().plusHours(d.amount()).plusNanos(1);
  }
}
