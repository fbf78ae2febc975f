package org.lianxi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.integrity.ChainHead;
import org.lianxi.core.integrity.ChainVerification;
import org.lianxi.core.integrity.HashChain;
import org.lianxi.core.memory.InMemoryActivityLog;
import org.lianxi.core.port.in.RecordActivityUseCase;
import org.lianxi.core.port.out.ActivityLogPort;

/**
 * The append-only log and its hash chain (SPEC §3.1 corrections, §4) on each database, including
 * tampering with raw SQL behind the library's back.
 */
class JdbcActivityLogTest {

  abstract static class Suite extends DatabaseTest {
    private static final List<Activity> RECORDS = Fixtures.activities("L", 30);

    private ActivityLogPort log(JdbcLianxi lianxi) {
      return lianxi.facts().activityLog();
    }

    private String activityTable() {
      return "lianxi_activity";
    }

    @Test
    void appendsChainExactlyAsTheInMemoryLogDoes() {
      ActivityLogPort log = log(lianxi());
      InMemoryActivityLog memory = new InMemoryActivityLog();

      for (List<Activity> part :
          List.of(RECORDS.subList(0, 1), RECORDS.subList(1, 12), RECORDS.subList(12, 30))) {
        assertThat(log.append(part)).isEqualTo(memory.append(part));
      }

      assertThat(log.entries()).isEqualTo(memory.entries());
      assertThat(log.head())
          .isEqualTo(memory.head())
          .extracting(ChainHead::sequence)
          .isEqualTo(30L);
    }

    @Test
    void anEmptyLogHasTheEmptyHead() {
      ActivityLogPort log = log(lianxi());

      assertThat(log.head()).isEqualTo(ChainHead.EMPTY);
      assertThat(log.entries()).isEmpty();
      assertThat(log.append(List.of())).isEqualTo(ChainHead.EMPTY);
    }

    @Test
    void reappendingIdenticalRecordsIsANoOp() {
      ActivityLogPort log = log(lianxi());
      ChainHead head = log.append(RECORDS.subList(0, 10));

      assertThat(log.append(RECORDS.subList(0, 10))).isEqualTo(head);
      assertThat(log.append(RECORDS.subList(5, 12)).sequence()).isEqualTo(12);
      assertThat(log.activities()).isEqualTo(RECORDS.subList(0, 12));
    }

    @Test
    void aKnownIdWithDifferentContentFailsTheWholeAppendNamingIt() {
      ActivityLogPort log = log(lianxi());
      ChainHead head = log.append(RECORDS.subList(0, 10));
      Activity changed = Activity.builder().from(RECORDS.get(4)).minutes(999).build();
      Map<String, List<List<String>>> before = db.contents();

      assertThatThrownBy(() -> log.append(List.of(RECORDS.get(10), changed)))
          .isInstanceOf(LianxiException.class)
          .hasMessageContaining("Activity[L5]")
          .hasMessageContaining("correction");
      assertThat(db.contents()).isEqualTo(before);
      assertThat(log.head()).isEqualTo(head);
    }

    @Test
    void aCorrectionMustNameARecordAlreadyLoggedOrEarlierInTheSameAppend() {
      ActivityLogPort log = log(lianxi());
      log.append(RECORDS.subList(0, 3));
      Activity fixesLogged = correction("FIX-1", "L2");
      Activity fresh = RECORDS.get(3);
      Activity fixesFresh = correction("FIX-2", "L4");
      Activity fixesNothing = correction("FIX-3", "NOPE");

      assertThat(log.append(List.of(fixesLogged, fresh, fixesFresh)).sequence()).isEqualTo(6);
      assertThatThrownBy(() -> log.append(List.of(fixesNothing)))
          .isInstanceOf(LianxiException.class)
          .hasMessageContaining("Activity[FIX-3].supersedes = NOPE");
      assertThatThrownBy(() -> log.append(List.of(correction("FIX-4", "L9"), RECORDS.get(8))))
          .hasMessageContaining("Activity[FIX-4].supersedes = L9");
      assertThat(log.head().sequence()).isEqualTo(6);
    }

