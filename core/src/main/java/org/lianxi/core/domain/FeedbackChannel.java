package org.lianxi.core.domain;

/** How student feedback arrived (处长热线, 处长信箱 ...). */
public enum FeedbackChannel {
  HOTLINE("处长热线", "hotline"),
  MAILBOX("处长信箱", "mailbox"),
  FORUM("座谈会", "forum"),
  ONLINE("网络平台", "online"),
  OTHER("其他", "other");

  private final String zh;
  private final String en;

  FeedbackChannel(String zh, String en) {
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
