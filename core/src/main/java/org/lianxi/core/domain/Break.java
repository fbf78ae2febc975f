package org.lianxi.core.domain;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A teaching break (e.g. National Day week), inclusive. */
@Value.Immutable
public abstract class Break {
  public abstract LocalDate startsOn();

  public abstract LocalDate endsOn();

  @Value.Default
  public String name() {
    return "";
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(startsOn()) && !day.isAfter(endsOn());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Break}. */
  public static final class Builder extends ImmutableBreak.Builder {}

  @Value.Check
  protected void check() {
    LianxiException.check(
        !endsOn().isBefore(startsOn()),
        "Break[" + name() + "]",
        "endsOn",
        endsOn(),
        "must not be before startsOn " + startsOn());
  }
}
