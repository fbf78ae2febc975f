package org.lianxi.core.port.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.ActivityFixture.anActivity;
import static org.lianxi.core.testkit.LianxiAssertions.assertRejectedNaming;
import static org.lianxi.core.testkit.LianxiTheories.qt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Topic;
import org.lianxi.core.domain.Venue;
import org.lianxi.core.integrity.ChainHead;
import org.lianxi.core.integrity.ChainVerification;
import org.lianxi.core.integrity.LogEntry;
import org.lianxi.core.port.out.ActivityLogPort;
import org.lianxi.core.testkit.DomainGenerators;
import org.lianxi.core.testkit.UniversityFixture;

/**
 * The contract of {@link ActivityLogPort} (SPEC §3.1 "Corrections", §4): append-only and
 * hash-chained. Entries come out in append order with sequence numbers 1..n; the head after an
 * append is the last entry's; re-appending identical records is a no-op; a record whose id is
 * logged with other content fails the whole append (records before it in the same call included)
 * and leaves the log unchanged; so does a correction of an unknown record; the stored chain
 * verifies; concurrent appends lose nothing. Records come out equal, field by field.
 *
 * <p>The log starts from {@link UniversityFixture#aSmallUniversity()} (no activities); records are
 * the party secretary's.
 */
public abstract class ActivityLogPortContract extends PortContract {
  private static final LocalDateTime MONDAY_8AM = LocalDateTime.of(2024, 9, 9, 8, 0);

  /** An empty log over the small university's roster. */
  private ActivityLogPort emptyLog() {
    return factsWith(UniversityFixture.aSmallUniversity()).activityLog();
  }

  /** A record of the party secretary, the n-th hour after Monday 2024-09-09 08:00. */
  private static Activity record(String id, int n) {
    LocalDateTime start = MONDAY_8AM.plusHours(n);
    return anActivity()
        .withId(id)
        .by(UniversityFixture.PARTY_SECRETARY)
        .with(UniversityFixture.FRESHMAN_CLASS)
        .at(start)
        .lasting(30)
        .recordedAt(start.plusMinutes(45))
        .build();
  }

  private static List<String> ids(ActivityLogPort log) {
    return log.activities().stream().map(Activity::activityId).toList();
  }

  private ChainVerification verify(ActivityLogPort log) {
    return chain().verify(log.entries().iterator(), Optional.of(log.head()));
  }

  // ------------------------------------------------------------------ order, sequence, head

  @Test
  void anEmptyLogHasTheEmptyHead() {
    ActivityLogPort log = emptyLog();
    assertThat(log.head()).isEqualTo(ChainHead.EMPTY);
    assertThat(log.entries()).isEmpty();
    assertThat(log.activities()).isEmpty();
  }

  @Test
  void entriesComeOutInAppendOrderAcrossCalls() {
    ActivityLogPort log = emptyLog();
    // appended out of start order: the log keeps the order of appending
    log.append(List.of(record("A-3", 3), record("A-1", 1), record("A-2", 2)));
    log.append(List.of(record("A-0", 0)));
    assertThat(ids(log)).containsExactly("A-3", "A-1", "A-2", "A-0");
  }

