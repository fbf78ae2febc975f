package org.lianxi.core.report;

import org.lianxi.core.domain.LianxiException;

/**
 * The deadlines of the feedback obligations (三、2.(3), 三、3.(4)) in working days after the day of
 * receipt: acknowledge within {@code acknowledge}, close within {@code close}. Immutable and
 * thread-safe.
 *
 * @param acknowledge working days to acknowledge (受理)
 * @param close working days to close (办结)
 */
public record FeedbackDeadlines(int acknowledge, int close) {
  /** The built-in policy's interpretation: 2 and 15 working days. */
  public static final FeedbackDeadlines DEFAULT = new FeedbackDeadlines(2, 15);

  public FeedbackDeadlines {
    LianxiException.check(
        acknowledge >= 0, "FeedbackDeadlines", "acknowledge", acknowledge, "must be >= 0");
    LianxiException.check(
        close >= acknowledge,
        "FeedbackDeadlines",
        "close",
        close,
        "must be >= acknowledge " + acknowledge);
  }
}
