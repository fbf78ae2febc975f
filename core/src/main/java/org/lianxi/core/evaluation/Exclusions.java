package org.lianxi.core.evaluation;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.LianxiException;

/**
 * The activities kept from counting, each with its reasons: what the integrity rules produce from
 * {@code HIGH} findings not dismissed and from confirmed findings. An excluded activity still
 * appears in the verdicts it would have counted for, with its reasons. Immutable and thread-safe;
 * the {@link Builder} is not thread-safe.
 */
public final class Exclusions {
  private static final Exclusions NONE = new Exclusions(ImmutableListMultimap.of());

  private final ImmutableListMultimap<String, Exclusion> byActivity;

  private Exclusions(ImmutableListMultimap<String, Exclusion> byActivity) {
    this.byActivity = byActivity;
  }

  /** Nothing excluded. */
  public static Exclusions none() {
    return NONE;
  }

  /** One reason per activity id. */
  public static Exclusions of(Map<String, Exclusion> reasons) {
    Builder b = builder();
    reasons.forEach(b::exclude);
    return b.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Whether the activity is excluded. */
  public boolean excludes(String activityId) {
    return byActivity.containsKey(activityId);
  }

  /** The reasons the activity is excluded, in the order given (empty when it is not). */
  public List<Exclusion> reasons(String activityId) {
    return byActivity.get(activityId);
  }

  /** The excluded activity ids. */
  public ImmutableSet<String> activityIds() {
    return byActivity.keySet();
  }

  public boolean isEmpty() {
    return byActivity.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Exclusions && ((Exclusions) o).byActivity.equals(byActivity);
  }

  @Override
  public int hashCode() {
    return byActivity.hashCode();
  }

  @Override
  public String toString() {
    return "Exclusions" + byActivity;
  }

  /** Collects exclusions; a repeated (activity, reason) pair is kept once. Not thread-safe. */
  public static final class Builder {
    private final ImmutableListMultimap.Builder<String, Exclusion> map =
        ImmutableListMultimap.builder();
    private final java.util.Set<Map.Entry<String, Exclusion>> seen = new java.util.HashSet<>();

    private Builder() {}

    public Builder exclude(String activityId, Exclusion reason) {
      LianxiException.requireNonBlank("Exclusions", "activityId", activityId);
      LianxiException.check(reason != null, "Exclusions", "reason", null, "must not be null");
      if (seen.add(Map.entry(activityId, reason))) {
        map.put(activityId, reason);
      }
      return this;
    }

    public Builder exclude(String activityId, IntegrityRule rule, Explanation reason) {
      return exclude(activityId, new Exclusion(rule, reason));
    }

    public Builder addAll(Exclusions other) {
      other.byActivity.forEach(this::exclude);
      return this;
    }

    public Exclusions build() {
      return new Exclusions(map.build());
    }
  }
}
