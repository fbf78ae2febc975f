package org.lianxi.core.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** 联系关系: a cadre linked to a contact unit from {@code validFrom} to {@code validTo} inclusive. */
@Value.Immutable
public abstract class Assignment {
  public abstract String cadreId();

  public abstract String contactUnitId();

  public abstract LocalDate validFrom();

  /** Last valid day; empty while the link is open. */
  public abstract Optional<LocalDate> validTo();

  /** Whether the link holds on {@code day}. */
  public boolean coversDay(LocalDate day) {
    return !day.isBefore(validFrom()) && validTo().map(to -> !day.isAfter(to)).orElse(true);
  }

  /** Whether the link holds on any day of {@code from..to} (inclusive). */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !validFrom().isAfter(to) && validTo().map(t -> !t.isBefore(from)).orElse(true);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assignment}. */
  public static final class Builder extends ImmutableAssignment.Builder {}

  @Value.Check
  protected void check() {
    String where = "Assignment[" + cadreId() + "→" + contactUnitId() + "]";
    LianxiException.requireNonBlank(where, "cadreId", cadreId());
    LianxiException.requireNonBlank(where, "contactUnitId", contactUnitId());
    validTo()
        .ifPresent(
            to ->
                LianxiException.check(
                    !to.isBefore(validFrom()),
                    where,
                    "validTo",
                    to,
                    "must not be before validFrom " + validFrom()));
  }
}
