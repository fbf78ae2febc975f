package org.lianxi.core.policy;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.lianxi.core.domain.FeedbackChannel;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.UnitKind;

/**
 * Feedback items of {@link #channels()} addressed to the units this kind names (by tag, e.g. {@code
 * hotline}, or by kind, e.g. every {@code COLLEGE}) must be acknowledged within {@link
 * #acknowledgeWithin()} and closed within {@link #closeWithin()}; closing without a separate
 * acknowledgement acknowledges at the close time. One verdict per unit and term. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract non-sealed class FeedbackDeadline implements ObligationKind {
  FeedbackDeadline() {}

  public abstract Optional<Deadline> acknowledgeWithin();

  public abstract Optional<Deadline> closeWithin();

  /** The channels whose items count; empty means every channel. */
  public abstract ImmutableSet<FeedbackChannel> channels();

  /** Units carrying any of these tags get a verdict. */
  public abstract ImmutableSet<String> unitTags();

  /** Units of any of these kinds get a verdict. */
  public abstract ImmutableSet<UnitKind> unitKinds();

  /** Whether {@code unit} is one this obligation names. */
  public boolean names(OrgUnit unit) {
    if (unitKinds().contains(unit.kind())) {
      return true;
    }
    for (String tag : unitTags()) {
      if (unit.hasTag(tag)) {
        return true;
      }
    }
    return false;
  }

  /** Whether items of {@code channel} count. */
  public boolean counts(FeedbackChannel channel) {
    return channels().isEmpty() || channels().contains(channel);
  }

  @Override
  public String code() {
    return "feedback-deadline";
  }

  @Override
  public String looserThan(ObligationKind parent) {
    if (!(parent instanceof FeedbackDeadline)) {
      return "it is a " + code() + " but the parent's is a " + parent.code();
    }
    FeedbackDeadline p = (FeedbackDeadline) parent;
    String ack = looser("acknowledge", acknowledgeWithin(), p.acknowledgeWithin());
    return ack != null ? ack : looser("close", closeWithin(), p.closeWithin());
  }

  private static String looser(String what, Optional<Deadline> mine, Optional<Deadline> parents) {
    if (parents.isEmpty()) {
      return null;
    }
    if (mine.isEmpty()) {
      return "it has no " + what + " deadline, the parent " + parents.get();
    }
    if (!mine.get().notLongerThan(parents.get())) {
      return what + " deadline " + mine.get() + " is longer than " + parents.get();
    }
    return null;
  }

  void canonical(Canonical c) {
    c.put("kind", code());
    c.put("acknowledge_within", acknowledgeWithin().map(Deadline::toString).orElse("-"));
    c.put("close_within", closeWithin().map(Deadline::toString).orElse("-"));
    c.set("channels", channels()).set("unit_tags", unitTags()).set("unit_kinds", unitKinds());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FeedbackDeadline}. */
  public static final class Builder extends ImmutableFeedbackDeadline.Builder {}

  @Value.Check
  protected void check() {
    String where = "FeedbackDeadline";
    LianxiException.check(
        acknowledgeWithin().isPresent() || closeWithin().isPresent(),
        where,
        "acknowledgeWithin",
        "none",
        "an acknowledge or a close deadline is needed");
    LianxiException.check(
        !unitTags().isEmpty() || !unitKinds().isEmpty(),
        where,
        "unitTags",
        "[]",
        "name the units by tag or by kind");
  }
}
