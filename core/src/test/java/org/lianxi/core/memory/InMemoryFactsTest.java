package org.lianxi.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.LianxiAssertions.assertRejectedNaming;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.integrity.ChainHead;
import org.lianxi.core.integrity.LogEntry;
import org.lianxi.core.port.out.Facts;
import org.lianxi.core.testkit.CadreFixture;
import org.lianxi.core.testkit.UniversityFixture;

/** {@link InMemoryFacts} as {@link org.lianxi.core.port.in.ImportDatasetUseCase}. */
class InMemoryFactsTest {
  private static final Dataset WITH_ACTIVITIES = UniversityFixture.aSmallUniversityWithActivities();

  @Test
  void aSnapshotGivesBackTheDataset() {
    assertThat(InMemoryFacts.factsOf(WITH_ACTIVITIES).snapshot()).isEqualTo(WITH_ACTIVITIES);
  }

  @Test
  void emptyFactsHoldNothing() {
    InMemoryFacts facts = InMemoryFacts.empty();
    assertThat(facts.facts().snapshot()).isEqualTo(Dataset.builder().build());
    assertThat(facts.activityLog().head()).isEqualTo(ChainHead.EMPTY);
  }

  @Test
  void theFactsArePortsOverTheSameStore() {
    InMemoryFacts store = InMemoryFacts.of(WITH_ACTIVITIES);
    Facts facts = store.facts();
    assertThat(facts.activityLog()).isSameAs(store.activityLog());
    assertThat(facts.cadres()).isSameAs(store);
    assertThat(facts.reviews()).isSameAs(store);
  }

  @Test
  void importReplacesTheFactsAndAppendsTheActivities() {
    InMemoryFacts store = InMemoryFacts.of(UniversityFixture.aSmallUniversity());
    ChainHead head = store.importDataset(WITH_ACTIVITIES);
    assertThat(head.sequence()).isEqualTo(3);
    assertThat(head).isEqualTo(store.activityLog().head());
    assertThat(store.facts().snapshot()).isEqualTo(WITH_ACTIVITIES);
  }

  @Test
  void reImportingTheSameDatasetIsANoOp() {
    InMemoryFacts store = InMemoryFacts.of(UniversityFixture.aSmallUniversity());
    ChainHead head = store.importDataset(WITH_ACTIVITIES);
    List<LogEntry> entries = store.activityLog().entries();
    assertThat(store.importDataset(WITH_ACTIVITIES)).isEqualTo(head);
    assertThat(store.activityLog().entries()).isEqualTo(entries);
    assertThat(store.reviews()).hasSize(1);
    assertThat(store.facts().snapshot()).isEqualTo(WITH_ACTIVITIES);
  }

  @Test
  void anImportWithAnEditedActivityFailsAndKeepsEverything() {
    InMemoryFacts store = InMemoryFacts.of(WITH_ACTIVITIES);
    Activity edited =
        Activity.builder().from(WITH_ACTIVITIES.activities().get(0)).minutes(5).build();
    Dataset conflicting =
        Dataset.builder()
            .from(WITH_ACTIVITIES)
            .addCadres(CadreFixture.aCollegeLeader().withId("C-new").build())
            .activities(List.of(edited))
            .build();
    assertRejectedNaming(() -> store.importDataset(conflicting), "A-1", "correction");
    assertThat(store.facts().snapshot()).isEqualTo(WITH_ACTIVITIES);
  }

  @Test
  void importedReviewsAreAddedToThoseRecorded() {
    InMemoryFacts store = InMemoryFacts.of(UniversityFixture.aSmallUniversity());
    store.add(WITH_ACTIVITIES.reviews().get(0));
    store.importDataset(WITH_ACTIVITIES);
    assertThat(store.reviews()).containsExactlyElementsOf(WITH_ACTIVITIES.reviews());
  }
}
