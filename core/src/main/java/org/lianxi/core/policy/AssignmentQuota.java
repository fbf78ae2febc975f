package org.lianxi.core.policy;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.LianxiException;

/**
 * At least {@link #min()} (and at most {@link #max()}, when given) distinct contact units of {@link
 * #unitTypes()} assigned to the cadre for the term (联系1个学生班级或1个学生宿舍...). Immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class AssignmentQuota implements ObligationKind {
  AssignmentQuota() {}

  public abstract ImmutableSet<ContactUnitType> unitTypes();

  public abstract int min();

  public abstract Optional<Integer> max();

  @Override
  public String code() {
    return "assignment";
  }

  @Override
  public String looserThan(ObligationKind parent) {
    if (!(parent instanceof AssignmentQuota)) {
      return "it is an " + code() + " but the parent's is a " + parent.code();
    }
    AssignmentQuota p = (AssignmentQuota) parent;
    if (min() < p.min()) {
      return "min " + min() + " is lower than " + p.min();
    }
    return null;
  }

  void canonical(Canonical c) {
    c.put("kind", code()).set("unit_types", unitTypes()).put("min", min());
    c.put("max", max().map(String::valueOf).orElse("-"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AssignmentQuota}. */
  public static final class Builder extends ImmutableAssignmentQuota.Builder {}

  @Value.Check
  protected void check() {
    String where = "AssignmentQuota";
    LianxiException.check(!unitTypes().isEmpty(), where, "unitTypes", "[]", "must not be empty");
    LianxiException.check(min() >= 0, where, "min", min(), "must not be negative");
    max()
        .ifPresent(
            m ->
                LianxiException.check(
                    m >= min(), where, "max", m, "must not be below min " + min()));
  }
}
