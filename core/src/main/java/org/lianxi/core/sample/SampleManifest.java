package org.lianxi.core.sample;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.Optional;
import org.immutables.value.Value;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.Review;

/**
 * What a generated sample contains on purpose, so that tests can assert against it. It is complete:
 * apart from what is listed here, every cadre meets every obligation that applies to them in every
 * term of the sample (evaluated at the term's last day, SPEC §3.1), every hotline unit and college
 * answers its feedback in time, and no integrity rule flags any other activity. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class SampleManifest {
  /** The integrity patterns planted, each with the activities its finding names. */
  public abstract ImmutableList<PlantedPattern> patterns();

  /** The shortfalls planted: subject, obligation id, term. */
  public abstract ImmutableList<PlannedShortfall> shortfalls();

  /** The reviews of planted findings (the same values as the dataset's reviews). */
  public abstract ImmutableList<Review> reviews();

  /** Correction records: the superseded activity id → the id of the record that corrects it. */
  public abstract ImmutableMap<String, String> corrections();

  /** Cadres absent throughout a term (term id → cadre ids): their obligations there are EXEMPT. */
  public abstract ImmutableSetMultimap<String, String> absentWholeTerm();

  /**
   * A university leader who meets every obligation in every term of the sample (every verdict
   * {@code MET}: the academic year's party lecture falls in the first term), with no finding about
   * any of their activities: a known exemplar.
   */
  public abstract Optional<String> exemplarLeader();

  /** The patterns planted for one rule. */
  public ImmutableList<PlantedPattern> patternsOf(IntegrityRule rule) {
    return patterns().stream()
        .filter(p -> p.rule() == rule)
        .collect(ImmutableList.toImmutableList());
  }

  /** Every activity id named by a pattern of {@code rule}. */
  public ImmutableSet<String> plantedActivityIds(IntegrityRule rule) {
    return patterns().stream()
        .filter(p -> p.rule() == rule)
        .flatMap(p -> p.activityIds().stream())
        .collect(ImmutableSet.toImmutableSet());
  }

  /** The subjects (cadre or unit ids) of planted shortfalls. */
  public ImmutableSet<String> shortfallSubjects() {
    return shortfalls().stream()
        .map(PlannedShortfall::subjectId)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** Whether the shortfall was planted. */
  public boolean hasShortfall(String subjectId, String obligationId, String termId) {
    return shortfalls().contains(PlannedShortfall.of(subjectId, obligationId, termId));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SampleManifest}. */
  public static final class Builder extends ImmutableSampleManifest.Builder {}
}
