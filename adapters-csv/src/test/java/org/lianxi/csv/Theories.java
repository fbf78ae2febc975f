package org.lianxi.csv;

import static org.quicktheories.QuickTheory.qt;

import org.quicktheories.QuickTheory;

/**
 * The project's QuickTheories settings: {@code QT_EXAMPLES} examples (200 by default) and, when
 * {@code QT_SEED} is set, that fixed seed so a failure can be replayed.
 */
final class Theories {
  private Theories() {}

  static QuickTheory theory() {
    QuickTheory t = qt().withExamples(Integer.getInteger("QT_EXAMPLES", 200));
    Long seed = Long.getLong("QT_SEED");
    return seed == null ? t : t.withFixedSeed(seed);
  }
}
