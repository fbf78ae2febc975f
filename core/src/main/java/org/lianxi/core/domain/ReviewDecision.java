package org.lianxi.core.domain;

/** A reviewer's decision on an integrity finding about one activity. */
public enum ReviewDecision {
  DISMISS("排除疑点", "dismiss"),
  CONFIRM("认定弄虚作假", "confirm");

  private final String zh;
  private final String en;

  ReviewDecision(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** The Chinese name, as the policy text says it. */
  public String zh() {
    return zh;
  }

  /** The English name. */
  public String en() {
    return en;
  }
}
