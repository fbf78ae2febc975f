package org.lianxi.core.policy;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.LianxiException;

/**
 * At least {@link #min()} (and at most {@link #max()}, when given) counting activities of {@link
 * #activityTypes()} per {@link #period()}. Optionally only in-person activities, and optionally
 * only activities with a contact unit of {@link #withUnitTypes()} that the cadre was assigned to on
 * the activity's day; with {@link #onlyWhereAssigned()} the obligation binds only cadres who have
 * such an assignment in the term, and all their assigned units are counted together (三、2.(2)'s
 * focus student). Immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ActivityCount implements ObligationKind {
  ActivityCount() {}

  /** The types that count; empty means every type. */
  public abstract ImmutableSet<ActivityType> activityTypes();

  /** When not empty, only activities with an assigned contact unit of one of these types count. */
  public abstract ImmutableSet<ContactUnitType> withUnitTypes();

  /** Whether the obligation binds only cadres with an assigned unit of {@link #withUnitTypes()}. */
  @Value.Default
  public boolean onlyWhereAssigned() {
    return false;
  }

  public abstract int min();

  public abstract Optional<Integer> max();

  public abstract Period period();

  /**
   * Whether only in-person activities count (SPEC §3.1: venue not ONLINE, type not
   * ONLINE_ENGAGEMENT).
   */
  @Value.Default
  public boolean inPersonOnly() {
    return false;
  }

  /** Whether an activity of {@code type} counts (before unit and venue conditions). */
  public boolean counts(ActivityType type) {
    return activityTypes().isEmpty() || activityTypes().contains(type);
  }

  @Override
  public String code() {
    return "activity-count";
  }

  @Override
  public String looserThan(ObligationKind parent) {
    if (!(parent instanceof ActivityCount)) {
      return "it is an " + code() + " but the parent's is a " + parent.code();
    }
    ActivityCount p = (ActivityCount) parent;
    if (min() < p.min()) {
      return "min " + min() + " is lower than " + p.min();
    }
    if (period().longerThan(p.period())) {
      return "period " + period() + " is longer than " + p.period();
    }
    return null;
  }

  void canonical(Canonical c) {
    c.put("kind", code()).set("activity_types", activityTypes());
    c.set("with_unit_types", withUnitTypes()).put("only_where_assigned", onlyWhereAssigned());
    c.put("min", min()).put("max", max().map(String::valueOf).orElse("-"));
    c.put("period", period()).put("in_person", inPersonOnly());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActivityCount}. */
  public static final class Builder extends ImmutableActivityCount.Builder {}

  @Value.Check
  protected void check() {
    String where = "ActivityCount";
    LianxiException.check(min() >= 0, where, "min", min(), "must not be negative");
    max()
        .ifPresent(
            m ->
                LianxiException.check(
                    m >= min(), where, "max", m, "must not be below min " + min()));
    LianxiException.check(
        !onlyWhereAssigned() || !withUnitTypes().isEmpty(),
        where,
        "onlyWhereAssigned",
        true,
        "needs withUnitTypes");
  }
}
