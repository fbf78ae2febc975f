package org.lianxi.core.evaluation;

/**
 * A verdict's status at the as-of day (SPEC §3.1): {@code MET} when everything due is there (a
 * quota met early is met), {@code SHORTFALL} when something due is missing, {@code PENDING} when
 * nothing is due yet and the quota is not yet met, {@code EXEMPT} when an absence covers the whole
 * span evaluated (or, for frontline days, there are no standard working days).
 */
public enum Status {
  MET("达标", "met"),
  SHORTFALL("未达标", "shortfall"),
  EXEMPT("免于考核", "exempt"),
  PENDING("未到期", "pending");

  private final String zh;
  private final String en;

  Status(String zh, String en) {
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
