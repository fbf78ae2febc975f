package org.lianxi.core.report;

/** Where one feedback item stands at as-of. Immutable and thread-safe. */
public enum FeedbackStatus {
  /** Closed, acknowledged and closed within their deadlines. */
  ON_TIME("按时办结", "on time"),
  /** Closed in time, but acknowledged after the acknowledgement deadline. */
  ACKNOWLEDGED_LATE("受理超时", "acknowledged late"),
  /** Closed after the close deadline. */
  CLOSED_LATE("办结超时", "closed late"),
  /** Not closed, and the close deadline ended by as-of. */
  OVERDUE("逾期未办结", "overdue"),
  /** Not closed, and the close deadline has not ended yet (not due). */
  OPEN("办理中", "open");

  private final String zh;
  private final String en;

  FeedbackStatus(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  public String zh() {
    return zh;
  }

  public String en() {
    return en;
  }

  /** Whether the item is due (closed, or its close deadline ended by as-of). */
  public boolean due() {
    return this != OPEN;
  }
}
