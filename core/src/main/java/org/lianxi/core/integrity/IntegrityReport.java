package org.lianxi.core.integrity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.Term;

/**
 * The integrity check of one term at an as-of day (SPEC §3.1, §4): the findings about activities of
 * the term's window, and every activity — of any term up to as-of — that is kept from counting.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class IntegrityReport {
  public abstract Term term();

  public abstract LocalDate asOf();

  /**
   * The findings that name at least one activity starting in the term's window up to as-of, ordered
   * by subject, then the first activity's start, then rule.
   */
  public abstract ImmutableList<Finding> findings();

  /**
   * Activity id → why it does not count: a {@code HIGH} finding not dismissed for that activity, or
   * a finding confirmed for it. Covers activities of every term up to as-of (a {@code HIGH} finding
   * keeps activities of any term from counting).
   */
  public abstract ImmutableMap<String, ExclusionReason> excluded();

  /** Whether the activity is kept from counting. */
  public boolean isExcluded(String activityId) {
    return excluded().containsKey(activityId);
  }

  /** The findings of one cadre. */
  public List<Finding> findingsOf(String cadreId) {
    return findings().stream()
        .filter(f -> f.subject().equals(cadreId))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The findings of one rule. */
  public List<Finding> findingsOf(IntegrityRule rule) {
    return findings().stream()
        .filter(f -> f.rule() == rule)
        .collect(Collectors.toUnmodifiableList());
  }

  /** The findings a reviewer confirmed (弄虚作假). */
  public List<Finding> confirmed() {
    return findings().stream()
        .filter(f -> f.state() == FindingState.CONFIRMED)
        .collect(Collectors.toUnmodifiableList());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IntegrityReport}. */
  static final class Builder extends ImmutableIntegrityReport.Builder {}
}
