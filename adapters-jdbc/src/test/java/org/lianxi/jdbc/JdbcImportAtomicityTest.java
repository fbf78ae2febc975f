package org.lianxi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.Review;
import org.lianxi.core.domain.ReviewDecision;

/**
 * Importing a dataset is one transaction (SPEC §5: all or nothing): a failure anywhere inside the
 * database work, or a conflicting row already present, leaves every table exactly as before.
 */
class JdbcImportAtomicityTest {

  abstract static class Suite extends DatabaseTest {
    private static final Dataset FIRST = Fixtures.withActivities(Fixtures.small(), "B", 10);

    /** Changes to every kind of fact, a new review and enough new activities for COPY. */
    private static Dataset second() {
      Dataset small = Fixtures.small();
      return Dataset.builder()
          .from(small)
          .cadres(
              List.of(
                  Cadre.builder().from(small.cadres().get(0)).title("校长").build(),
                  small.cadres().get(2)))
          .assignments(small.assignments().subList(2, 4))
          .absences(List.of())
          .workdays(small.workdays().reverse())
          .addReviews(
              Review.builder()
                  .activityId("B3")
                  .rule(IntegrityRule.OVERLAP)
                  .decision(ReviewDecision.CONFIRM)
                  .reviewer("R9")
                  .reviewedAt(LocalDateTime.of(2024, 12, 2, 8, 0))
                  .build())
          .addAllActivities(Fixtures.activities("B", 10 + JdbcActivityLogAdapter.COPY_FROM + 200))
          .build();
    }

    @Test
    void aFailureAtAnyStatementOfAnImportLeavesTheDatabaseExactlyAsBefore() {
      JdbcLianxi lianxi = lianxi();
      lianxi.importDataset(FIRST);
      Dataset second = second();
      Map<String, List<List<String>>> before = db.contents();

      int failAt = 1;
      while (true) {
        FailingDataSource failing = new FailingDataSource(db.dataSource(), failAt);
        JdbcLianxi doomed = JdbcLianxi.of(failing);
        try {
          doomed.importDataset(second);
        } catch (LianxiException e) {
          assertThat(e).hasMessageContaining("injected failure at statement " + failAt);
          assertThat(db.contents()).as("after a failure at statement %d", failAt).isEqualTo(before);
          failAt++;
          continue;
        }
        assertThat(failing.failed()).isFalse();
        break;
      }

      assertThat(failAt).as("statements of the import, each failed once").isGreaterThan(15);
      Dataset read = lianxi.snapshot();
      assertThat(read.cadres()).isEqualTo(second.cadres());
      assertThat(read.assignments()).isEqualTo(second.assignments());
      assertThat(read.workdays()).isEqualTo(second.workdays());
      assertThat(read.absences()).isEmpty();
      assertThat(read.reviews()).isEqualTo(second.reviews());
      assertThat(read.activities()).isEqualTo(second.activities());
    }

    @Test
    void anActivityLoggedWithOtherContentFailsTheImportNamingItAndChangesNothing() {
      JdbcLianxi lianxi = lianxi();
      lianxi.importDataset(FIRST);
      Dataset second = second();
      Activity a1 = FIRST.activities().get(0);
      Dataset conflicting =
          Dataset.builder()
              .from(second)
              .addActivities(Activity.builder().from(a1).minutes(a1.minutes() + 5).build())
              .build();
      Map<String, List<List<String>>> before = db.contents();

      assertThatThrownBy(() -> lianxi.importDataset(conflicting))
          .isInstanceOf(LianxiException.class)
          .hasMessageContaining("Activity[A1]")
          .hasMessageContaining("different content");
      assertThat(db.contents()).isEqualTo(before);
    }

    @Test
    void aRowWrittenBehindTheLibrarysBackThatConflictsFailsTheImportAndChangesNothing() {
      JdbcLianxi lianxi = lianxi();
      lianxi.importDataset(FIRST);
      long next = lianxi.facts().activityLog().head().sequence() + 1;
      db.execute(
          "INSERT INTO lianxi_activity (seq, activity_id, cadre_id, type, start_at, minutes,"
              + " venue, topics, recorded_at, hash) VALUES ("
              + next
              + ", 'HOST-1', 'C001', 'OTHER', '2024-09-09 09:00:00', 30, 'OTHER', '',"
              + " '2024-09-09 10:00:00', '"
              + "f".repeat(64)
              + "')");
      Map<String, List<List<String>>> before = db.contents();

      assertThatThrownBy(() -> lianxi.importDataset(second()))
          .isInstanceOf(LianxiException.class)
          .hasMessageContaining("importing a dataset");
      assertThat(db.contents()).isEqualTo(before);
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
