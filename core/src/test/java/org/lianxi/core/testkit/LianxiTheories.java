package org.lianxi.core.testkit;

import org.quicktheories.QuickTheory;

/**
 * The project's QuickTheories configuration: a fixed example count and, for replaying a failure, a
 * fixed seed. QuickTheories prints the seed of every falsified property ({@code Seed was …}); rerun
 * with {@code -DQT_SEED=…} to get the same examples.
 *
 * <ul>
 *   <li>{@code QT_EXAMPLES} (system property, default {@value #DEFAULT_EXAMPLES}): examples per
 *       property;
 *   <li>{@code QT_SEED} (system property, unset by default): when set, every property uses it.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class LianxiTheories {
  /** Examples per property when {@code QT_EXAMPLES} is not set. */
  public static final int DEFAULT_EXAMPLES = 200;

  private LianxiTheories() {}

  /** QuickTheories with {@code QT_EXAMPLES} examples and {@code QT_SEED} when it is set. */
  public static QuickTheory qt() {
    return qt(Integer.MAX_VALUE);
  }

  /**
   * QuickTheories with at most {@code maxExamples} examples (and never more than {@code
   * QT_EXAMPLES}): for properties whose examples are expensive, such as loading a dataset into a
   * database.
   *
   * @param maxExamples the most examples to run, at least 1
   */
  public static QuickTheory qt(int maxExamples) {
    int examples = Math.max(1, Math.min(maxExamples, examples()));
    QuickTheory qt = QuickTheory.qt().withExamples(examples);
    Long seed = Long.getLong("QT_SEED");
    return seed == null ? qt : qt.withFixedSeed(seed);
  }

  /** The configured example count ({@code QT_EXAMPLES}, default {@value #DEFAULT_EXAMPLES}). */
  public static int examples() {
    return Integer.getInteger("QT_EXAMPLES", DEFAULT_EXAMPLES);
  }
}
