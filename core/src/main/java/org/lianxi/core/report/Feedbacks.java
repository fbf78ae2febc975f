package org.lianxi.core.report;

import org.lianxi.core.policy.Deadline;
import org.lianxi.core.policy.FeedbackDeadline;
import org.lianxi.core.policy.Obligation;
import org.lianxi.core.policy.Policy;

/** The feedback report's deadlines from the policy. */
final class Feedbacks {
  private Feedbacks() {}

  /**
   * The deadlines of the policy's first feedback obligation whose limits are in working days;
   * {@link FeedbackDeadlines#DEFAULT} (2 and 15) where it sets none.
   */
  static FeedbackDeadlines deadlines(Policy policy) {
    for (Obligation o : policy.effectiveObligations()) {
      if (o.kind() instanceof FeedbackDeadline) {
        FeedbackDeadline f = (FeedbackDeadline) o.kind();
        int ack =
            workingDays(
                f.acknowledgeWithin().orElse(null), FeedbackDeadlines.DEFAULT.acknowledge());
        int close = workingDays(f.closeWithin().orElse(null), FeedbackDeadlines.DEFAULT.close());
        return new FeedbackDeadlines(ack, Math.max(ack, close));
      }
    }
    return FeedbackDeadlines.DEFAULT;
  }

  private static int workingDays(Deadline d, int fallback) {
    return d != null && d.unit() == Deadline.Unit.WORKING_DAYS ? d.amount() : fallback;
  }
}
