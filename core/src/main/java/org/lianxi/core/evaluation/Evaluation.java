package org.lianxi.core.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of evaluating a policy for a term at an as-of day: which policy (id, version, content
 * hash), which term, the as-of day, when it was evaluated (from the injected clock) and one {@link
 * Verdict} per applicable obligation and subject, ordered by cadre id and the policy's obligation
 * order, then feedback verdicts by obligation and unit id (independent of the order of the facts).
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Evaluation {
  public abstract String policyId();

  public abstract String policyVersion();

  /** The policy's content hash (SHA-256, hex). */
  public abstract String policyHash();

  public abstract String termId();

  public abstract LocalDate asOf();

  @Value.Auxiliary
  public abstract Instant evaluatedAt();

  public abstract ImmutableList<Verdict> verdicts();

  /** The verdict of one obligation on one subject, if the obligation applies to it. */
  public Optional<Verdict> verdict(String subject, String obligationId) {
    return Optional.ofNullable(index().get(subject + '\u0000' + obligationId));
  }

  /** Every verdict on one subject (a cadre or a unit), in policy order. */
  public List<Verdict> verdictsFor(String subject) {
    return bySubject().get(subject);
  }

  /** The verdicts with this status. */
  public List<Verdict> verdicts(Status status) {
    return verdicts().stream()
        .filter(v -> v.status() == status)
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Lazy
  ImmutableMap<String, Verdict> index() {
    Map<String, Verdict> map = new LinkedHashMap<>();
    for (Verdict v : verdicts()) {
      map.put(v.subject() + '\u0000' + v.obligationId(), v);
    }
    return ImmutableMap.copyOf(map);
  }

  @Value.Lazy
  ImmutableListMultimap<String, Verdict> bySubject() {
    ImmutableListMultimap.Builder<String, Verdict> b = ImmutableListMultimap.builder();
    for (Verdict v : verdicts()) {
      b.put(v.subject(), v);
    }
    return b.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Evaluation}. */
  public static final class Builder extends ImmutableEvaluation.Builder {}
}
