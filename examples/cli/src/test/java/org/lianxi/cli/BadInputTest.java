package org.lianxi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad arguments and bad input exit 2 with a message naming file, line and value. */
class BadInputTest {
  @Test
  void aBadDateInTheDataExits2NamingFileLineAndValueWithoutAStackTrace() throws IOException {
    Path broken = Samples.copy(Samples.sampleUniversity(), "broken-sample");
    Path activities = broken.resolve("activities.csv");
    List<String> lines = Files.readAllLines(activities, StandardCharsets.UTF_8);
    String line5 = lines.get(4);
    String start = com.google.common.base.Splitter.on(',').splitToList(line5).get(3);
    assertThat(start).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    String bad = "2024-02-30T09:00";
    lines.set(4, line5.replace(start, bad));
    Files.write(activities, lines, StandardCharsets.UTF_8);

    Cli.Result r =
        Cli.run(
            "evaluate", "--data", broken.toString(), "--term", "2024-2025-1", "--format", "json");

    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains(broken.resolve("activities.csv") + ":5")
        .contains(bad)
        .contains("start")
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
  }

  @Test
  void aMissingFolderAnUnknownTermAndBadOptionsExit2() {
    String small = Samples.small().toString();
    Cli.Result noFolder = Cli.run("evaluate", "--data", "no/such/folder", "--term", "2024-2025-1");
    Cli.Result noTerm = Cli.run("evaluate", "--data", small, "--term", "2030-2031-1");
    Cli.Result badDate =
        Cli.run("evaluate", "--data", small, "--term", "2024-2025-1", "--as-of", "2024-13-01");
    Cli.Result badFormat =
        Cli.run("evaluate", "--data", small, "--term", "2024-2025-1", "--format", "pdf");
    Cli.Result noTermOption = Cli.run("evaluate", "--data", small);
    Cli.Result bothSources =
        Cli.run("evaluate", "--data", small, "--jdbc", "jdbc:h2:mem:x", "--term", "2024-2025-1");
    Cli.Result noPolicy =
        Cli.run("evaluate", "--data", small, "--term", "2024-2025-1", "--policy", "nope-2020");
    Cli.Result unknownCommand = Cli.run("frobnicate");

    assertThat(noFolder.status()).isEqualTo(2);
    assertThat(noFolder.err()).contains("no/such/folder");
    assertThat(noTerm.status()).isEqualTo(2);
    assertThat(noTerm.err()).contains("2030-2031-1");
    assertThat(badDate.status()).isEqualTo(2);
    assertThat(badDate.err()).contains("--as-of").contains("2024-13-01");
    assertThat(badFormat.status()).isEqualTo(2);
    assertThat(badFormat.err()).contains("pdf");
    assertThat(noTermOption.status()).isEqualTo(2);
    assertThat(noTermOption.err()).contains("--term");
    assertThat(bothSources.status()).isEqualTo(2);
    assertThat(bothSources.err()).contains("--data").contains("--jdbc");
    assertThat(noPolicy.status()).isEqualTo(2);
    assertThat(noPolicy.err()).contains("nope-2020").contains("soochow-2019-95");
    assertThat(unknownCommand.status()).isEqualTo(2);
    for (Cli.Result r :
        List.of(noFolder, noTerm, badDate, badFormat, noTermOption, bothSources, noPolicy)) {
      assertThat(r.err()).doesNotContain("\tat ");
    }
  }

  @Test
  void importOfBrokenDataExits2AndCreatesNoTables() throws Exception {
    Path broken = Samples.copy(Samples.small(), "broken-small");
    Path cadres = broken.resolve("cadres.csv");
    List<String> lines = Files.readAllLines(cadres, StandardCharsets.UTF_8);
    lines.set(2, lines.get(2).replace("UNIVERSITY_LEADERSHIP", "EMPEROR"));
    Files.write(cadres, lines, StandardCharsets.UTF_8);
    String url = Samples.freshH2("broken-import");

    Cli.Result r = Cli.run("import", "--data", broken.toString(), "--jdbc", url);

    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("cadres.csv:3").contains("EMPEROR").doesNotContain("\tat ");
    try (var c = java.sql.DriverManager.getConnection(url);
        var rs = c.getMetaData().getTables(null, null, "LIANXI_ACTIVITY", null)) {
      assertThat(rs.next()).as("nothing was imported, not even the tables").isFalse();
    }
  }
}
