package org.lianxi.core.report;

import java.time.LocalDate;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.Feedback;

/**
 * One feedback item in the feedback report. Immutable and thread-safe.
 *
 * @param feedback the item as received
 * @param status where it stands at as-of
 * @param acknowledgeBy the last day to acknowledge it
 * @param closeBy the last day to close it
 * @param acknowledgementLate whether it was (or, still unacknowledged, is now) acknowledged late
 * @param explanation the item's line in Chinese and English
 */
public record FeedbackItem(
    Feedback feedback,
    FeedbackStatus status,
    LocalDate acknowledgeBy,
    LocalDate closeBy,
    boolean acknowledgementLate,
    Explanation explanation) {}
