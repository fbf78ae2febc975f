package org.lianxi.core.integrity;

import org.quicktheories.QuickTheory;

/**
 * The project's QuickTheories settings: {@code QT_EXAMPLES} examples (200 by default) and, when the
 * system property {@code QT_SEED} is set, that fixed seed (QuickTheories prints the seed of a
 * failure).
 */
final class Qt {
  private Qt() {}

  static QuickTheory qt() {
    QuickTheory q = QuickTheory.qt().withExamples(Integer.getInteger("QT_EXAMPLES", 200));
    Long seed = Long.getLong("QT_SEED");
    return seed == null ? q : q.withFixedSeed(seed);
  }
}
