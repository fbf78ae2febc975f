package org.lianxi.core.integrity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.OptionalInt;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Topic;

/**
 * The bytes {@link HashChain#link} hashes, written straight into a byte array: the previous hash
 * (as {@code String.getBytes(US_ASCII)} would encode it) followed by the UTF-8 bytes of {@link
 * HashChain#canonical}, with the dates, times, numbers and topics formatted by hand. Byte for byte
 * the same as {@code (previousHash.getBytes(US_ASCII), canonical(a).getBytes(UTF_8))}.
 *
 * <p>Not thread-safe: one instance per call.
 */
final class CanonicalBytes {
  private static final Topic[] TOPICS = Topic.values();
  private static final byte[] HEAD = ascii("lianxi-activity-v1\nactivity_id=");
  private static final byte[] CADRE_ID = ascii("cadre_id=");
  private static final byte[] TYPE = ascii("type=");
  private static final byte[] START = ascii("start=");
  private static final byte[] MINUTES = ascii("minutes=");
  private static final byte[] CONTACT_UNIT_ID = ascii("contact_unit_id=");
  private static final byte[] VENUE = ascii("venue=");
  private static final byte[] TOPICS_NAME = ascii("topics=");
  private static final byte[] PARTICIPANTS = ascii("participants=");
  private static final byte[] EVIDENCE = ascii("evidence=");
  private static final byte[] RECORDED_AT = ascii("recorded_at=");
  private static final byte[] SUPERSEDES = ascii("supersedes=");
  private static final byte[] EMPTY_VALUE = ascii("0:\n");

  private byte[] buf;
  private int size;

  private CanonicalBytes(int capacity) {
    buf = new byte[capacity];
  }

  /** The bytes of {@code previousHash} then of the canonical text of {@code a}. */
  static CanonicalBytes of(String previousHash, Activity a) {
    CanonicalBytes b = new CanonicalBytes(384);
    b.previous(previousHash);
    b.activity(a);
    return b;
  }

  /** The canonical text's UTF-8 bytes alone (for tests). */
  static byte[] canonical(Activity a) {
    CanonicalBytes b = new CanonicalBytes(384);
    b.activity(a);
    return b.toByteArray();
  }

  byte[] array() {
    return buf;
  }

