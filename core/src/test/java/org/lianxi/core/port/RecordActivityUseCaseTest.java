package org.lianxi.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.ActivityFixture.anActivity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.integrity.ChainHead;
import org.lianxi.core.memory.InMemoryActivityLog;
import org.lianxi.core.port.in.RecordActivityUseCase;

class RecordActivityUseCaseTest {
  /** 2024-10-15 06:30:45.678 UTC = 14:30:45.678 in Shanghai. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-10-15T06:30:45.678Z"), ZoneOffset.UTC);

  @Test
  void stampsRecordedAtFromTheClockInShanghaiToTheSecond() {
    InMemoryActivityLog log = new InMemoryActivityLog();
    Activity given =
        anActivity().withId("A-1").recordedAt(LocalDateTime.of(2000, 1, 1, 0, 0)).build();
    ChainHead head = RecordActivityUseCase.using(log, CLOCK).record(given);
    assertThat(head).isEqualTo(log.head());
    assertThat(head.sequence()).isEqualTo(1);
    Activity logged = log.find("A-1").orElseThrow();
    assertThat(logged.recordedAt()).isEqualTo(LocalDateTime.of(2024, 10, 15, 14, 30, 45));
    assertThat(Activity.builder().from(logged).recordedAt(given.recordedAt()).build())
        .as("nothing else changed")
        .isEqualTo(given);
  }

  @Test
  void stampsInTheGivenZone() {
    InMemoryActivityLog log = new InMemoryActivityLog();
    RecordActivityUseCase.using(log, CLOCK, ZoneId.of("Europe/London"))
        .record(anActivity().withId("A-1").build());
    assertThat(log.find("A-1").orElseThrow().recordedAt())
        .isEqualTo(LocalDateTime.of(2024, 10, 15, 7, 30, 45));
  }
}
