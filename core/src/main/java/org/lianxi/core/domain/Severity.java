package org.lianxi.core.domain;

/** How serious an integrity finding is; HIGH keeps its activities from counting. */
public enum Severity {
  LOW("低", "low"),
  MEDIUM("中", "medium"),
  HIGH("高", "high");

  private final String zh;
  private final String en;

  Severity(String zh, String en) {
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
