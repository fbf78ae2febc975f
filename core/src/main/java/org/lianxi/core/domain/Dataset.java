package org.lianxi.core.domain;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * Every fact of one university (or several) in one value: what a CSV folder or a database holds
 * (SPEC §5). Lists keep their source order.
 */
@Value.Immutable
public abstract class Dataset {
  public abstract ImmutableList<OrgUnit> orgUnits();

  public abstract ImmutableList<Cadre> cadres();

  public abstract ImmutableList<ContactUnit> contactUnits();

  public abstract ImmutableList<Assignment> assignments();

  public abstract ImmutableList<Activity> activities();

  public abstract ImmutableList<Absence> absences();

  public abstract ImmutableList<Term> terms();

  public abstract ImmutableList<Break> breaks();

  public abstract ImmutableList<WorkdayOverride> workdays();

  public abstract ImmutableList<Feedback> feedback();

  public abstract ImmutableList<Review> reviews();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dataset}. */
  public static final class Builder extends ImmutableDataset.Builder {}
}
