package org.lianxi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.integrity.ChainHead;
import org.lianxi.core.integrity.ChainVerification;
import org.lianxi.core.port.in.RecordActivityUseCase;

/**
 * Two recorders in separate DataSources (separate pools, as two application servers would have)
 * append concurrently: the chain head is taken under a database lock, so nothing is lost and the
 * chain stays valid.
 */
class JdbcConcurrentRecordingTest {
  static final int PER_RECORDER = 10_000;

  abstract static class Suite extends DatabaseTest {
    @Test
    void twoRecordersWithSeparateDataSourcesLoseNothingAndKeepTheChainValid() throws Exception {
      lianxi();
      Clock clock = Clock.fixed(Instant.parse("2024-09-03T02:00:00Z"), ZoneOffset.UTC);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<ChainHead>>> recorders = new ArrayList<>();
      try {
        for (String name : List.of("P", "Q")) {
          RecordActivityUseCase recorder =
              RecordActivityUseCase.using(
                  JdbcLianxi.of(db.newDataSource()).facts().activityLog(), clock);
          List<Activity> mine = Fixtures.activities(name, PER_RECORDER);
          recorders.add(
              pool.submit(
                  () -> {
                    start.await();
                    List<ChainHead> heads = new ArrayList<>(PER_RECORDER);
                    for (Activity a : mine) {
                      heads.add(recorder.record(a));
                    }
                    return heads;
                  }));
        }
        start.countDown();
        List<ChainHead> p = recorders.get(0).get(10, TimeUnit.MINUTES);
        List<ChainHead> q = recorders.get(1).get(10, TimeUnit.MINUTES);

        JdbcLianxi reader = JdbcLianxi.of(db.newDataSource());
        ChainHead last = reader.facts().activityLog().head();
        ChainVerification v = reader.verify(Optional.of(last));
        assertThat(last.sequence()).isEqualTo(2L * PER_RECORDER);
        assertThat(v.intact()).isTrue();
        assertThat(v.records()).isEqualTo(2L * PER_RECORDER);
        assertThat(reader.facts().activityLog().activities())
            .extracting(Activity::activityId)
            .doesNotHaveDuplicates()
            .hasSize(2 * PER_RECORDER);
        List<ChainHead> all = new ArrayList<>(p);
        all.addAll(q);
        assertThat(all)
            .extracting(ChainHead::sequence)
            .doesNotHaveDuplicates()
            .contains(2L * PER_RECORDER);
        assertThat(p).extracting(ChainHead::sequence).isSorted();
        assertThat(q).extracting(ChainHead::sequence).isSorted();
        assertThat(all).contains(last);
      } finally {
        pool.shutdownNow();
      }
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
