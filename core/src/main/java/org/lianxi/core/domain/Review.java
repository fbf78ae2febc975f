package org.lianxi.core.domain;

import java.time.LocalDateTime;
import org.immutables.value.Value;

/**
 * A reviewer's decision on the findings of one rule about one activity. {@code DISMISS} lets the
 * activity count again despite that rule; {@code CONFIRM} keeps it out and makes the suspicion
 * 弄虚作假. A review never edits the activity.
 */
@Value.Immutable
public abstract class Review {
  public abstract String activityId();

  public abstract IntegrityRule rule();

  public abstract ReviewDecision decision();

  public abstract String reviewer();

  public abstract LocalDateTime reviewedAt();

  @Value.Default
  public String reason() {
    return "";
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Review}. */
  public static final class Builder extends ImmutableReview.Builder {}

  @Value.Check
  protected void check() {
    String where = "Review[" + activityId() + "/" + rule() + "]";
    LianxiException.requireNonBlank(where, "activityId", activityId());
    LianxiException.requireNonBlank(where, "reviewer", reviewer());
  }
}