    @Test
    void idsDifferingOnlyInCaseOrTrailingSpacesAreDifferentRecords() {
      ActivityLogPort log = log(lianxi());
      Activity a = RECORDS.get(0);
      List<Activity> three =
          List.of(
              Activity.builder().from(a).activityId("X").build(),
              Activity.builder().from(a).activityId("x").build(),
              Activity.builder().from(a).activityId("X ").minutes(7).build());

      log.append(three);

      assertThat(log.activities()).isEqualTo(three);
      assertThat(log.find("X ")).contains(three.get(2));
    }

    @Test
    void recordingStampsRecordedAtFromTheClockInTheUniversitysZone() {
      ActivityLogPort log = log(lianxi());
      Clock clock = Clock.fixed(Instant.parse("2024-09-03T02:15:42.678Z"), ZoneOffset.UTC);

      ChainHead head = RecordActivityUseCase.using(log, clock).record(RECORDS.get(0));

      assertThat(head.sequence()).isEqualTo(1);
      assertThat(log.find("L1").orElseThrow().recordedAt())
          .isEqualTo(LocalDateTime.of(2024, 9, 3, 10, 15, 42));
    }

    @Test
    void storedTimesDoNotDependOnTheJvmTimeZone() {
      TimeZone saved = TimeZone.getDefault();
      try {
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        // 02:30 on 2024-03-10 does not exist in New York (DST gap)
        Activity a =
            Activity.builder()
                .from(RECORDS.get(0))
                .start(LocalDateTime.of(2024, 3, 10, 2, 30))
                .recordedAt(LocalDateTime.of(2024, 11, 3, 1, 30, 5))
                .build();
        JdbcLianxi lianxi = JdbcLianxi.of(db.newDataSource()).migrate();

        ChainHead head = log(lianxi).append(List.of(a));

        assertThat(log(lianxi).activities()).containsExactly(a);
        assertThat(head).isEqualTo(new InMemoryActivityLog().append(List.of(a)));
      } finally {
        TimeZone.setDefault(saved);
      }
    }

    @Test
    void anIntactChainVerifiesWithAndWithoutAKeptHead() {
      JdbcLianxi lianxi = lianxi();
      ChainHead head = log(lianxi).append(RECORDS);

      ChainVerification kept = lianxi.verify(Optional.of(head));
      ChainVerification stored = lianxi.verify(Optional.empty());

      assertThat(kept.intact()).isTrue();
      assertThat(kept.records()).isEqualTo(30);
      assertThat(stored.intact()).isTrue();
      assertThat(lianxi.verify(Optional.of(ChainHead.EMPTY)).intact()).isTrue();
    }

    @Test
    void anUpdateOfAFieldBehindTheLibrarysBackIsDetectedNamingTheRecord() {
      JdbcLianxi lianxi = lianxi();
      ChainHead head = log(lianxi).append(RECORDS);

      db.execute(
          "UPDATE " + activityTable() + " SET minutes = minutes + 1 WHERE activity_id = 'L7'");
      ChainVerification v = lianxi.verify(Optional.of(head));

      assertThat(v.intact()).isFalse();
      assertThat(v.firstBrokenSequence()).contains(7L);
      assertThat(v.problem().orElseThrow()).contains("L7");
      assertThat(v.problemZh().orElseThrow()).contains("L7");
    }

    @Test
    void everyColumnOfARecordIsCoveredByTheChain() {
      JdbcLianxi lianxi = lianxi();
      ChainHead head = log(lianxi).append(RECORDS.subList(0, 3));
      List<String> tamperings =
          List.of(
              "cadre_id = 'C999'",
              "type = 'OTHER'",
              "venue = 'OTHER'",
              "contact_unit_id = 'ST-7'",
              "topics = 'OTHER'",
              "participants = 99",
              "evidence = 'forged'",
              "supersedes = 'L1'",
              "hash = '" + "1".repeat(64) + "'");
      for (String set : tamperings) {
        Map<String, List<List<String>>> clean = db.contents();
        db.execute("UPDATE " + activityTable() + " SET " + set + " WHERE seq = 2");

        ChainVerification v = lianxi.verify(Optional.of(head));

        assertThat(v.intact()).as(set).isFalse();
        assertThat(v.firstBrokenSequence()).as(set).contains(2L);
        restore(clean);
      }
    }

    @Test
    void timesMovedBehindTheLibrarysBackAreDetected() {
      JdbcLianxi lianxi = lianxi();
      ChainHead head = log(lianxi).append(RECORDS.subList(0, 3));
      db.execute("UPDATE " + activityTable() + " SET recorded_at = start_at WHERE seq = 3");

      assertThat(lianxi.verify(Optional.of(head)).firstBrokenSequence()).contains(3L);
    }

