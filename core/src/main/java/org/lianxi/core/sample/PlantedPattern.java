package org.lianxi.core.sample;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.lianxi.core.domain.IntegrityRule;

/**
 * One integrity pattern planted in a sample on purpose: the rule it must trigger, the cadre, the
 * term and every activity the rule's finding names (both records of an {@code OVERLAP}, every copy
 * of a {@code DUPLICATE}, every activity of an {@code IMPLAUSIBLE_DAY}, every record of a {@code
 * BULK_BACKFILL}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlantedPattern {
  public abstract IntegrityRule rule();

  public abstract String cadreId();

  public abstract String termId();

  public abstract ImmutableList<String> activityIds();

  /** What was planted, in English. */
  @Value.Default
  public String note() {
    return "";
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlantedPattern}. */
  public static final class Builder extends ImmutablePlantedPattern.Builder {}
}
