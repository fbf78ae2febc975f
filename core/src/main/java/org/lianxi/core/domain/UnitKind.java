package org.lianxi.core.domain;

/** Kinds of organisational unit. */
public enum UnitKind {
  UNIVERSITY("学校", "university"),
  FUNCTIONAL_DEPARTMENT("职能部门", "functional department"),
  COLLEGE("学院(部)", "college");

  private final String zh;
  private final String en;

  UnitKind(String zh, String en) {
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