  @Test
  void sequenceNumbersRunFromOneToN() {
    ActivityLogPort log = emptyLog();
    log.append(List.of(record("A-1", 1), record("A-2", 2)));
    log.append(List.of(record("A-3", 3)));
    log.append(List.of(record("A-4", 4), record("A-5", 5)));
    assertThat(log.entries()).extracting(LogEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void theHeadAfterAnAppendIsTheLastEntrysHead() {
    ActivityLogPort log = emptyLog();
    ChainHead first = log.append(List.of(record("A-1", 1), record("A-2", 2)));
    assertThat(first.sequence()).isEqualTo(2);
    assertThat(first).isEqualTo(log.head()).isEqualTo(log.entries().get(1).head());
    ChainHead second = log.append(List.of(record("A-3", 3)));
    assertThat(second).isEqualTo(log.head()).isEqualTo(log.entries().get(2).head());
    assertThat(second.sequence()).isEqualTo(3);
    assertThat(second.hash()).isNotEqualTo(first.hash());
  }

  @Test
  void theStoredChainVerifies() {
    ActivityLogPort log = emptyLog();
    ChainHead kept = log.append(List.of(record("A-1", 1), record("A-2", 2)));
    log.append(List.of(record("A-3", 3)));
    assertThat(verify(log).intact()).isTrue();
    assertThat(verify(log).records()).isEqualTo(3);
    assertThat(chain().verify(log.entries().iterator(), Optional.of(kept)).intact())
        .as("against a head kept after the first append")
        .isTrue();
    // each hash links the previous one and the record, as HashChain computes it
    String previous = ChainHead.EMPTY.hash();
    for (LogEntry e : log.entries()) {
      assertThat(e.hash()).isEqualTo(chain().link(previous, e.activity()));
      previous = e.hash();
    }
  }

  // ------------------------------------------------------------------ idempotence and conflicts

  @Test
  void reAppendingIdenticalRecordsIsANoOp() {
    ActivityLogPort log = emptyLog();
    ChainHead head = log.append(List.of(record("A-1", 1), record("A-2", 2)));
    List<LogEntry> before = List.copyOf(log.entries());
    assertThat(log.append(List.of(record("A-1", 1), record("A-2", 2)))).isEqualTo(head);
    assertThat(log.append(List.of(record("A-2", 2)))).isEqualTo(head);
    assertThat(log.entries()).isEqualTo(before);
    assertThat(log.head()).isEqualTo(head);
  }

  @Test
  void knownRecordsAreSkippedAndNewOnesAppended() {
    ActivityLogPort log = emptyLog();
    log.append(List.of(record("A-1", 1)));
    ChainHead head = log.append(List.of(record("A-1", 1), record("A-2", 2)));
    assertThat(ids(log)).containsExactly("A-1", "A-2");
    assertThat(head.sequence()).isEqualTo(2);
  }

  @Test
  void anIdenticalRecordTwiceInOneAppendIsLoggedOnce() {
    ActivityLogPort log = emptyLog();
    log.append(List.of(record("A-1", 1), record("A-1", 1)));
    assertThat(ids(log)).containsExactly("A-1");
  }

  @Test
  void anEmptyAppendChangesNothing() {
    ActivityLogPort log = emptyLog();
    assertThat(log.append(List.of())).isEqualTo(ChainHead.EMPTY);
    ChainHead head = log.append(List.of(record("A-1", 1)));
    assertThat(log.append(List.of())).isEqualTo(head);
  }

  @Test
  void aLoggedIdWithOtherContentFailsTheWholeAppendAndChangesNothing() {
    ActivityLogPort log = emptyLog();
    Activity original = record("A-1", 1);
    ChainHead head = log.append(List.of(original));
    List<LogEntry> before = List.copyOf(log.entries());
    Activity edited = Activity.builder().from(original).minutes(90).build();
    assertRejectedNaming(
        () -> log.append(List.of(record("A-2", 2), edited, record("A-3", 3))), "A-1");
    assertThat(log.entries()).as("nothing of the failed call was kept").isEqualTo(before);
    assertThat(log.head()).isEqualTo(head);
    assertThat(log.find("A-2")).isEmpty();
    // the failed call took no sequence number
    assertThat(log.append(List.of(record("A-2", 2))).sequence()).isEqualTo(2);
  }

  @Test
  void oneIdWithTwoContentsInOneAppendFails() {
    ActivityLogPort log = emptyLog();
    Activity a = record("A-1", 1);
    Activity other = Activity.builder().from(a).evidence("另一版本").build();
    assertRejectedNaming(() -> log.append(List.of(a, other)), "A-1");
    assertThat(log.entries()).isEmpty();
    assertThat(log.head()).isEqualTo(ChainHead.EMPTY);
  }

  @Test
  void aCorrectionOfAnUnknownRecordFailsAndChangesNothing() {
    ActivityLogPort log = emptyLog();
    ChainHead head = log.append(List.of(record("A-1", 1)));
    Activity correction = Activity.builder().from(record("A-9", 9)).supersedes("A-nowhere").build();
    assertRejectedNaming(
        () -> log.append(List.of(record("A-2", 2), correction)), "A-9", "A-nowhere");
    assertThat(ids(log)).containsExactly("A-1");
    assertThat(log.head()).isEqualTo(head);
  }

  @Test
  void aCorrectionMayFollowItsOriginalInTheSameAppendOrLater() {
    ActivityLogPort log = emptyLog();
    Activity original = record("A-1", 1);
    Activity first = Activity.builder().from(record("A-2", 1)).supersedes("A-1").build();
    log.append(List.of(original, first));
    Activity second = Activity.builder().from(record("A-3", 1)).supersedes("A-1").build();
    log.append(List.of(second));
    assertThat(ids(log)).containsExactly("A-1", "A-2", "A-3");
    assertThat(log.find("A-3").orElseThrow().supersedes()).hasValue("A-1");
    assertThat(verify(log).intact()).isTrue();
  }

  // ------------------------------------------------------------------ what comes out

  @Test
  void recordsComeOutFieldByField() {
    ActivityLogPort log = emptyLog();
    Activity bare =
        Activity.builder()
            .activityId("A-bare")
            .cadreId(UniversityFixture.VICE_PRESIDENT)
            .type(ActivityType.ONLINE_ENGAGEMENT)
            .start(LocalDateTime.of(2024, 12, 31, 23, 59))
            .minutes(1)
            .venue(Venue.ONLINE)
            .recordedAt(LocalDateTime.of(2024, 12, 31, 23, 0))
            .build();
    Activity full =
        anActivity()
            .withId("A-full")
            .by(UniversityFixture.COMPUTING_DEAN)
            .ofType(ActivityType.FIRST_LESSON)
            .at(LocalDateTime.of(2024, 9, 9, 8, 0))
            .lasting(720)
            .with(UniversityFixture.FRESHMAN_CLASS)
            .atVenue(Venue.LECTURE)
            .about(Topic.values())
            .participants(0)
            .evidence("照片、签到表；新闻稿链接")
            .recordedAt(LocalDateTime.of(2024, 10, 9, 8, 0))
            .build();
    List<Activity> records = new ArrayList<>(List.of(bare, full));
    for (int i = 0; i < UniversityFixture.AWKWARD_TEXTS.size(); i++) {
      records.add(
          anActivity()
              .withId("A-text-" + i)
              .by(UniversityFixture.LITERATURE_VICE_DEAN)
              .with(UniversityFixture.FOCUS_STUDENT)
              .at(MONDAY_8AM.plusDays(i))
              .evidence(UniversityFixture.AWKWARD_TEXTS.get(i))
              .build());
    }
    log.append(records);
    assertThat(log.activities())
        .usingRecursiveFieldByFieldElementComparator()
        .containsExactlyElementsOf(records);
    assertThat(log.activities()).containsExactlyElementsOf(records);
  }

  @Test
  void findAndStartRangesSeeTheLog() {
    ActivityLogPort log = emptyLog();
    Activity mon = record("A-mon", 0);
    Activity tue = record("A-tue", 24);
    Activity wed = record("A-wed", 48);
    log.append(List.of(wed, mon, tue));
    assertThat(log.find("A-tue")).hasValue(tue);
    assertThat(log.find("A-none")).isEmpty();
    assertThat(log.activitiesStartingBetween(LocalDate.of(2024, 9, 9), LocalDate.of(2024, 9, 10)))
        .containsExactly(mon, tue);
    assertThat(log.activitiesStartingBetween(LocalDate.of(2024, 9, 11), LocalDate.of(2024, 9, 11)))
        .containsExactly(wed);
    assertThat(log.activitiesStartingBetween(LocalDate.of(2024, 9, 12), LocalDate.of(2024, 9, 30)))
        .isEmpty();
  }

  @Test
  void loadedActivitiesAreLoggedInDatasetOrder() {
    Dataset dataset = UniversityFixture.aSmallUniversityWithActivities();
    ActivityLogPort log = factsWith(dataset).activityLog();
    assertThat(log.activities()).containsExactlyElementsOf(dataset.activities());
    assertThat(verify(log).intact()).isTrue();
    assertThat(log.head().sequence()).isEqualTo(dataset.activities().size());
  }

  @Test
  void generatedDatasetsAreLoggedAsTheyWentIn() {
    qt(roundTripExamples())
        .forAll(DomainGenerators.datasets())
        .checkAssert(
            dataset -> {
              ActivityLogPort log = factsWith(dataset).activityLog();
              assertThat(log.activities())
                  .usingRecursiveFieldByFieldElementComparator()
                  .containsExactlyElementsOf(dataset.activities());
              assertThat(verify(log).intact()).isTrue();
            });
  }

  // ------------------------------------------------------------------ concurrency

  @Test
  void concurrentAppendsLoseNothingAndKeepTheChainValid() throws Exception {
    ActivityLogPort log = emptyLog();
    int threads = 4;
    int appendsPerThread = 15;
    Activity shared = record("A-shared", 0);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    Set<ChainHead> heads = ConcurrentHashMap.newKeySet();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < appendsPerThread; i++) {
                    int n = 1 + thread * appendsPerThread + i;
                    List<Activity> batch =
                        i % 3 == 0
                            ? List.of(record("A-" + thread + "-" + i, n), shared)
                            : List.of(record("A-" + thread + "-" + i, n));
                    heads.add(log.append(batch));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES); // a safety net against a deadlock, not a timing assertion
      }
    } finally {
      pool.shutdownNow();
    }
    int expected = threads * appendsPerThread + 1;
    assertThat(log.entries()).hasSize(expected);
    assertThat(log.entries())
        .extracting(LogEntry::sequence)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, expected).boxed().toList());
    assertThat(ids(log)).doesNotHaveDuplicates().contains("A-shared");
    Set<String> appended = new HashSet<>(ids(log));
    for (int t = 0; t < threads; t++) {
      for (int i = 0; i < appendsPerThread; i++) {
        assertThat(appended).contains("A-" + t + "-" + i);
      }
    }
    // every head an append returned is the head of the entry at its sequence
    assertThat(heads)
        .allSatisfy(h -> assertThat(log.entries().get((int) h.sequence() - 1).head()).isEqualTo(h));
    // every append added a record, so each returned its own head
    assertThat(heads.stream().map(ChainHead::sequence).collect(Collectors.toSet()))
        .hasSize(threads * appendsPerThread);
    assertThat(verify(log).intact()).isTrue();
  }
}
