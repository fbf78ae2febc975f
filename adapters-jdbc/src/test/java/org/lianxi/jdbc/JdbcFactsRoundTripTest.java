package org.lianxi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.Review;
import org.lianxi.core.domain.ReviewDecision;
import org.lianxi.core.domain.Term;
import org.lianxi.core.integrity.ChainHead;
import org.lianxi.core.memory.InMemoryFacts;

/** Facts imported into each database read back equal, through the ports and as a snapshot. */
class JdbcFactsRoundTripTest {

  abstract static class Suite extends DatabaseTest {
    @Test
    void importedDatasetReadsBackEqualThroughThePorts() {
      Dataset d = Fixtures.withActivities(Fixtures.small(), "B", 1200);
      JdbcLianxi lianxi = lianxi();

      ChainHead head = lianxi.importDataset(d);

      assertThat(lianxi.facts().snapshot()).isEqualTo(d);
      assertThat(lianxi.snapshot()).isEqualTo(d);
      assertThat(head).isEqualTo(InMemoryFacts.of(d).activityLog().head());
      assertThat(lianxi.facts().activityLog().head()).isEqualTo(head);
    }

    @Test
    void reimportingTheSameDatasetWritesNothing() {
      Dataset d = Fixtures.withActivities(Fixtures.small(), "B", 20);
      JdbcLianxi lianxi = lianxi();
      ChainHead first = lianxi.importDataset(d);
      Map<String, List<List<String>>> before = db.contents();

      ChainHead again = lianxi.importDataset(d);

      assertThat(again).isEqualTo(first);
      assertThat(db.contents()).isEqualTo(before);
    }

    @Test
    void importReplacesTheFactsAndAppendsOnlyNewActivities() {
      Dataset d1 = Fixtures.withActivities(Fixtures.small(), "B", 10);
      JdbcLianxi lianxi = lianxi();
      lianxi.importDataset(d1);
      Dataset small = Fixtures.small();
      Dataset d2 =
          Dataset.builder()
              .from(small)
              .cadres(
                  List.of(
                      small.cadres().get(3),
                      Cadre.builder().from(small.cadres().get(0)).title("党委书记").build(),
                      small.cadres().get(1)))
              .assignments(small.assignments().subList(1, 3))
              .addTerms(
                  Term.builder()
                      .termId("2025-2026-1")
                      .academicYear("2025-2026")
                      .season(org.lianxi.core.domain.Season.AUTUMN)
                      .startsOn(LocalDate.of(2025, 9, 1))
                      .endsOn(LocalDate.of(2026, 1, 11))
                      .build())
              .breaks(List.of())
              .addAllActivities(Fixtures.activities("B", 12))
              .build();

      ChainHead head = lianxi.importDataset(d2);

      Dataset read = lianxi.snapshot();
      assertThat(read.cadres()).isEqualTo(d2.cadres());
      assertThat(read.assignments()).isEqualTo(d2.assignments());
      assertThat(read.terms()).isEqualTo(d2.terms());
      assertThat(read.breaks()).isEmpty();
      assertThat(read.activities())
          .isEqualTo(Fixtures.withActivities(Fixtures.small(), "B", 12).activities());
      assertThat(head.sequence()).isEqualTo(Fixtures.small().activities().size() + 12);
    }

    @Test
    void reviewsAreMergedNotReplacedAndAddingOneTwiceKeepsOne() {
      JdbcLianxi lianxi = lianxi();
      Dataset d = Fixtures.small();
      lianxi.importDataset(d);
      Review extra =
          Review.builder()
              .activityId("a1")
              .rule(IntegrityRule.BULK_BACKFILL)
              .decision(ReviewDecision.DISMISS)
              .reviewer("R3")
              .reviewedAt(LocalDateTime.of(2024, 12, 1, 9, 30, 15))
              .reason("batch upload of paper forms")
              .build();

      lianxi.facts().reviews().add(extra);
      lianxi.facts().reviews().add(extra);
      lianxi.importDataset(Dataset.builder().from(d).reviews(List.of(d.reviews().get(1))).build());

      assertThat(lianxi.facts().reviews().reviews())
          .containsExactly(d.reviews().get(0), d.reviews().get(1), extra);
    }

    @Test
    void activitiesOfADayRangeAndFindReadTheLog() {
      JdbcLianxi lianxi = lianxi();
      Dataset d = Fixtures.small();
      lianxi.importDataset(d);
      var log = lianxi.facts().activityLog();

      assertThat(log.activitiesStartingBetween(LocalDate.of(2024, 9, 4), LocalDate.of(2024, 9, 5)))
          .containsExactlyElementsOf(d.activities().subList(1, 4));
      assertThat(log.find("a1")).contains(d.activities().get(1));
      assertThat(log.find("A1")).contains(d.activities().get(0));
      assertThat(log.find("nope")).isEmpty();
    }

    @Test
    void aRepeatedIdInADatasetIsRejectedNamingItAndNothingIsWritten() {
      JdbcLianxi lianxi = lianxi();
      Dataset small = Fixtures.small();
      Dataset bad = Dataset.builder().from(small).addCadres(small.cadres().get(1)).build();
      Map<String, List<List<String>>> before = db.contents();

      assertThatThrownBy(() -> lianxi.importDataset(bad))
          .isInstanceOf(LianxiException.class)
          .hasMessageContaining("Cadre[C002]")
          .hasMessageContaining("cadre_id");
      assertThat(db.contents()).isEqualTo(before);
    }

    @Test
    void textThatIsNotUnicodeIsRejectedNamingTheFieldNotReplaced() {
      JdbcLianxi lianxi = lianxi();
      Dataset small = Fixtures.small();
      org.lianxi.core.domain.Activity broken =
          org.lianxi.core.domain.Activity.builder()
              .from(small.activities().get(0))
              .activityId("LONE")
              .evidence("ok \uD83D then not")
              .build();

      assertThatThrownBy(
              () ->
                  lianxi.importDataset(Dataset.builder().from(small).addActivities(broken).build()))
          .isInstanceOf(LianxiException.class)
          .hasMessageContaining("Activity[LONE].evidence")
          .hasMessageContaining("U+D83D");
      assertThat(lianxi.facts().activityLog().head())
          .isEqualTo(org.lianxi.core.integrity.ChainHead.EMPTY);
    }

    @Test
    void aValueTooLongForItsColumnIsRejectedNamingTheField() {
      JdbcLianxi lianxi = lianxi();
      Dataset small = Fixtures.small();
      Dataset bad =
          Dataset.builder()
              .from(small)
              .cadres(
                  List.of(
                      Cadre.builder().from(small.cadres().get(0)).title("长".repeat(201)).build()))
              .build();

      assertThatThrownBy(() -> lianxi.importDataset(bad))
          .isInstanceOf(LianxiException.class)
          .hasMessageContaining("Cadre[C001].title")
          .hasMessageContaining("200");
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
