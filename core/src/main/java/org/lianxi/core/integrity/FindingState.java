package org.lianxi.core.integrity;

/**
 * Where a finding stands after review (SPEC §3.1). A finding is a suspicion (疑点) while {@code
 * OPEN}; {@code CONFIRMED} makes it 弄虚作假; {@code DISMISSED} clears it. Immutable and thread-safe.
 */
public enum FindingState {
  /** Not (fully) reviewed: a suspicion. */
  OPEN("待核实", "open"),
  /** Every activity it names was dismissed by a reviewer for its rule. */
  DISMISSED("已排除", "dismissed"),
  /** A reviewer confirmed it for at least one activity it names: 弄虚作假. */
  CONFIRMED("认定弄虚作假", "confirmed");

  private final String zh;
  private final String en;

  FindingState(String zh, String en) {
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
