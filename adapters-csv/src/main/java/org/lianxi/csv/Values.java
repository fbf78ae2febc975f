package org.lianxi.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.lianxi.core.domain.LianxiException;

/**
 * Strict parsers over ranges of a character buffer (no strings made on the way) and the matching
 * formatters, so that what the writer writes the reader reads back exactly. Dates are {@code
 * YYYY-MM-DD}; date-times {@code YYYY-MM-DDTHH:MM}, with {@code :SS} accepted and written only when
 * the seconds are not zero (the library stamps {@code recordedAt} to the second); whole numbers are
 * an optional {@code -} and 1 to 9 digits; booleans {@code true} or {@code false}.
 */
final class Values {
  /** Returned by {@link #integer} for text that is not a whole number. */
  static final long NOT_A_NUMBER = Long.MIN_VALUE;

  private Values() {}

  /** The date, or null when the text is not a valid {@code YYYY-MM-DD}. */
  static LocalDate date(char[] b, int s, int e) {
    if (e - s != 10 || b[s + 4] != '-' || b[s + 7] != '-') {
      return null;
    }
    int y = digits(b, s, 4);
    int m = digits(b, s + 5, 2);
    int d = digits(b, s + 8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException ex) {
      return null;
    }
  }

  /** The date-time, or null when the text is not a valid {@code YYYY-MM-DDTHH:MM[:SS]}. */
  static LocalDateTime dateTime(char[] b, int s, int e) {
    int n = e - s;
    if ((n != 16 && n != 19)
        || b[s + 4] != '-'
        || b[s + 7] != '-'
        || b[s + 10] != 'T'
        || b[s + 13] != ':') {
      return null;
    }
    int y = digits(b, s, 4);
    int mo = digits(b, s + 5, 2);
    int d = digits(b, s + 8, 2);
    int h = digits(b, s + 11, 2);
    int mi = digits(b, s + 14, 2);
    int sec = 0;
    if (n == 19) {
      if (b[s + 16] != ':') {
        return null;
      }
      sec = digits(b, s + 17, 2);
    }
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23) {
      return null;
    }
    if (mi < 0 || mi > 59 || sec < 0 || sec > 59) {
      return null;
    }
    try {
      return LocalDateTime.of(y, mo, d, h, mi, sec);
    } catch (DateTimeException ex) {
      return null;
    }
  }

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

  /** The whole number, or {@link #NOT_A_NUMBER}. */
  static long integer(char[] b, int s, int e) {
    boolean negative = e > s && b[s] == '-';
    int i = negative ? s + 1 : s;
    if (i == e || e - i > 9) {
      return NOT_A_NUMBER;
    }
    long v = 0;
    for (; i < e; i++) {
      int c = b[i] - '0';
      if (c < 0 || c > 9) {
        return NOT_A_NUMBER;
      }
      v = v * 10 + c;
    }
    return negative ? -v : v;
  }

  /** 1 for {@code true}, 0 for {@code false}, -1 otherwise. */
  static int bool(char[] b, int s, int e) {
    if (matches(b, s, e, "true")) {
      return 1;
    }
    return matches(b, s, e, "false") ? 0 : -1;
  }

  static boolean matches(char[] b, int s, int e, String text) {
    int n = text.length();
    if (e - s != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (b[s + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static String date(LocalDate d) {
    checkYear(d.getYear(), d);
    return d.toString();
  }

  /** {@code YYYY-MM-DDTHH:MM}, or {@code YYYY-MM-DDTHH:MM:SS} when the seconds are not zero. */
  static String dateTime(LocalDateTime t) {
    checkYear(t.getYear(), t);
    if (t.getNano() != 0) {
      throw new LianxiException(
          "date-time " + t + " has fractions of a second, which the CSV format cannot hold");
    }
    return t.toString();
  }

  private static void checkYear(int year, Object value) {
    if (year < 0 || year > 9999) {
      throw new LianxiException(
          "date " + value + " has a year outside 0000-9999, which the CSV format cannot hold");
    }
  }

  /** Looks up enum constants by name within a buffer range. */
  static final class Names<E extends Enum<E>> {
    private final E[] constants;
    private final String allowed;

    Names(Class<E> type) {
      this.constants = type.getEnumConstants();
      this.allowed =
          Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", ", "one of ", ""));
    }

    /** The constant named by the text, or null. */
    E find(char[] b, int s, int e) {
      for (E c : constants) {
        if (matches(b, s, e, c.name())) {
          return c;
        }
      }
      return null;
    }

    /** "one of A, B, C". */
    String allowed() {
      return allowed;
    }

    List<E> all() {
      return Arrays.asList(constants);
    }
  }
}
