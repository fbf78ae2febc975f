package org.lianxi.core.sample;

import org.immutables.value.Value;

/**
 * A shortfall a sample contains on purpose: the subject (a cadre id, or a unit id for the feedback
 * obligations), the obligation id of SPEC §3 (e.g. {@code III.1.3-weekly-contact}) and the term in
 * which its verdict is {@code SHORTFALL} at the term's last day (for an academic-year quota: the
 * year's last term). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlannedShortfall {
  public abstract String subjectId();

  public abstract String obligationId();

  public abstract String termId();

  public static PlannedShortfall of(String subjectId, String obligationId, String termId) {
    return builder().subjectId(subjectId).obligationId(obligationId).termId(termId).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlannedShortfall}. */
  public static final class Builder extends ImmutablePlannedShortfall.Builder {}
}
