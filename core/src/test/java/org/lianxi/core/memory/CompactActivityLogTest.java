package org.lianxi.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.LianxiTheories.qt;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Topic;
import org.lianxi.core.domain.Venue;
import org.lianxi.core.integrity.HashChain;
import org.lianxi.core.port.out.ActivityLogPort;
import org.lianxi.core.sample.SampleUniversity;
import org.lianxi.core.testkit.DomainGenerators;
import org.lianxi.core.testkit.UniversityFixture;

/**
 * {@link CompactActivityLog} gives back exactly what {@link InMemoryActivityLog} gives for the same
 * appends: the same heads (the same hash chain), entries, activities, look-ups and day ranges,
 * including values its columns hold only as exceptions.
 */
class CompactActivityLogTest {
  private static final LocalDateTime T = LocalDateTime.of(2024, 9, 9, 8, 0);

  private static Activity.Builder base(String id) {
    return Activity.builder()
        .activityId(id)
        .cadreId("C1")
        .type(ActivityType.FACE_TO_FACE)
        .start(T)
        .minutes(30)
        .venue(Venue.CLASSROOM)
        .recordedAt(T.plusHours(1));
  }

  /** Appends each batch to both logs and checks every read after each. */
  private static void assertSameAsInMemory(List<List<Activity>> batches) {
    for (int every : new int[] {1, 4, 16, 64}) {
      InMemoryActivityLog plain = new InMemoryActivityLog();
      CompactActivityLog compact = new CompactActivityLog(HashChain.sha256(), every);
      for (List<Activity> batch : batches) {
        assertThat(compact.append(batch)).isEqualTo(plain.append(batch));
        assertSameReads(plain, compact);
      }
    }
  }

  private static void assertSameReads(ActivityLogPort plain, CompactActivityLog compact) {
    assertThat(compact.head()).isEqualTo(plain.head());
    assertThat(compact.entries()).isEqualTo(plain.entries()); // by index
    assertThat(new ArrayList<>(compact.entries())).isEqualTo(plain.entries()); // by iterator
    assertThat(compact.activities()).isEqualTo(plain.activities());
    assertThat(compact.size()).isEqualTo(plain.entries().size());
    for (Activity a : plain.activities()) {
      assertThat(compact.find(a.activityId())).contains(a);
    }
    assertThat(compact.find("no-such-id")).isEmpty();
    for (Activity a : plain.activities()) {
      LocalDate day = a.day();
      assertThat(compact.activitiesStartingBetween(day, day))
          .isEqualTo(plain.activitiesStartingBetween(day, day));
      assertThat(compact.activitiesStartingBetween(day.minusDays(3), day.plusDays(1)))
          .isEqualTo(plain.activitiesStartingBetween(day.minusDays(3), day.plusDays(1)));
    }
  }

  @Test
  void aSampleUniversityReadsBackTheSameWithTheSameChain() {
    Dataset d = SampleUniversity.small(7).dataset();
    assertThat(d.activities()).isNotEmpty();
    int half = d.activities().size() / 2;
    assertSameAsInMemory(
        List.of(
            d.activities().subList(0, half),
            d.activities().subList(half, d.activities().size()),
            d.activities()));
  }

  @Test
  void valuesOutsideTheColumnsComeBackExactly() {
    Activity seconds = base("A-seconds").start(T.withSecond(17)).build();
    Activity nanos =
        base("A-nanos").start(T.withNano(5)).recordedAt(T.plusMinutes(90).withNano(123)).build();
    Activity ancient =
        base("A-ancient")
            .start(LocalDateTime.of(-20_000, 1, 1, 9, 30))
            .recordedAt(LocalDateTime.of(2024, 1, 1, 0, 0, 1))
            .build();
    Activity future =
        base("A-future")
            .start(LocalDateTime.of(99_999, 12, 31, 23, 59))
            .recordedAt(LocalDateTime.of(99_999, 12, 31, 23, 59, 59))
            .build();
    Activity recordedEarly = base("A-early").recordedAt(T.minusYears(200)).build();
    Activity rich =
        base("A-rich-中文")
            .cadreId("C2")
            .contactUnitId("CU-学院")
            .venue(Venue.ONLINE)
            .type(ActivityType.ONLINE_ENGAGEMENT)
            .topics(ImmutableSet.of(Topic.OTHER, Topic.IDEOLOGY))
            .participants(OptionalInt.of(5000))
            .evidence(Optional.of("签到表 " + "x".repeat(500)))
            .recordedAt(T.plusSeconds(59))
            .build();
    Activity zero = base("A-zero").participants(OptionalInt.of(0)).build();
    Activity fix =
        base("A-fix").minutes(45).supersedes(Optional.of("A-seconds")).evidence("更正").build();
    Activity fixOfFix = base("A-fix2").minutes(40).supersedes(Optional.of("A-fix")).build();
    assertSameAsInMemory(
        List.of(
            List.of(seconds, nanos, ancient),
            List.of(future, recordedEarly, rich, zero),
            List.of(fix, fixOfFix),
            List.of(seconds, fix)));
  }

