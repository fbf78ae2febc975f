package org.lianxi.core.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Venue;
import org.lianxi.core.integrity.ChainHead;
import org.lianxi.core.integrity.HashChain;
import org.lianxi.core.memory.InMemoryActivityLog;

/** {@code recordedAt} is stamped by the library's clock, not taken from the caller (SPEC §4). */
class RecordActivityUseCaseTest {
  private static final Clock FIXED =
      Clock.fixed(Instant.parse("2024-09-10T01:30:15.987Z"), ZoneOffset.UTC);

  private static Activity claimingToBeRecordedAt(String recordedAt) {
    return Activity.builder()
        .activityId("A1")
        .cadreId("C1")
        .type(ActivityType.DORM_VISIT)
        .start(LocalDateTime.parse("2024-09-09T19:00"))
        .minutes(60)
        .venue(Venue.DORMITORY)
        .recordedAt(LocalDateTime.parse(recordedAt))
        .build();
  }

  @Test
  void recordedAtIsTheClocksTimeInShanghaiToTheSecondWhateverTheCallerSaid() {
    InMemoryActivityLog log = new InMemoryActivityLog();

    ChainHead head =
        RecordActivityUseCase.using(log, FIXED).record(claimingToBeRecordedAt("2024-09-09T20:00"));

    Activity stored = log.find("A1").orElseThrow();
    assertThat(stored.recordedAt()).isEqualTo(LocalDateTime.parse("2024-09-10T09:30:15"));
    assertThat(head).isEqualTo(log.head());
    assertThat(head.sequence()).isEqualTo(1);
    assertThat(HashChain.sha256().verify(log.entries().iterator(), Optional.of(head)).intact())
        .isTrue();
  }

  @Test
  void theUniversitysZoneIsUsedWhenGiven() {
    InMemoryActivityLog log = new InMemoryActivityLog();

    RecordActivityUseCase.using(log, FIXED, ZoneId.of("Europe/London"))
        .record(claimingToBeRecordedAt("2030-01-01T00:00"));

    assertThat(log.find("A1").orElseThrow().recordedAt())
        .isEqualTo(LocalDateTime.parse("2024-09-10T02:30:15"));
  }

  @Test
  void theClockMovingOnStampsEachRecordWithItsOwnTime() {
    InMemoryActivityLog log = new InMemoryActivityLog();
    RecordActivityUseCase first = RecordActivityUseCase.using(log, FIXED);
    RecordActivityUseCase later =
        RecordActivityUseCase.using(log, Clock.offset(FIXED, java.time.Duration.ofHours(2)));

    first.record(claimingToBeRecordedAt("2024-09-09T20:00"));
    ChainHead head =
        later.record(
            Activity.builder()
                .from(claimingToBeRecordedAt("2024-09-09T20:00"))
                .activityId("A2")
                .build());

    assertThat(log.activities())
        .extracting(Activity::recordedAt)
        .containsExactly(
            LocalDateTime.parse("2024-09-10T09:30:15"), LocalDateTime.parse("2024-09-10T11:30:15"));
    assertThat(head.sequence()).isEqualTo(2);
  }
}
