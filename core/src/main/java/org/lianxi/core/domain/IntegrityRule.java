package org.lianxi.core.domain;

/** The integrity rules (疑点) of SPEC §4. */
public enum IntegrityRule {
  OVERLAP("时间重叠", "overlapping activities"),
  DURING_ABSENCE("请假期间活动", "activity during absence"),
  RECORDED_BEFORE_START("先于活动登记", "recorded before it started"),
  IMPLAUSIBLE_DAY("单日不合理", "implausible day"),
  OVERSIZED("人数超过规模", "participants exceed unit size"),
  LATE_ENTRY("逾期补录", "late entry"),
  BULK_BACKFILL("集中补录", "bulk backfill"),
  UNASSIGNED_UNIT("非联系对象", "unassigned contact unit"),
  DUPLICATE("重复登记", "duplicate record");

  private final String zh;
  private final String en;

  IntegrityRule(String zh, String en) {
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
