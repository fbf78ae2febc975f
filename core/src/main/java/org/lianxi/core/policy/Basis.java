package org.lianxi.core.policy;

import java.util.Locale;

/**
 * Where an obligation's number comes from: {@code LITERAL} where the policy text gives it, {@code
 * INTERPRETATION} where the text says "定期", "及时" or gives none and the number is a documented
 * default of ours.
 */
public enum Basis {
  LITERAL("原文规定", "literal"),
  INTERPRETATION("解释口径", "interpretation");

  private final String zh;
  private final String en;

  Basis(String zh, String en) {
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

  /** The lower-case name used in files and reports: {@code literal} or {@code interpretation}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
