package org.lianxi.core.domain;

/** The three tiers of leading cadres the policy binds (三、1, 三、2, 三、3). */
public enum Tier {
  UNIVERSITY_LEADERSHIP("校领导班子成员", "university leader"),
  FUNCTIONAL_DEPARTMENT("职能部门处级领导干部", "functional-department cadre"),
  COLLEGE_LEADERSHIP("学院(部)领导班子成员", "college leader");

  private final String zh;
  private final String en;

  Tier(String zh, String en) {
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
