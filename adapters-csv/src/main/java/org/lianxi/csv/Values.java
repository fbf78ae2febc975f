package org.lianxi.csv;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.lianxi.core.domain.LianxiException;

/**
 * Strict parsers over ranges of a character buffer (no strings made on the way; dates are {@link
 * Dates}'s) and the formatters that match them, so that what the writer writes the reader reads
 * back exactly. Dates are {@code YYYY-MM-DD}; date-times {@code YYYY-MM-DDTHH:MM}, with {@code :SS}
 * accepted and written only when the seconds are not zero (the library stamps {@code recordedAt} to
 * the second); whole numbers are an optional {@code -} and 1 to 9 digits; booleans {@code true} or
 * {@code false}; enum constants by name.
 */
final class Values {
  /** Returned by {@link #integer} for text that is not a whole number. */
  static final long NOT_A_NUMBER = Long.MIN_VALUE;

  private Values() {}

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

  /** Looks up enum constants by name within a buffer range (a small open-addressing table). */
  static final class Names<E extends Enum<E>> {
    private static final int MAX_SUBSET_CONSTANTS = 8;

    private final ImmutableList<E> constants;
    private final int longest;
    private final ImmutableList<ImmutableSet<E>> subsets;
    private final E[] table; // never written after construction
    private final String allowed;

    Names(Class<E> type) {
      this.constants = ImmutableList.copyOf(type.getEnumConstants());
      this.longest = constants.stream().mapToInt(c -> c.name().length()).max().orElse(0);
      this.allowed =
          constants.stream().map(Enum::name).collect(Collectors.joining(", ", "one of ", ""));
      this.table = table(type, constants);
      this.subsets =
          IntStream.range(0, 1 << Math.min(constants.size(), MAX_SUBSET_CONSTANTS))
              .mapToObj(
                  mask ->
                      Sets.immutableEnumSet(
                          constants.stream()
                              .filter(c -> (mask & (1 << c.ordinal())) != 0)
                              .collect(Collectors.toList())))
              .collect(ImmutableList.toImmutableList());
    }

    /** The set of the constants whose ordinals are the bits of {@code mask}. */
    ImmutableSet<E> subset(long mask) {
      if (mask < subsets.size()) {
        return subsets.get((int) mask);
      }
      return Sets.immutableEnumSet(
          constants.stream().filter(c -> (mask & (1L << c.ordinal())) != 0).toList());
    }

    /** The constant named by the text, or null. */
    E find(char[] b, int s, int e) {
      int n = e - s;
      if (n == 0 || n > longest) {
        return null;
      }
      int mask = table.length - 1;
      for (int i = slot(n, b[s], b[s + n / 2], b[e - 1]) & mask; ; i = (i + 1) & mask) {
        E c = table[i];
        if (c == null) {
          return null;
        }
        if (matches(b, s, e, c.name())) {
          return c;
        }
      }
    }

    private static int slot(int length, char first, char middle, char last) {
      int h = ((length * 31 + first) * 31 + middle) * 31 + last;
      return h ^ (h >>> 5) ^ (h >>> 11);
    }

    private static <E extends Enum<E>> E[] table(Class<E> type, List<E> constants) {
      int size = Integer.highestOneBit(Math.max(4, constants.size()) * 4);
      @SuppressWarnings("unchecked")
      E[] t = (E[]) java.lang.reflect.Array.newInstance(type, size);
      for (E c : constants) {
        String name = c.name();
        int n = name.length();
        int i = slot(n, name.charAt(0), name.charAt(n / 2), name.charAt(n - 1)) & (size - 1);
        while (t[i] != null) {
          i = (i + 1) & (size - 1);
        }
        t[i] = c;
      }
      return t;
    }

    /** "one of A, B, C". */
    String allowed() {
      return allowed;
    }

    List<E> all() {
      return constants;
    }
  }
}
