package org.lianxi.core.report;

/**
 * Who a reminder goes to: the cadre, or the office that coordinates them (四、2). Immutable and
 * thread-safe.
 *
 * @param kind cadre or office
 * @param id the cadre id or the office's org-unit id
 * @param name the name
 */
public record Recipient(Kind kind, String id, String name) {
  /** A cadre or an office. */
  public enum Kind {
    CADRE,
    OFFICE
  }
}
