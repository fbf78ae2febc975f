package org.lianxi.core.domain;

/** The season of a term: autumn (first) or spring (second). */
public enum Season {
  AUTUMN("秋季学期", "autumn term"),
  SPRING("春季学期", "spring term");

  private final String zh;
  private final String en;

  Season(String zh, String en) {
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
