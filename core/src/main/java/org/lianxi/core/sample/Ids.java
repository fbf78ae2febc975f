package org.lianxi.core.sample;

/**
 * Short, stable ids: a prefix and a zero-padded counter per kind ({@code C0001}, {@code A000001},
 * {@code CU00001}, {@code F00001}). Not thread-safe: one per generation run.
 */
final class Ids {
  private final int cadreWidth;
  private final int unitWidth;
  private final int activityWidth;
  private final int feedbackWidth;
  private long cadres;
  private long units;
  private long activities;
  private long feedback;

  Ids(int cadreWidth, int unitWidth, int activityWidth, int feedbackWidth) {
    this.cadreWidth = cadreWidth;
    this.unitWidth = unitWidth;
    this.activityWidth = activityWidth;
    this.feedbackWidth = feedbackWidth;
  }

  /** The widths of the single-university samples: C0001, CU00001, A000001, F00001. */
  static Ids university() {
    return new Ids(4, 5, 6, 5);
  }

  /** The widths of the province: C000001, CU0000001, A00000001, F0000001. */
  static Ids province() {
    return new Ids(6, 7, 8, 7);
  }

  String cadre() {
    return pad("C", ++cadres, cadreWidth);
  }

  String unit() {
    return pad("CU", ++units, unitWidth);
  }

  String activity() {
    return pad("A", ++activities, activityWidth);
  }

  String feedback() {
    return pad("F", ++feedback, feedbackWidth);
  }

  /** {@code prefix} followed by {@code n} padded with zeros to {@code width} digits (or more). */
  static String pad(String prefix, long n, int width) {
    String digits = Long.toString(n);
    int zeros = Math.max(0, width - digits.length());
    StringBuilder b = new StringBuilder(prefix.length() + zeros + digits.length());
    b.append(prefix);
    for (int i = 0; i < zeros; i++) {
      b.append('0');
    }
    return b.append(digits).toString();
  }
}
