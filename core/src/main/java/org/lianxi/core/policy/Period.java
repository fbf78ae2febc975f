package org.lianxi.core.policy;

/**
 * The period a quota is counted over, from shortest to longest. A {@code WEEK} is a teaching week
 * (an ISO week of the term not wholly inside a break), a {@code MONTH} a calendar month overlapping
 * the term, an {@code ACADEMIC_YEAR} every term of the evaluated term's academic year.
 */
public enum Period {
  WEEK("周", "week"),
  MONTH("月", "month"),
  TERM("学期", "term"),
  ACADEMIC_YEAR("学年", "academic year");

  private final String zh;
  private final String en;

  Period(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** The Chinese name. */
  public String zh() {
    return zh;
  }

  /** The English name. */
  public String en() {
    return en;
  }

  /** Whether this period is longer than {@code other}. */
  public boolean longerThan(Period other) {
    return compareTo(other) > 0;
  }
}
