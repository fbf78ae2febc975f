package org.lianxi.core.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.integrity.ChainHead;
import org.lianxi.core.integrity.LogEntry;

/**
 * The append-only, hash-chained activity log. Records are never updated or deleted: a correction is
 * a new record whose {@code supersedes} names the earlier one.
 *
 * <p>Appending is all or nothing. A record whose {@code activityId} is already in the log with
 * identical content is skipped (a no-op); with different content the whole append fails with a
 * {@link org.lianxi.core.domain.LianxiException} (send a correction instead). A record that
 * supersedes an id not in the log (nor earlier in the same append) fails likewise.
 */
public interface ActivityLogPort {
  /**
   * Appends the records in order, linking each into the hash chain.
   *
   * @return the chain head after the append, for the host to keep
   */
  ChainHead append(List<Activity> records);

  /** The head of the chain ({@link ChainHead#EMPTY} for an empty log). */
  ChainHead head();

  /** Every record in sequence order. */
  List<LogEntry> entries();

  /** Every activity in sequence order. */
  default List<Activity> activities() {
    return entries().stream().map(LogEntry::activity).collect(Collectors.toList());
  }

  /** The activities whose start day lies in {@code from..to} (inclusive), in sequence order. */
  default List<Activity> activitiesStartingBetween(LocalDate from, LocalDate to) {
    return entries().stream()
        .map(LogEntry::activity)
        .filter(a -> !a.day().isBefore(from) && !a.day().isAfter(to))
        .collect(Collectors.toList());
  }

  /** The record with this id, if logged. */
  default Optional<Activity> find(String activityId) {
    return entries().stream()
        .map(LogEntry::activity)
        .filter(a -> a.activityId().equals(activityId))
        .findFirst();
  }
}
