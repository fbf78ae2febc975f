package org.lianxi.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableSet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Topic;
import org.lianxi.core.domain.Venue;
import org.lianxi.core.testkit.DomainGenerators;
import org.quicktheories.core.Gen;

/**
 * {@link HashChain#link} hashes bytes written by hand ({@link CanonicalBytes}); over random records
 * with edge values (years below 1000, above 9999 and negative, seconds and nanoseconds, Chinese,
 * emoji and lone surrogates, every topic subset in any insertion order, empty optionals, extreme
 * numbers) those bytes equal the text encoding of version 1 as first written (with {@link
 * DateTimeFormatter}, a sorted stream and {@code String.getBytes}), and the hashes equal SHA-256
 * and HMAC-SHA-256 computed by the JDK over that text.
 */
class HashChainFastPathProperties {
  private static final byte[] KEY = "fast-path-key-0123456789".getBytes(StandardCharsets.UTF_8);
  private static final HashChain SHA = HashChain.sha256();
  private static final HashChain HMAC = HashChain.hmac(KEY);

  private static final int[] EDGE_YEARS = {
    -999_999_999,
    -123_456,
    -10_000,
    -9_999,
    -1_000,
    -999,
    -10,
    -1,
    0,
    1,
    9,
    99,
    999,
    1000,
    2024,
    9_999,
    10_000,
    99_999,
    123_456_789,
    999_999_999
  };
  private static final List<String> EDGE_TEXTS =
      List.of(
          "",
          "x",
          "照片 2 张",
          "签到表.jpg",
          "line\nbreak",
          "a=1:b;c",
          "emoji \uD83D\uDE00 end",
          "lone \uD800 high",
          "lone \uDC00 low",
          "\uDBFF",
          "ends high \uD83D",
          "é ü ß",
          "\u0000\u007F\u0080\u07FF\u0800\uFFFF");

  /** The canonical text exactly as version 1 first built it (the reference). */
  static String referenceCanonical(Activity a) {
    DateTimeFormatter time = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    StringBuilder b = new StringBuilder("lianxi-activity-v1\n");
    field(b, "activity_id", a.activityId());
    field(b, "cadre_id", a.cadreId());
    field(b, "type", a.type().name());
    field(b, "start", time.format(a.start()));
    field(b, "minutes", Integer.toString(a.minutes()));
    field(b, "contact_unit_id", a.contactUnitId().orElse(""));
    field(b, "venue", a.venue().name());
    field(
        b, "topics", a.topics().stream().sorted().map(Enum::name).collect(Collectors.joining(";")));
    OptionalInt p = a.participants();
    field(b, "participants", p.isPresent() ? Integer.toString(p.getAsInt()) : "");
    field(b, "evidence", a.evidence().orElse(""));
    field(b, "recorded_at", time.format(a.recordedAt()));
    field(b, "supersedes", a.supersedes().orElse(""));
    return b.toString();
  }

  private static void field(StringBuilder b, String name, String value) {
    b.append(name).append('=').append(value.length()).append(':').append(value).append('\n');
  }

  record Case(String previous, Activity activity) {}

  private static String pick(Random r, List<String> texts) {
    return texts.get(r.nextInt(texts.size()));
  }

  private static String nonBlank(Random r, String fallback) {
    String s = pick(r, EDGE_TEXTS);
    return s.isBlank() ? fallback : s;
  }

  private static LocalDateTime time(Random r, LocalDateTime base) {
    int year =
        r.nextInt(3) == 0
            ? EDGE_YEARS[r.nextInt(EDGE_YEARS.length)]
            : r.nextInt(3) == 0 ? -999_999_999 + r.nextInt(1_999_999_999) : base.getYear();
    LocalDateTime t = base.withYear(year);
    if (r.nextBoolean()) {
      t = t.withSecond(r.nextInt(60));
    }
    if (r.nextBoolean()) {
      t = t.withNano(r.nextInt(1_000_000_000));
    }
    if (r.nextInt(10) == 0) {
      t = r.nextBoolean() ? LocalDateTime.MAX : LocalDateTime.MIN;
    }
    return t;
  }

