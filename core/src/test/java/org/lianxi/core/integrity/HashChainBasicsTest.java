package org.lianxi.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.LianxiAssertions.assertRejectedNaming;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Topic;
import org.lianxi.core.domain.Venue;

/** The basics of the activity log's hash chain (SPEC §4): encoding, keys, verification, heads. */
class HashChainBasicsTest {
  private static final byte[] KEY = "0123456789abcdef-host-key".getBytes(StandardCharsets.US_ASCII);

  /** A fixed record: its canonical text and hash below are part of the log's format. */
  private static final Activity FIXED =
      Activity.builder()
          .activityId("A-1")
          .cadreId("C-SJ")
          .type(ActivityType.THEORY_LECTURE)
          .start(LocalDateTime.of(2024, 9, 10, 14, 0))
          .minutes(90)
          .contactUnitId("CU-CS-2401")
          .venue(Venue.CLASSROOM)
          .addTopics(Topic.CAREER, Topic.IDEOLOGY)
          .participants(32)
          .evidence("照片 2 张")
          .recordedAt(LocalDateTime.of(2024, 9, 10, 18, 0, 30))
          .build();

  private static Activity record(int n) {
    return Activity.builder()
        .from(FIXED)
        .activityId("A-" + n)
        .start(FIXED.start().plusDays(n))
        .recordedAt(FIXED.recordedAt().plusDays(n))
        .build();
  }

  private static List<LogEntry> chainOf(HashChain chain, int n) {
    List<LogEntry> entries = new ArrayList<>();
    String previous = HashChain.GENESIS;
    for (int i = 1; i <= n; i++) {
      Activity a = record(i);
      previous = chain.link(previous, a);
      entries.add(new LogEntry(i, a, previous));
    }
    return entries;
  }

  @Test
  void theCanonicalEncodingIsStable() {
    assertThat(HashChain.canonical(FIXED))
        .isEqualTo(
            "lianxi-activity-v1\n"
                + "activity_id=3:A-1\n"
                + "cadre_id=4:C-SJ\n"
                + "type=14:THEORY_LECTURE\n"
                + "start=19:2024-09-10T14:00:00\n"
                + "minutes=2:90\n"
                + "contact_unit_id=10:CU-CS-2401\n"
                + "venue=9:CLASSROOM\n"
                + "topics=15:IDEOLOGY;CAREER\n"
                + "participants=2:32\n"
                + "evidence=6:照片 2 张\n"
                + "recorded_at=19:2024-09-10T18:00:30\n"
                + "supersedes=0:\n");
  }

  /**
   * The hashes are SHA-256 and HMAC-SHA-256 (key {@link #KEY}) of the UTF-8 bytes of {@code GENESIS
   * + canonical(FIXED)}; checked independently with Python's {@code hashlib} and {@code hmac}. A
   * change here breaks every stored chain.
   */
  @Test
  void aFixedRecordHasAFixedHash() {
    assertThat(HashChain.sha256().link(HashChain.GENESIS, FIXED))
        .isEqualTo("cd411866df3391a96e7158491f7b777eccc3fd818bf9159ce42b50f047ad0245");
    assertThat(HashChain.hmac(KEY).link(HashChain.GENESIS, FIXED))
        .isEqualTo("3139e671f82fdd147f87c33226f645830423710b498adb501dcc34ce593b8185");
  }

  @Test
  void emptyOptionalValuesAreEncodedAsEmpty() {
    Activity bare =
        Activity.builder()
            .activityId("A-2")
            .cadreId("C-SJ")
            .type(ActivityType.OTHER)
            .start(LocalDateTime.of(2024, 9, 10, 14, 0, 59, 999))
            .minutes(1)
            .venue(Venue.OTHER)
            .recordedAt(LocalDateTime.of(2024, 9, 10, 18, 0))
            .build();
    assertThat(HashChain.canonical(bare))
        .contains("start=19:2024-09-10T14:00:59\n")
        .contains("contact_unit_id=0:\n")
        .contains("topics=0:\n")
        .contains("participants=0:\n")
        .contains("evidence=0:\n")
        .contains("supersedes=0:\n");
  }

