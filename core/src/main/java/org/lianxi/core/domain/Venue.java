package org.lianxi.core.domain;

/** The eight venues (八进) and others. */
public enum Venue {
  CLASSROOM("课堂", "classroom"),
  LABORATORY("实验室", "laboratory"),
  CLASS("班级", "class"),
  DORMITORY("宿舍", "dormitory"),
  CANTEEN("食堂", "canteen"),
  ASSOCIATION("社团", "association"),
  LECTURE("讲座", "lecture"),
  ONLINE("网络", "online"),
  OTHER("其他", "other");

  private final String zh;
  private final String en;

  Venue(String zh, String en) {
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