  @Test
  void generatedActivitiesReadBackTheSame() {
    qt(50)
        .forAll(DomainGenerators.activities())
        .checkAssert(a -> assertSameAsInMemory(List.of(List.of(a), List.of(a))));
  }

  @Test
  void manySmallAppendsGrowTheColumnsAndKeepEarlierSnapshots() {
    CompactActivityLog compact = new CompactActivityLog();
    InMemoryActivityLog plain = new InMemoryActivityLog();
    List<List<Activity>> seen = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      List<Activity> batch =
          List.of(
              base("A" + i).start(T.plusMinutes(7L * i)).recordedAt(T.plusDays(1)).build(),
              base("B" + i).cadreId("C" + (i % 13)).start(T.plusDays(i % 40)).build());
      List<Activity> before = compact.activities();
      assertThat(compact.append(batch)).isEqualTo(plain.append(batch));
      assertThat(before).hasSize(2 * i);
      seen.add(before);
    }
    assertSameReads(plain, compact);
    assertThat(seen.get(100)).isEqualTo(plain.activities().subList(0, 200));
  }

  @Test
  void manyRecordsAcrossChunksWithAFullEvidenceDictionaryReadBackTheSame() {
    List<Activity> all = new ArrayList<>();
    for (int i = 0; i < 70_000; i++) {
      all.add(
          base("A-" + i)
              .cadreId("C" + (i % 997))
              .contactUnitId(i % 5 == 0 ? Optional.empty() : Optional.of("CU" + (i % 4001)))
              .start(T.plusMinutes(13L * i))
              .recordedAt(T.plusMinutes(13L * i + 5 + i % 300))
              .minutes(i % 1000 == 0 ? 300_000 : 15 + i % 200)
              .participants(i % 777 == 0 ? OptionalInt.of(70_000 + i) : OptionalInt.of(i % 90))
              .evidence(Optional.of("evidence " + i))
              .build());
    }
    InMemoryActivityLog plain = new InMemoryActivityLog();
    CompactActivityLog compact = new CompactActivityLog();
    int[] cuts = {0, 5_000, 5_001, 14_000, 20_000, 20_000, 70_000};
    for (int c = 1; c < cuts.length; c++) {
      List<Activity> batch = all.subList(cuts[c - 1], cuts[c]);
      assertThat(compact.append(batch)).isEqualTo(plain.append(batch));
    }
    assertThat(compact.activities()).isEqualTo(all);
    assertThat(new ArrayList<>(compact.entries())).isEqualTo(plain.entries());
    for (int i = 0; i < all.size(); i += 997) {
      assertThat(compact.entries().get(i)).isEqualTo(plain.entries().get(i));
      assertThat(compact.find(all.get(i).activityId())).contains(all.get(i));
    }
    LocalDate day = all.get(40_000).day();
    assertThat(compact.activitiesStartingBetween(day, day.plusDays(2)))
        .isEqualTo(plain.activitiesStartingBetween(day, day.plusDays(2)));
  }

  @Test
  void aKeyedChainGivesTheKeyedHeads() {
    HashChain keyed =
        HashChain.hmac("0123456789abcdef-key".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    List<Activity> records = SampleUniversity.small(3).dataset().activities();
    assertThat(new CompactActivityLog(keyed, 16).append(records))
        .isEqualTo(new InMemoryActivityLog(keyed).append(records));
  }

  @Test
  void hashEveryMustBeAPowerOfTwoUpTo64() {
    for (int bad : new int[] {0, 3, 128, -1}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> new CompactActivityLog(HashChain.sha256(), bad))
          .isInstanceOf(org.lianxi.core.domain.LianxiException.class)
          .hasMessageContaining("hashEvery");
    }
  }

  @Test
  void compactFactsGiveBackTheDataset() {
    Dataset d = UniversityFixture.aSmallUniversityWithActivities();
    assertThat(InMemoryFacts.compactFactsOf(d).snapshot()).isEqualTo(d);
    assertThat(InMemoryFacts.compact(d).activityLog()).isInstanceOf(CompactActivityLog.class);
  }
}
