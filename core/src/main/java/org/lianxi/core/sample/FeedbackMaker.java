package org.lianxi.core.sample;

import com.google.common.collect.ImmutableList;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.domain.FeedbackChannel;

/**
 * Student feedback (处长热线, 处长信箱) to one unit in one term. Ordinary items are acknowledged within a
 * day and closed within eleven days (so always within 2 and 15 working days, III.2.3), or left open
 * when the term ends first (then not yet due); a late item misses a deadline that ends before the
 * term does.
 */
final class FeedbackMaker {
  private static final int DAY = 1440;

  private FeedbackMaker() {}

  static void make(
      String unitId,
      int count,
      ImmutableList<String> categories,
      Late late,
      TermDays td,
      Ids ids,
      SplittableRandom r,
      SampleSink sink) {
    int lateIndex = late == null ? -1 : r.nextInt(count);
    long asOfEnd = (long) td.days * DAY;
    for (int i = 0; i < count; i++) {
      Feedback.Builder b =
          Feedback.builder()
              .feedbackId(ids.feedback())
              .channel(r.nextInt(100) < 55 ? FeedbackChannel.HOTLINE : FeedbackChannel.MAILBOX)
              .unitId(unitId)
              .category(Catalog.pick(r, categories));
      if (i == lateIndex) {
        lateItem(b, late, td, r);
      } else {
        long received = (long) r.nextInt(td.days) * DAY + 8 * 60 + r.nextInt(14 * 60);
        b.receivedAt(td.minute(received));
        long closed;
        if (r.nextInt(5) == 0) {
          closed = received + 30 + r.nextInt(1170);
        } else {
          long acknowledged = received + 10 + r.nextInt(1190);
          b.acknowledgedAt(td.minute(acknowledged));
          closed = acknowledged + DAY * (1L + r.nextInt(10)) + r.nextInt(8 * 60);
        }
        if (closed < asOfEnd) {
          b.closedAt(td.minute(closed));
        }
      }
      sink.feedback(b.build());
    }
  }

  /** Received at least 40 days before the term ends, so that its deadlines pass within the term. */
  private static void lateItem(Feedback.Builder b, Late late, TermDays td, SplittableRandom r) {
    int day = td.startIndex + 7 + r.nextInt(Math.max(1, td.days - td.startIndex - 47));
    long received = (long) day * DAY + 9 * 60 + r.nextInt(8 * 60);
    LocalDateTime receivedAt = td.minute(received);
    long ack = minutes(td, td.calendar.workingDayDeadlineEnd(receivedAt, 2));
    long close = minutes(td, td.calendar.workingDayDeadlineEnd(receivedAt, 15));
    b.receivedAt(receivedAt);
    switch (late) {
      case ACKNOWLEDGED_LATE -> {
        long acknowledged = ack + 120 + r.nextInt(1800);
        b.acknowledgedAt(td.minute(acknowledged));
        b.closedAt(td.minute(Math.min(acknowledged + DAY + r.nextInt(DAY), close - 60)));
      }
      case CLOSED_LATE -> {
        b.acknowledgedAt(td.minute(received + 60 + r.nextInt(540)));
        b.closedAt(td.minute(close + DAY + r.nextInt(3 * DAY)));
      }
      case OPEN_OVERDUE -> b.acknowledgedAt(td.minute(received + 60 + r.nextInt(540)));
    }
  }

  private static long minutes(TermDays td, LocalDateTime t) {
    return ChronoUnit.MINUTES.between(td.base, t);
  }
}
