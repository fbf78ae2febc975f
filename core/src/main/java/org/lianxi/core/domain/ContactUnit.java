package org.lianxi.core.domain;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/** A contact unit (联系对象): a class, dormitory, association, student party branch or student. */
@Value.Immutable
public abstract class ContactUnit {
  public abstract String contactUnitId();

  public abstract ContactUnitType type();

  public abstract String name();

  /** The college it belongs to; empty for university-level units. */
  public abstract Optional<String> collegeId();

  public abstract Optional<StudentLevel> level();

  /** Number of students (0 when unknown). */
  public abstract int size();

  /** Tags such as {@code freshman}, {@code hardship}. */
  public abstract ImmutableSet<String> tags();

  public boolean hasTag(String tag) {
    return tags().contains(tag);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContactUnit}. */
  public static final class Builder extends ImmutableContactUnit.Builder {}

  @Value.Check
  protected void check() {
    String where = "ContactUnit[" + contactUnitId() + "]";
    LianxiException.requireNonBlank(where, "contactUnitId", contactUnitId());
    LianxiException.requireNonBlank(where, "name", name());
    LianxiException.check(size() >= 0, where, "size", size(), "must be >= 0");
    collegeId().ifPresent(c -> LianxiException.requireNonBlank(where, "collegeId", c));
    Checks.tags(where, tags());
  }
}
