package org.lianxi.core.domain;

import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** One item of student feedback (处长热线, 处长信箱 ...) addressed to a unit. */
@Value.Immutable
public abstract class Feedback {
  public abstract String feedbackId();

  public abstract FeedbackChannel channel();

  public abstract String unitId();

  public abstract LocalDateTime receivedAt();

  public abstract Optional<LocalDateTime> acknowledgedAt();

  public abstract Optional<LocalDateTime> closedAt();

  @Value.Default
  public String category() {
    return "";
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Feedback}. */
  public static final class Builder extends ImmutableFeedback.Builder {}

  @Value.Check
  protected void check() {
    String where = "Feedback[" + feedbackId() + "]";
    LianxiException.requireNonBlank(where, "feedbackId", feedbackId());
    LianxiException.requireNonBlank(where, "unitId", unitId());
    acknowledgedAt()
        .ifPresent(
            a ->
                LianxiException.check(
                    !a.isBefore(receivedAt()),
                    where,
                    "acknowledgedAt",
                    a,
                    "must not be before receivedAt " + receivedAt()));
    closedAt()
        .ifPresent(
            c ->
                LianxiException.check(
                    !c.isBefore(receivedAt()),
                    where,
                    "closedAt",
                    c,
                    "must not be before receivedAt " + receivedAt()));
  }
}