  /** Records from the domain generator, pushed to edge values by a seeded {@link Random}. */
  static Gen<Case> cases() {
    return DomainGenerators.activities()
        .zip(
            longs().all(),
            (a, seed) -> {
              Random r = new Random(seed);
              Activity.Builder b = Activity.builder().from(a);
              if (r.nextBoolean()) {
                b.start(time(r, a.start()));
              }
              if (r.nextBoolean()) {
                b.recordedAt(time(r, a.recordedAt()));
              }
              if (r.nextInt(4) == 0) {
                b.activityId(nonBlank(r, "A中"));
              }
              if (r.nextInt(4) == 0) {
                b.cadreId(nonBlank(r, "C\uD83D\uDE00"));
              }
              if (r.nextInt(4) == 0) {
                b.contactUnitId(nonBlank(r, "单位"));
              }
              if (r.nextInt(4) == 0) {
                b.evidence(pick(r, EDGE_TEXTS));
              }
              if (r.nextInt(4) == 0) {
                b.supersedes("S-" + nonBlank(r, "0"));
              }
              if (r.nextInt(4) == 0) {
                int[] m = {1, 9, 10, 99, 100, 999_999_999, 1_000_000_000, Integer.MAX_VALUE};
                b.minutes(m[r.nextInt(m.length)]);
              }
              if (r.nextInt(4) == 0) {
                int[] p = {0, 1, 9, 10, 1_000_000_000, Integer.MAX_VALUE};
                b.participants(p[r.nextInt(p.length)]);
              }
              if (r.nextBoolean()) {
                List<Topic> topics = new ArrayList<>();
                for (Topic t : Topic.values()) {
                  if (r.nextBoolean()) {
                    topics.add(t);
                  }
                }
                Collections.shuffle(topics, r);
                b.topics(ImmutableSet.copyOf(topics));
              }
              String previous =
                  switch (r.nextInt(6)) {
                    case 0 -> HashChain.GENESIS;
                    case 1 -> "";
                    case 2 -> "前一个哈希 \uD83D\uDE00 \uD800";
                    default -> HexFormat.of().formatHex(longBytes(r));
                  };
              return new Case(previous, b.build());
            });
  }

  private static byte[] longBytes(Random r) {
    byte[] b = new byte[32];
    r.nextBytes(b);
    return b;
  }

  private static byte[] referenceBytes(String previous, Activity a) {
    byte[] p = previous.getBytes(StandardCharsets.US_ASCII);
    byte[] c = referenceCanonical(a).getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[p.length + c.length];
    System.arraycopy(p, 0, all, 0, p.length);
    System.arraycopy(c, 0, all, p.length, c.length);
    return all;
  }

  @Test
  void theFastBytesAreTheCanonicalTextsBytes() {
    Qt.qt()
        .forAll(cases())
        .checkAssert(
            c -> {
              Activity a = c.activity();
              assertThat(HashChain.canonical(a)).isEqualTo(referenceCanonical(a));
              assertThat(CanonicalBytes.canonical(a))
                  .isEqualTo(referenceCanonical(a).getBytes(StandardCharsets.UTF_8));
              CanonicalBytes both = CanonicalBytes.of(c.previous(), a);
              assertThat(both.toByteArray()).isEqualTo(referenceBytes(c.previous(), a));
            });
  }

  @Test
  void linkIsShaAndHmacOverPreviousHashAndCanonicalText() {
    Qt.qt()
        .forAll(cases())
        .checkAssert(
            c -> {
              byte[] bytes = referenceBytes(c.previous(), c.activity());
              try {
                String sha =
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
                String hmac = HexFormat.of().formatHex(mac.doFinal(bytes));
                assertThat(SHA.link(c.previous(), c.activity())).isEqualTo(sha);
                assertThat(HMAC.link(c.previous(), c.activity())).isEqualTo(hmac);
              } catch (java.security.GeneralSecurityException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void edgeYearsAreFormattedAsDateTimeFormatterDoes() {
    LocalDateTime base = LocalDateTime.of(2024, 2, 29, 23, 59, 58, 999_999_999);
    Activity fixed =
        Activity.builder()
            .activityId("A-1")
            .cadreId("C-1")
            .type(ActivityType.OTHER)
            .start(base)
            .minutes(1)
            .venue(Venue.OTHER)
            .recordedAt(base)
            .build();
    for (int year : EDGE_YEARS) {
      LocalDateTime t = base.withYear(year);
      Activity a = Activity.builder().from(fixed).start(t).recordedAt(t).build();
      assertThat(CanonicalBytes.canonical(a))
          .as("year %d", year)
          .isEqualTo(referenceCanonical(a).getBytes(StandardCharsets.UTF_8));
    }
  }
}
