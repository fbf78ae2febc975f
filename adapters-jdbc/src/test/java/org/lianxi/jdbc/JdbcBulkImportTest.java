package org.lianxi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.integrity.ChainHead;

/**
 * Imports large enough for the bulk paths (on PostgreSQL: COPY into every table, the ids already
 * logged looked up through a temporary table): the same results and guarantees as small ones.
 */
class JdbcBulkImportTest {
  private static final int MANY = JdbcActivityLogAdapter.COPY_FROM + 500;

  abstract static class Suite extends DatabaseTest {
    private static Dataset many() {
      return Fixtures.withActivities(Fixtures.small(), "B", MANY);
    }

    @Test
    void aLargeReimportIsANoOpAndOnlyNewRecordsAreAppended() {
      JdbcLianxi lianxi = lianxi();
      ChainHead head = lianxi.importDataset(many());
      assertThat(head.sequence()).isEqualTo(many().activities().size());
      Map<String, List<List<String>>> before = db.contents();

      assertThat(lianxi.importDataset(many())).isEqualTo(head);
      assertThat(db.contents()).isEqualTo(before);

      Dataset more = Fixtures.withActivities(Fixtures.small(), "B", MANY + 7);
      ChainHead after = lianxi.importDataset(more);
      assertThat(after.sequence()).isEqualTo(more.activities().size());
      assertThat(lianxi.snapshot().activities()).isEqualTo(more.activities());
      assertThat(lianxi.verify(java.util.Optional.of(after)).intact()).isTrue();
    }

    @Test
    void aChangedRecordAmongManyLoggedOnesFailsTheImportNamingItAndChangesNothing() {
      JdbcLianxi lianxi = lianxi();
      lianxi.importDataset(many());
      Map<String, List<List<String>>> before = db.contents();
      List<Activity> changed = new ArrayList<>(many().activities());
      Activity a = changed.get(700);
      changed.set(
          700, Activity.builder().from(a).recordedAt(a.recordedAt().plusSeconds(1)).build());
      Dataset conflicting = Dataset.builder().from(many()).activities(changed).build();

      assertThatThrownBy(() -> lianxi.importDataset(conflicting))
          .isInstanceOf(LianxiException.class)
          .hasMessageContaining("Activity[" + a.activityId() + "]")
          .hasMessageContaining("different content");
      assertThat(db.contents()).isEqualTo(before);
    }

    @Test
    void aCorrectionAmongManyMayNameARecordAlreadyLogged() {
      JdbcLianxi lianxi = lianxi();
      lianxi.importDataset(many());
      Activity first = many().activities().get(0);
      Activity correction =
          Activity.builder().from(first).activityId("FIX-1").supersedes(first.activityId()).build();
      Activity orphan =
          Activity.builder().from(first).activityId("FIX-2").supersedes("NO-SUCH").build();
      Dataset ok = Dataset.builder().from(many()).addActivities(correction).build();
      Dataset bad = Dataset.builder().from(many()).addActivities(orphan).build();

      assertThatThrownBy(() -> lianxi.importDataset(bad))
          .isInstanceOf(LianxiException.class)
          .hasMessageContaining("NO-SUCH");
      assertThat(lianxi.importDataset(ok).sequence()).isEqualTo(ok.activities().size());
      assertThat(lianxi.facts().activityLog().find("FIX-1")).contains(correction);
    }

    @Test
    void aStatementFailingHalfwayThroughTheActivitiesLeavesTheDatabaseExactlyAsBefore() {
      JdbcLianxi lianxi = lianxi();
      lianxi.importDataset(Fixtures.withActivities(Fixtures.small(), "B", 10));
      // a row written behind the library's back, 600 sequence numbers ahead: the bulk write of
      // the next import fails on it halfway through
      db.execute(
          "INSERT INTO lianxi_activity (seq, activity_id, cadre_id, type, start_at, minutes,"
              + " venue, topics, recorded_at, hash) VALUES (610, 'HOST-1', 'C001', 'OTHER',"
              + " '2024-09-09 09:00:00', 30, 'OTHER', '', '2024-09-09 10:00:00', '"
              + "f".repeat(64)
              + "')");
      Map<String, List<List<String>>> before = db.contents();

      assertThatThrownBy(() -> lianxi.importDataset(many()))
          .isInstanceOf(LianxiException.class)
          .hasMessageContaining("importing a dataset");
      assertThat(db.contents()).isEqualTo(before);
    }

