package org.lianxi.core.domain;

/** What a cadre can be linked to (联系对象). */
public enum ContactUnitType {
  CLASS("学生班级", "class"),
  DORMITORY("学生宿舍", "dormitory"),
  ASSOCIATION("学生社团", "student association"),
  PARTY_BRANCH("学生党支部", "student party branch"),
  STUDENT("重点联系学生", "focus student");

  private final String zh;
  private final String en;

  ContactUnitType(String zh, String en) {
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
