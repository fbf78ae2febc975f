package org.lianxi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** {@code lianxi demo}: builds the database once, then reuses it. */
class DemoCommandTest {
  @Test
  void theFirstRunBuildsTheDatabaseAndTheSecondReusesIt() {
    Cli.Result first = DemoRun.first();
    Cli.Result second = Cli.run("demo", "--dir", DemoRun.DIR.toString());

    assertThat(first.status()).as(first.toString()).isZero();
    assertThat(first.err()).contains("building the demo university").doesNotContain("reusing");
    assertThat(first.out())
        .contains("苏州示范大学")
        .contains("学期 term 2024-2025-2")
        .contains("截至 as of 2025-06-29")
        .contains("校领导班子成员")
        .contains("职能部门处级领导干部")
        .contains("学院(部)领导班子成员")
        .containsPattern("(?m)^校领导班子成员 +15 +\\d+\\.\\d%")
        .contains("report.html");
    assertThat(Files.isRegularFile(DemoRun.DIR.resolve("report.html"))).isTrue();
    assertThat(Files.isRegularFile(DemoRun.DIR.resolve("lianxi.mv.db"))).isTrue();

    assertThat(second.status()).as(second.toString()).isZero();
    assertThat(second.err()).contains("reusing the demo database").doesNotContain("building");
    assertThat(summary(second.out())).isEqualTo(summary(first.out()));
  }

  /** The summary table: from the heading to the blank line after the table. */
  private static String summary(String out) {
    return out.substring(0, out.indexOf("报告 report:"));
  }
}
