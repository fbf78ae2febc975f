package org.lianxi.core.domain;

/**
 * A text in Chinese and English: every verdict, finding and report line explains itself in both.
 * Immutable and thread-safe.
 *
 * @param zh the Chinese text
 * @param en the English text
 */
public record Explanation(String zh, String en) {
  public Explanation {
    LianxiException.check(zh != null, "Explanation", "zh", null, "must not be null");
    LianxiException.check(en != null, "Explanation", "en", null, "must not be null");
  }

  public static Explanation of(String zh, String en) {
    return new Explanation(zh, en);
  }

  /** Both texts joined with {@code separator} to this one's. */
  public Explanation append(Explanation more, String separator) {
    return new Explanation(zh + separator + more.zh, en + separator + more.en);
  }
}
