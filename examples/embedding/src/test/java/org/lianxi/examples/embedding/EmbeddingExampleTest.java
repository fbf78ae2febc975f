package org.lianxi.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
  @Test
  void printsTheVerdictsOfTheOwnPolicyIncludingItsMonthlyMealObligation() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EmbeddingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    // the obligation the YAML adds, for each of the small university's two leaders
    assertThat(out.lines().filter(l -> l.contains("leader-meal-monthly"))).hasSize(2);
    // and the inherited obligations of 苏大委〔2019〕95号
    assertThat(out).contains("III.1.3-weekly-contact").contains("每月至少举办1次校领导午（晚）餐会");
  }
}
