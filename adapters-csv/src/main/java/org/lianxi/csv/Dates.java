package org.lianxi.csv;

import com.google.common.collect.ImmutableList;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.stream.IntStream;

/**
 * Strict parsers of {@code YYYY-MM-DD} and {@code YYYY-MM-DDTHH:MM[:SS]} over ranges of a character
 * buffer, without making strings. An activity log repeats the same days and minutes a million
 * times, so the days of the last few years (1,024 slots) and every whole minute of the day are
 * reused rather than made again. Not thread-safe: one per file read.
 */
final class Dates {
  private static final ImmutableList<LocalTime> MINUTES =
      IntStream.range(0, 24 * 60)
          .mapToObj(m -> LocalTime.of(m / 60, m % 60))
          .collect(ImmutableList.toImmutableList());
  private static final int SLOTS = 1024;

  private final int[] keys = new int[SLOTS];
  private final LocalDate[] days = new LocalDate[SLOTS];

  /** The date, or null when the text is not a valid {@code YYYY-MM-DD}. */
  LocalDate date(char[] b, int s, int e) {
    if (e - s != 10 || b[s + 4] != '-' || b[s + 7] != '-') {
      return null;
    }
    return day(digits(b, s, 4), digits(b, s + 5, 2), digits(b, s + 8, 2));
  }

  /** The date-time, or null when the text is not a valid {@code YYYY-MM-DDTHH:MM[:SS]}. */
  LocalDateTime dateTime(char[] b, int s, int e) {
    int n = e - s;
    if ((n != 16 && n != 19)
        || b[s + 4] != '-'
        || b[s + 7] != '-'
        || b[s + 10] != 'T'
        || b[s + 13] != ':') {
      return null;
    }
    int h = digits(b, s + 11, 2);
    int mi = digits(b, s + 14, 2);
    int sec = 0;
    if (n == 19) {
      if (b[s + 16] != ':') {
        return null;
      }
      sec = digits(b, s + 17, 2);
    }
    if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) {
      return null;
    }
    LocalDate day = day(digits(b, s, 4), digits(b, s + 5, 2), digits(b, s + 8, 2));
    if (day == null) {
      return null;
    }
    LocalTime time = sec == 0 ? MINUTES.get(h * 60 + mi) : LocalTime.of(h, mi, sec);
    return LocalDateTime.of(day, time);
  }

  private LocalDate day(int y, int m, int d) {
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) {
      return null;
    }
    int key = y * 372 + m * 31 + d; // never 0 (the empty slot); near days get near slots
    int slot = key & (SLOTS - 1);
    if (keys[slot] == key) {
      return days[slot];
    }
    LocalDate day;
    try {
      day = LocalDate.of(y, m, d);
    } catch (DateTimeException ex) {
      return null;
    }
    keys[slot] = key;
    days[slot] = day;
    return day;
  }

  /** The value of {@code n} decimal digits, or -1 when one is not a digit. */
  private static int digits(char[] b, int s, int n) {
    int v = 0;
    for (int i = s; i < s + n; i++) {
      int c = b[i] - '0';
      if (c < 0 || c > 9) {
        return -1;
      }
      v = v * 10 + c;
    }
    return v;
  }
}
