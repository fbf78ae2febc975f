package org.lianxi.core.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lianxi.core.domain.LianxiException;

/**
 * An inclusive range of days {@code from..to}. Immutable and thread-safe.
 *
 * @param from first day
 * @param to last day, not before {@code from}
 */
public record DateRange(LocalDate from, LocalDate to) {
  public DateRange {
    LianxiException.check(from != null, "DateRange", "from", from, "must not be null");
    LianxiException.check(to != null, "DateRange", "to", to, "must not be null");
    LianxiException.check(!to.isBefore(from), "DateRange", "to", to, "must not be before " + from);
  }

  public static DateRange of(LocalDate from, LocalDate to) {
    return new DateRange(from, to);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  public boolean overlaps(DateRange other) {
    return !from.isAfter(other.to) && !to.isBefore(other.from);
  }

  /** The days both ranges share, if any. */
  public Optional<DateRange> intersect(DateRange other) {
    LocalDate f = from.isAfter(other.from) ? from : other.from;
    LocalDate t = to.isBefore(other.to) ? to : other.to;
    return t.isBefore(f) ? Optional.empty() : Optional.of(new DateRange(f, t));
  }

  /** This range cut at {@code last} (inclusive), or empty when it starts after {@code last}. */
  public Optional<DateRange> upTo(LocalDate last) {
    if (from.isAfter(last)) {
      return Optional.empty();
    }
    return Optional.of(new DateRange(from, to.isAfter(last) ? last : to));
  }

  /** Number of days, both ends included. */
  public int length() {
    return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
  }

  /** Every day from {@code from} to {@code to}. */
  public List<LocalDate> days() {
    List<LocalDate> days = new ArrayList<>(length());
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      days.add(d);
    }
    return days;
  }

  @Override
  public String toString() {
    return from + ".." + to;
  }
}