  int size() {
    return size;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  private void previous(String s) {
    int n = s.length();
    ensure(n);
    byte[] b = buf;
    int at = size;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        // Not ASCII: the charset's own replacement rules.
        raw(s.getBytes(StandardCharsets.US_ASCII));
        return;
      }
      b[at + i] = (byte) c;
    }
    size = at + n;
  }

  private void activity(Activity a) {
    raw(HEAD);
    text(a.activityId());
    raw(CADRE_ID);
    text(a.cadreId());
    raw(TYPE);
    text(a.type().name());
    raw(START);
    time(a.start());
    raw(MINUTES);
    number(a.minutes());
    raw(CONTACT_UNIT_ID);
    optionalText(a.contactUnitId().orElse(null));
    raw(VENUE);
    text(a.venue().name());
    raw(TOPICS_NAME);
    topics(a);
    raw(PARTICIPANTS);
    OptionalInt p = a.participants();
    if (p.isPresent()) {
      number(p.getAsInt());
    } else {
      raw(EMPTY_VALUE);
    }
    raw(EVIDENCE);
    optionalText(a.evidence().orElse(null));
    raw(RECORDED_AT);
    time(a.recordedAt());
    raw(SUPERSEDES);
    optionalText(a.supersedes().orElse(null));
  }

  private void optionalText(String s) {
    if (s == null) {
      raw(EMPTY_VALUE);
    } else {
      text(s);
    }
  }

  /** {@code length:value\n}, the length in UTF-16 units as {@code String.length()} counts. */
  private void text(String s) {
    int n = s.length();
    digits(n);
    ensure(n + 2);
    byte[] b = buf;
    int at = size;
    b[at++] = ':';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        size = at;
        raw(s.substring(i).getBytes(StandardCharsets.UTF_8));
        ensure(1);
        buf[size++] = '\n';
        return;
      }
      b[at++] = (byte) c;
    }
    b[at++] = '\n';
    size = at;
  }

  /** {@code length:digits\n}. */
  private void number(int v) {
    int n = digitCount(v);
    digits(n);
    ensure(1);
    buf[size++] = ':';
    digits(v);
    ensure(1);
    buf[size++] = '\n';
  }

  /** The topics' names in enum order, joined by {@code ;}. */
  private void topics(Activity a) {
    long mask = 0;
    for (Topic t : a.topics()) {
      mask |= 1L << t.ordinal();
    }
    int length = 0;
    int count = 0;
    for (Topic t : TOPICS) {
      if ((mask & 1L << t.ordinal()) != 0) {
        length += t.name().length();
        count++;
      }
    }
    if (count > 1) {
      length += count - 1;
    }
    digits(length);
    ensure(length + 2);
    byte[] b = buf;
    int at = size;
    b[at++] = ':';
    boolean first = true;
    for (Topic t : TOPICS) {
      if ((mask & 1L << t.ordinal()) != 0) {
        if (!first) {
          b[at++] = ';';
        }
        first = false;
        String name = t.name();
        for (int i = 0; i < name.length(); i++) {
          b[at++] = (byte) name.charAt(i);
        }
      }
    }
    b[at++] = '\n';
    size = at;
  }

  /**
   * {@code length:uuuu-MM-dd'T'HH:mm:ss\n} as {@link java.time.format.DateTimeFormatter} writes it:
   * the year zero-padded to four digits, with {@code -} when negative and {@code +} when above
   * 9999.
   */
  private void time(LocalDateTime t) {
    int year = t.getYear();
    int yearLength;
    if (year >= 0 && year <= 9999) {
      yearLength = 4;
    } else if (year > 9999) {
      yearLength = 1 + digitCount(year);
    } else {
      yearLength = 1 + Math.max(4, digitCount(-(long) year));
    }
    digits(yearLength + 15);
    ensure(yearLength + 17);
    byte[] b = buf;
    int at = size;
    b[at++] = ':';
    if (year >= 0 && year <= 9999) {
      at = pad4(b, at, year);
    } else if (year > 9999) {
      b[at++] = '+';
      size = at;
      digits(year);
      at = size;
    } else {
      b[at++] = '-';
      long abs = -(long) year;
      if (abs <= 9999) {
        at = pad4(b, at, (int) abs);
      } else {
        size = at;
        digits(abs);
        at = size;
      }
    }
    b[at++] = '-';
    at = pad2(b, at, t.getMonthValue());
    b[at++] = '-';
    at = pad2(b, at, t.getDayOfMonth());
    b[at++] = 'T';
    at = pad2(b, at, t.getHour());
    b[at++] = ':';
    at = pad2(b, at, t.getMinute());
    b[at++] = ':';
    at = pad2(b, at, t.getSecond());
    b[at++] = '\n';
    size = at;
  }

  private static int pad4(byte[] b, int at, int v) {
    b[at] = (byte) ('0' + v / 1000);
    b[at + 1] = (byte) ('0' + v / 100 % 10);
    b[at + 2] = (byte) ('0' + v / 10 % 10);
    b[at + 3] = (byte) ('0' + v % 10);
    return at + 4;
  }

  private static int pad2(byte[] b, int at, int v) {
    b[at] = (byte) ('0' + v / 10);
    b[at + 1] = (byte) ('0' + v % 10);
    return at + 2;
  }

  /** The decimal digits of {@code v} as {@code Long.toString} writes them. */
  private void digits(long v) {
    ensure(20);
    if (v < 0) {
      if (v == Long.MIN_VALUE) {
        raw(ascii(Long.toString(v)));
        return;
      }
      buf[size++] = '-';
      v = -v;
    }
    int n = digitCount(v);
    int end = size + n;
    byte[] b = buf;
    for (int i = end - 1; i >= size; i--) {
      b[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    size = end;
  }

  /** The number of characters of {@code Long.toString(v)}. */
  private static int digitCount(long v) {
    if (v < 0) {
      return v == Long.MIN_VALUE ? 20 : 1 + digitCount(-v);
    }
    int n = 1;
    while (v >= 10) {
      v /= 10;
      n++;
    }
    return n;
  }

  private void raw(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, size, bytes.length);
    size += bytes.length;
  }

  private void ensure(int more) {
    if (size + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
