package org.lianxi.core.domain;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A row of {@code workdays.csv}: a public holiday ({@code workday=false}) or a 调休 working day. */
@Value.Immutable
public abstract class WorkdayOverride {
  public abstract LocalDate date();

  public abstract boolean workday();

  @Value.Default
  public String name() {
    return "";
  }

  public static WorkdayOverride of(LocalDate date, boolean workday, String name) {
    return builder().date(date).workday(workday).name(name).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkdayOverride}. */
  public static final class Builder extends ImmutableWorkdayOverride.Builder {}
}