  @Test
  void timesAreHashedAtSecondPrecision() {
    Activity withNanos =
        Activity.builder().from(FIXED).recordedAt(FIXED.recordedAt().plusNanos(999_000)).build();
    assertThat(HashChain.sha256().link(HashChain.GENESIS, withNanos))
        .isEqualTo(HashChain.sha256().link(HashChain.GENESIS, FIXED));
  }

  @Test
  void everyFieldAndThePreviousHashChangeTheHash() {
    HashChain chain = HashChain.sha256();
    String base = chain.link(HashChain.GENESIS, FIXED);
    List<Activity> variants =
        List.of(
            Activity.builder().from(FIXED).activityId("A-9").build(),
            Activity.builder().from(FIXED).minutes(91).build(),
            Activity.builder().from(FIXED).evidence("照片 3 张").build(),
            Activity.builder().from(FIXED).supersedes("A-0").build(),
            Activity.builder().from(FIXED).participants(33).build(),
            Activity.builder().from(FIXED).topics(List.of(Topic.CAREER)).build());
    for (Activity v : variants) {
      assertThat(chain.link(HashChain.GENESIS, v)).isNotEqualTo(base);
    }
    assertThat(chain.link("1".repeat(64), FIXED)).isNotEqualTo(base);
  }

  @Test
  void hmacDiffersFromSha256AndBetweenKeys() {
    String sha = HashChain.sha256().link(HashChain.GENESIS, FIXED);
    String hmac = HashChain.hmac(KEY).link(HashChain.GENESIS, FIXED);
    byte[] otherKey = KEY.clone();
    otherKey[0] ^= 1;
    String other = HashChain.hmac(otherKey).link(HashChain.GENESIS, FIXED);
    assertThat(hmac).isNotEqualTo(sha).isNotEqualTo(other).matches("[0-9a-f]{64}");
    assertThat(HashChain.hmac(KEY).link(HashChain.GENESIS, FIXED)).isEqualTo(hmac);
  }

  @Test
  void aKeyShorterThanSixteenBytesIsRejected() {
    assertRejectedNaming(() -> HashChain.hmac(new byte[15]), "HashChain.key = 15 bytes", ">= 16");
  }

  @Test
  void anIntactChainVerifies() {
    HashChain chain = HashChain.sha256();
    List<LogEntry> entries = chainOf(chain, 4);
    ChainVerification v = chain.verify(entries.iterator(), Optional.of(entries.get(3).head()));
    assertThat(v.intact()).isTrue();
    assertThat(v.records()).isEqualTo(4);
    assertThat(v.firstBrokenSequence()).isEmpty();
    assertThat(v.problem()).isEmpty();
    assertThat(chain.verify(entries.iterator(), Optional.empty()).intact()).isTrue();
    assertThat(chain.verify(List.<LogEntry>of().iterator(), Optional.of(ChainHead.EMPTY)).intact())
        .isTrue();
  }

