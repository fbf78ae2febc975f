package org.lianxi.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.lianxi.core.domain.LianxiException;

/**
 * An ISO week, Monday to Sunday, named by its Monday. Immutable and thread-safe.
 *
 * @param monday the first day of the week; must be a Monday
 */
public record IsoWeek(LocalDate monday) implements Comparable<IsoWeek> {
  public IsoWeek {
    LianxiException.check(
        monday != null && monday.getDayOfWeek() == DayOfWeek.MONDAY,
        "IsoWeek",
        "monday",
        monday,
        "must be a Monday");
  }

  /** The week containing {@code day}. */
  public static IsoWeek of(LocalDate day) {
    return new IsoWeek(day.minusDays(day.getDayOfWeek().getValue() - 1L));
  }

  public LocalDate sunday() {
    return monday.plusDays(6);
  }

  public LocalDate friday() {
    return monday.plusDays(4);
  }

  public DateRange days() {
    return new DateRange(monday, sunday());
  }

  /** Monday to Friday. */
  public DateRange weekdays() {
    return new DateRange(monday, friday());
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(monday) && !day.isAfter(sunday());
  }

  public IsoWeek next() {
    return new IsoWeek(monday.plusWeeks(1));
  }

  /** The ISO name, e.g. {@code 2024-W36}. */
  public String label() {
    return String.format(
        "%d-W%02d",
        monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  @Override
  public int compareTo(IsoWeek o) {
    return monday.compareTo(o.monday);
  }

  @Override
  public String toString() {
    return label();
  }
}