    @Test
    void aDeletedRecordInTheMiddleIsDetected() {
      JdbcLianxi lianxi = lianxi();
      ChainHead head = log(lianxi).append(RECORDS);

      db.execute("DELETE FROM " + activityTable() + " WHERE seq = 12");
      ChainVerification v = lianxi.verify(Optional.of(head));

      assertThat(v.intact()).isFalse();
      assertThat(v.firstBrokenSequence()).contains(12L);
    }

    @Test
    void aDeletedTailIsDetectedAgainstTheKeptHeadAndTheStoredHead() {
      JdbcLianxi lianxi = lianxi();
      ChainHead head = log(lianxi).append(RECORDS);

      db.execute("DELETE FROM " + activityTable() + " WHERE seq > 28");

      assertThat(lianxi.verify(Optional.of(head)).firstBrokenSequence()).contains(29L);
      assertThat(lianxi.verify(Optional.empty()).firstBrokenSequence()).contains(29L);
      assertThat(lianxi.verify(Optional.of(new ChainHead(28, head.hash()))).intact()).isFalse();
    }

    @Test
    void aRecordChangedIntoNonsenseIsReportedNotThrown() {
      JdbcLianxi lianxi = lianxi();
      ChainHead head = log(lianxi).append(RECORDS);

      db.execute("UPDATE " + activityTable() + " SET type = 'BOGUS' WHERE seq = 9");
      ChainVerification v = lianxi.verify(Optional.of(head));

      assertThat(v.intact()).isFalse();
      assertThat(v.firstBrokenSequence()).contains(9L);
      assertThat(v.records()).isEqualTo(8);
      assertThat(v.problem().orElseThrow()).contains("record 9").contains("BOGUS");
    }

    @Test
    void aKeyedChainVerifiesOnlyWithItsKey() {
      byte[] key = "a key the host keeps, 32 bytes..".getBytes(StandardCharsets.US_ASCII);
      byte[] other = "another key of the same length!!".getBytes(StandardCharsets.US_ASCII);
      JdbcLianxi keyed = lianxi(JdbcOptions.builder().hashChain(HashChain.hmac(key)).build());
      ChainHead head = log(keyed).append(RECORDS);

      JdbcLianxi wrongKey =
          JdbcLianxi.of(
              db.dataSource(), JdbcOptions.builder().hashChain(HashChain.hmac(other)).build());
      ChainVerification wrong = wrongKey.verify(Optional.of(head));

      assertThat(keyed.verify(Optional.of(head)).intact()).isTrue();
      assertThat(head).isNotEqualTo(new InMemoryActivityLog().append(RECORDS));
      assertThat(wrong.intact()).isFalse();
      assertThat(wrong.firstBrokenSequence()).contains(1L);
      assertThat(JdbcLianxi.of(db.dataSource()).verify(Optional.empty()).intact()).isFalse();
    }

    private static Activity correction(String id, String of) {
      return Activity.builder().from(RECORDS.get(0)).activityId(id).supersedes(of).build();
    }

    /** Puts the activity table back as it was (only the tampered row differs). */
    private void restore(Map<String, List<List<String>>> clean) {
      db.execute("DELETE FROM " + activityTable() + " WHERE seq = 2");
      List<String> row = clean.get(activityTable()).get(1);
      StringBuilder values = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        values
            .append(i == 0 ? "" : ", ")
            .append(row.get(i) == null ? "NULL" : "'" + row.get(i).replace("'", "''") + "'");
      }
      db.execute("INSERT INTO " + activityTable() + " VALUES (" + values + ")");
      assertThat(db.contents()).isEqualTo(clean);
    }
  }

  @Nested
  class OnH2 extends Suite {
    @Override
    TestDatabase.Kind kind() {
      return TestDatabase.Kind.H2;
    }
  }

  @Nested
  class OnPostgresql extends Suite {
    @Override
    TestDatabase.Kind kind() {
      return TestDatabase.Kind.POSTGRESQL;
    }
  }

  @Nested
  class OnMariaDb extends Suite {
    @Override
    TestDatabase.Kind kind() {
      return TestDatabase.Kind.MARIADB;
    }
  }
}