  @Test
  void aChangedRecordIsDetectedAndNamed() {
    HashChain chain = HashChain.sha256();
    List<LogEntry> entries = chainOf(chain, 4);
    LogEntry second = entries.get(1);
    Activity edited = Activity.builder().from(second.activity()).minutes(600).build();
    entries.set(1, new LogEntry(2, edited, second.hash()));
    ChainVerification v = chain.verify(entries.iterator(), Optional.empty());
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBrokenSequence()).hasValue(2L);
    assertThat(v.problem()).hasValueSatisfying(p -> assertThat(p).contains("record 2", "A-2"));
    assertThat(v.problemZh()).hasValueSatisfying(p -> assertThat(p).contains("第 2 条", "A-2"));
  }

  @Test
  void aChainWithAnotherKeyDoesNotVerify() {
    List<LogEntry> entries = chainOf(HashChain.hmac(KEY), 2);
    assertThat(HashChain.hmac(KEY).verify(entries.iterator(), Optional.empty()).intact()).isTrue();
    ChainVerification v = HashChain.sha256().verify(entries.iterator(), Optional.empty());
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBrokenSequence()).hasValue(1L);
  }

  @Test
  void aDeletedTailIsDetectedAgainstAKeptHead() {
    HashChain chain = HashChain.sha256();
    List<LogEntry> entries = chainOf(chain, 5);
    ChainHead kept = entries.get(4).head();
    List<LogEntry> truncated = entries.subList(0, 3);
    assertThat(chain.verify(truncated.iterator(), Optional.empty()).intact())
        .as("without a kept head a shorter chain looks fine")
        .isTrue();
    ChainVerification v = chain.verify(truncated.iterator(), Optional.of(kept));
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBrokenSequence()).hasValue(4L);
    assertThat(v.problem()).hasValueSatisfying(p -> assertThat(p).contains("4..5", "deleted"));
    assertThat(v.problemZh()).hasValueSatisfying(p -> assertThat(p).contains("已被删除"));
  }

  @Test
  void aKeptHeadThatDoesNotMatchItsRecordIsDetected() {
    HashChain chain = HashChain.sha256();
    List<LogEntry> entries = chainOf(chain, 3);
    ChainHead forged = new ChainHead(2, "f".repeat(64));
    ChainVerification v = chain.verify(entries.iterator(), Optional.of(forged));
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBrokenSequence()).hasValue(2L);
    assertThat(v.problem()).hasValueSatisfying(p -> assertThat(p).contains("kept head"));
  }

  @Test
  void aGapInTheSequenceIsDetected() {
    HashChain chain = HashChain.sha256();
    List<LogEntry> entries = new ArrayList<>(chainOf(chain, 4));
    entries.remove(1);
    ChainVerification v = chain.verify(entries.iterator(), Optional.empty());
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBrokenSequence()).hasValue(2L);
    assertThat(v.problem()).hasValueSatisfying(p -> assertThat(p).contains("found sequence 3"));
  }

  @Test
  void chainHeadsParseFromSeqColonHash() {
    String hash = "ab".repeat(32);
    ChainHead h = ChainHead.parse("17:" + hash);
    assertThat(h.sequence()).isEqualTo(17);
    assertThat(h.hash()).isEqualTo(hash);
    assertThat(h).hasToString("17:" + hash);
    assertThat(ChainHead.parse(h.toString())).isEqualTo(h);
    assertThat(ChainHead.parse(ChainHead.EMPTY.toString())).isEqualTo(ChainHead.EMPTY);
    assertThat(ChainHead.EMPTY.sequence()).isZero();
    assertThat(ChainHead.EMPTY.hash()).isEqualTo(HashChain.GENESIS).isEqualTo("0".repeat(64));
  }

  @Test
  void malformedChainHeadsAreRejectedNamingTheValue() {
    String hash = "ab".repeat(32);
    assertRejectedNaming(() -> ChainHead.parse(hash), "ChainHead.text = " + hash, "SEQ:HASH");
    assertRejectedNaming(() -> ChainHead.parse(":" + hash), "SEQ:HASH");
    assertRejectedNaming(() -> ChainHead.parse("x7:" + hash), "ChainHead.sequence = x7");
    assertRejectedNaming(() -> ChainHead.parse("-1:" + hash), "ChainHead.sequence = -1");
    assertRejectedNaming(() -> ChainHead.parse("3:" + hash.toUpperCase()), "ChainHead.hash");
    assertRejectedNaming(() -> ChainHead.parse("3:abc"), "ChainHead.hash = abc", "64");
  }

  @Test
  void logEntriesRejectBadValues() {
    assertRejectedNaming(() -> new LogEntry(0, FIXED, "h"), "LogEntry.sequence = 0");
    assertRejectedNaming(() -> new LogEntry(1, null, "h"), "LogEntry.activity");
    assertRejectedNaming(() -> new LogEntry(1, FIXED, null), "LogEntry.hash");
  }
}
