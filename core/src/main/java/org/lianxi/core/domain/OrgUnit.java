package org.lianxi.core.domain;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/** An organisational unit: the university, a functional department or a college (学院/学部). */
@Value.Immutable
public abstract class OrgUnit {
  public abstract String unitId();

  public abstract String name();

  public abstract UnitKind kind();

  /** Tags such as {@code student-work}, {@code listed-department}, {@code hotline}. */
  public abstract ImmutableSet<String> tags();

  /** The parent unit; empty for a university (and for units of a single-university dataset). */
  public abstract Optional<String> parentId();

  public boolean hasTag(String tag) {
    return tags().contains(tag);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrgUnit}. */
  public static final class Builder extends ImmutableOrgUnit.Builder {}

  @Value.Check
  protected void check() {
    String where = "OrgUnit[" + unitId() + "]";
    LianxiException.requireNonBlank(where, "unitId", unitId());
    LianxiException.requireNonBlank(where, "name", name());
    Checks.tags(where, tags());
    LianxiException.check(
        !parentId().equals(Optional.of(unitId())),
        where,
        "parentId",
        unitId(),
        "must not be itself");
    parentId().ifPresent(p -> LianxiException.requireNonBlank(where, "parentId", p));
  }
}
