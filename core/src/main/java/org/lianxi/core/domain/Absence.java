package org.lianxi.core.domain;

import java.time.LocalDate;
import org.immutables.value.Value;

/** 请假/外出: a span of days (inclusive) in which a cadre is excused. */
@Value.Immutable
public abstract class Absence {
  public abstract String cadreId();

  public abstract LocalDate startsOn();

  public abstract LocalDate endsOn();

  @Value.Default
  public String reason() {
    return "";
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(startsOn()) && !day.isAfter(endsOn());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Absence}. */
  public static final class Builder extends ImmutableAbsence.Builder {}

  @Value.Check
  protected void check() {
    String where = "Absence[" + cadreId() + "]";
    LianxiException.requireNonBlank(where, "cadreId", cadreId());
    LianxiException.check(
        !endsOn().isBefore(startsOn()),
        where,
        "endsOn",
        endsOn(),
        "must not be before startsOn " + startsOn());
  }
}
