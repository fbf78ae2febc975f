package org.lianxi.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.IntegrityRule;
import org.quicktheories.QuickTheory;

/**
 * Over seeds: the samples are valid, and their manifests tell the truth about the integrity rules.
 */
class SampleUniversityProperties {
  /**
   * QT_EXAMPLES examples (default 200); QT_SEED replays a run. Shrinking a seed finds no simpler
   * seed, so it is kept short.
   */
  private static QuickTheory qt() {
    QuickTheory q =
        QuickTheory.qt().withExamples(Integer.getInteger("QT_EXAMPLES", 200)).withShrinkCycles(3);
    Long seed = Long.getLong("QT_SEED");
    return seed == null ? q : q.withFixedSeed(seed);
  }

  @Test
  void theDemoIsValidForEverySeed() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              SampleData sample = SampleUniversity.demo(seed);
              Dataset d = sample.dataset();
              assertThat(SampleAudit.referenceProblems(d)).as("seed %d", seed).isEmpty();
              Set<String> early =
                  sample.manifest().plantedActivityIds(IntegrityRule.RECORDED_BEFORE_START);
              assertThat(early).isNotEmpty();
              for (Activity a : d.activities()) {
                assertThat(a.minutes()).as(a.activityId()).isPositive();
                if (!early.contains(a.activityId())) {
                  assertThat(a.recordedAt()).as(a.activityId()).isAfterOrEqualTo(a.start());
                }
              }
              Map<IntegrityRule, Set<String>> found = SampleAudit.findings(d);
              for (IntegrityRule rule : IntegrityRule.values()) {
                assertThat(found.get(rule))
                    .as("seed %d, rule %s", seed, rule)
                    .isNotEmpty()
                    .isEqualTo(sample.manifest().plantedActivityIds(rule));
              }
            });
  }

  @Test
  void theSmallUniversityIsValidAndFullyCompliantForEverySeed() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Dataset d = SampleUniversity.small(seed).dataset();
              assertThat(SampleAudit.referenceProblems(d)).as("seed %d", seed).isEmpty();
              assertThat(SampleAudit.findings(d).values()).allMatch(Set::isEmpty);
              assertThat(SampleAudit.shortfalls(d)).as("seed %d", seed).isEmpty();
            });
  }
}
