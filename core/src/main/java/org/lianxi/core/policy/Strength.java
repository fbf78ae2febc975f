package org.lianxi.core.policy;

/**
 * How binding an obligation is: {@code MANDATORY}, or {@code RECOMMENDED} where the text says "可"
 * or "倡导". Recommended obligations never become accountability leads.
 */
public enum Strength {
  RECOMMENDED("倡导", "recommended"),
  MANDATORY("必须", "mandatory");

  private final String zh;
  private final String en;

  Strength(String zh, String en) {
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

  /** Whether this strength is weaker than {@code other} (RECOMMENDED is weaker than MANDATORY). */
  public boolean weakerThan(Strength other) {
    return compareTo(other) < 0;
  }
}
