package org.lianxi.core.domain;

/** The level of the students in a contact unit. */
public enum StudentLevel {
  UNDERGRADUATE("本科生", "undergraduate"),
  GRADUATE("研究生", "graduate");

  private final String zh;
  private final String en;

  StudentLevel(String zh, String en) {
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
