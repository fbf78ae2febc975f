package org.lianxi.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lianxi.core.testkit.UniversityFixture;

class DatasetTest {
  @Test
  void anEmptyDatasetHasEmptyLists() {
    Dataset d = Dataset.builder().build();
    assertThat(d.orgUnits()).isEmpty();
    assertThat(d.activities()).isEmpty();
    assertThat(d.reviews()).isEmpty();
  }

  @Test
  void listsKeepTheirSourceOrder() {
    Dataset d = UniversityFixture.aSmallUniversityWithActivities();
    assertThat(d.activities())
        .extracting(Activity::activityId)
        .containsExactly("A-1", "A-2", "A-3");
    assertThat(d.cadres()).containsExactlyElementsOf(UniversityFixture.cadres());
    assertThat(Dataset.builder().from(d).build()).isEqualTo(d);
  }
}
