package org.lianxi.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.LianxiAssertions.assertRejectedNaming;

import org.junit.jupiter.api.Test;

class ExplanationTest {
  @Test
  void holdsBothLanguages() {
    Explanation e = Explanation.of("第 3 周无活动", "no activity in week 3");
    assertThat(e.zh()).isEqualTo("第 3 周无活动");
    assertThat(e.en()).isEqualTo("no activity in week 3");
    assertThat(e).isEqualTo(new Explanation("第 3 周无活动", "no activity in week 3"));
  }

  @Test
  void appendJoinsEachLanguageWithTheSeparator() {
    Explanation e = Explanation.of("甲", "a").append(Explanation.of("乙", "b"), "; ");
    assertThat(e).isEqualTo(Explanation.of("甲; 乙", "a; b"));
  }

  @Test
  void rejectsNullTexts() {
    assertRejectedNaming(() -> Explanation.of(null, "x"), "Explanation.zh = null");
    assertRejectedNaming(() -> Explanation.of("x", null), "Explanation.en = null");
  }
}
