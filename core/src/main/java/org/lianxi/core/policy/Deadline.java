package org.lianxi.core.policy;

import org.lianxi.core.domain.LianxiException;

/**
 * A time limit: {@code amount} working days (ending at the end of the amount-th working day after
 * the day of receipt; teaching breaks do not stop the office clock) or {@code amount} elapsed
 * hours. Immutable and thread-safe.
 *
 * @param amount how many, at least 0
 * @param unit working days or hours
 */
public record Deadline(int amount, Unit unit) {
  /** The unit of a deadline. */
  public enum Unit {
    WORKING_DAYS("个工作日", "working days"),
    HOURS("小时", "hours");

    private final String zh;
    private final String en;

    Unit(String zh, String en) {
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

  public Deadline {
    LianxiException.check(amount >= 0, "Deadline", "amount", amount, "must not be negative");
    LianxiException.check(unit != null, "Deadline", "unit", null, "must not be null");
  }

  public static Deadline workingDays(int n) {
    return new Deadline(n, Unit.WORKING_DAYS);
  }

  public static Deadline hours(int n) {
    return new Deadline(n, Unit.HOURS);
  }

  /**
   * Whether this limit is never later than {@code other}. A limit of N working days always lasts at
   * least 24·N hours (it ends at the end of a day at least N days after receipt) but has no upper
   * bound (holidays), so H hours is not longer than N working days when H ≤ 24·N, and working days
   * are never provably not longer than hours.
   */
  public boolean notLongerThan(Deadline other) {
    if (unit == other.unit) {
      return amount <= other.amount;
    }
    if (unit == Unit.HOURS) {
      return amount <= 24L * other.amount;
    }
    return false;
  }

  @Override
  public String toString() {
    return amount + " " + unit.en();
  }
}
