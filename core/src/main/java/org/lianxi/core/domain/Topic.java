package org.lianxi.core.domain;

/** Work content (工作内容); the list in the policy ends in 等. */
public enum Topic {
  IDEOLOGY("思想引领", "ideological guidance"),
  ACADEMIC("学业指导", "academic guidance"),
  PSYCHOLOGY("心理疏导", "psychological counselling"),
  CAREER("就业指导", "career guidance"),
  OTHER("其他", "other");

  private final String zh;
  private final String en;

  Topic(String zh, String en) {
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
