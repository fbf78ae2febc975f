package org.lianxi.core.policy;

/** A role a cadre holds besides their tier, used by {@link AppliesTo#anyRole()}. */
public enum Role {
  /** 主要负责人 (party secretary, president, a department's head, a college's secretary or dean). */
  PRINCIPAL("主要负责人", "principal"),
  /** 党支部书记 of a department's party branch. */
  BRANCH_SECRETARY("党支部书记", "branch secretary");

  private final String zh;
  private final String en;

  Role(String zh, String en) {
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
}