    @Test
    void aStatementFailingHalfwayThroughAFactTableLeavesTheDatabaseExactlyAsBefore() {
      JdbcLianxi lianxi = lianxi();
      lianxi.importDataset(Fixtures.withActivities(Fixtures.small(), "B", 10));
      // a host's constraint the library does not know, broken by one cadre in the middle
      db.execute("ALTER TABLE lianxi_cadre ADD CONSTRAINT host_title_ck CHECK (title <> 'BAD')");
      Map<String, List<List<String>>> before = db.contents();
      Cadre model = Fixtures.small().cadres().get(0);
      List<Cadre> cadres = new ArrayList<>();
      for (int i = 0; i < MANY; i++) {
        cadres.add(
            Cadre.builder()
                .from(model)
                .cadreId("K" + i)
                .title(i == MANY / 2 ? "BAD" : "t" + i)
                .build());
      }
      Dataset dataset = Dataset.builder().from(many()).addAllCadres(cadres).build();

      assertThatThrownBy(() -> lianxi.importDataset(dataset))
          .isInstanceOf(LianxiException.class)
          .hasMessageContaining("importing a dataset");
      assertThat(db.contents()).isEqualTo(before);
    }

    @Test
    void manyFactRowsRoundTrip() {
      JdbcLianxi lianxi = lianxi();
      Dataset small = Fixtures.small();
      List<Absence> absences = new ArrayList<>();
      for (int i = 0; i < MANY; i++) {
        LocalDate from = LocalDate.of(2024, 9, 1).plusDays(i % 300);
        absences.add(
            Absence.builder()
                .cadreId(small.cadres().get(i % small.cadres().size()).cadreId())
                .startsOn(from)
                .endsOn(from.plusDays(i % 9))
                .reason("出差 \"" + i + "\",\n🎓")
                .build());
      }
      Dataset dataset = Dataset.builder().from(many()).absences(absences).build();
      lianxi.importDataset(dataset);
      assertThat(lianxi.snapshot()).isEqualTo(dataset);
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
    @Test
    void datesOutsideTheFourDigitYearsGoThroughCopyUnchanged() {
      JdbcLianxi lianxi = lianxi();
      Dataset small = Fixtures.small();
      List<Absence> absences = new ArrayList<>();
      LocalDate[] days = {
        LocalDate.of(12345, 6, 7), LocalDate.of(0, 1, 1), LocalDate.of(-44, 3, 15),
        LocalDate.of(1, 1, 1), LocalDate.of(999, 12, 31), LocalDate.of(2024, 2, 29)
      };
      for (int i = 0; i < MANY; i++) {
        LocalDate d = days[i % days.length];
        absences.add(
            Absence.builder()
                .cadreId(small.cadres().get(0).cadreId())
                .startsOn(d)
                .endsOn(d.plusDays(i % 3))
                .reason("r" + i)
                .build());
      }
      List<Activity> activities = new ArrayList<>(Fixtures.activities("B", MANY));
      for (int i = 0; i < days.length; i++) {
        Activity a = activities.get(i * 100);
        LocalDateTime start = days[i].atTime(23, 59, 58);
        activities.set(
            i * 100,
            Activity.builder().from(a).start(start).recordedAt(start.plusHours(1)).build());
      }
      Dataset dataset =
          Dataset.builder().from(small).absences(absences).activities(activities).build();
      ChainHead head = lianxi.importDataset(dataset);
      assertThat(lianxi.snapshot()).isEqualTo(dataset);
      assertThat(lianxi.verify(java.util.Optional.of(head)).intact()).isTrue();
    }

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
