package org.lianxi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.Severity;

/** {@code lianxi evaluate} over a dataset folder: the formats of SPEC §6. */
class EvaluateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  @DisplayName("--format json prints one object with the fields and shapes of SPEC §6")
  void jsonHasTheFieldsAndShapesOfTheContract() throws IOException {
    Path data = Samples.sampleUniversity();
    String term = Samples.latestTerm(data).termId();

    Cli.Result r =
        Cli.run("evaluate", "--data", data.toString(), "--term", term, "--format", "json");

    assertThat(r.status()).as(r.toString()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(fields(root)).containsExactly("policy", "term", "as_of", "verdicts", "findings");
    JsonNode policy = root.get("policy");
    assertThat(fields(policy)).containsExactly("id", "version", "sha256");
    assertThat(policy.get("id").textValue()).isEqualTo("soochow-2019-95");
    assertThat(policy.get("version").isTextual()).isTrue();
    assertThat(policy.get("sha256").textValue()).matches("[0-9a-f]{64}");
    assertThat(root.get("term").textValue()).isEqualTo(term);
    assertThat(root.get("as_of").textValue()).matches("\\d{4}-\\d{2}-\\d{2}");

    JsonNode verdicts = root.get("verdicts");
    assertThat(verdicts.isArray()).isTrue();
    assertThat(verdicts.size()).isGreaterThan(100);
    Set<String> statuses = new java.util.TreeSet<>();
    for (JsonNode v : verdicts) {
      assertThat(fields(v))
          .containsExactly(
              "subject",
              "obligation",
              "clause",
              "strength",
              "basis",
              "status",
              "required",
              "achieved",
              "activities",
              "explanation");
      for (String text : List.of("subject", "obligation", "clause")) {
        assertThat(v.get(text).isTextual()).as(text).isTrue();
        assertThat(v.get(text).textValue()).isNotBlank();
      }
      assertThat(v.get("strength").textValue()).isIn("MANDATORY", "RECOMMENDED");
      assertThat(v.get("basis").textValue()).isIn("literal", "interpretation");
      assertThat(v.get("status").textValue()).isIn("MET", "SHORTFALL", "EXEMPT", "PENDING");
      assertThat(v.get("required").isInt()).isTrue();
      assertThat(v.get("achieved").isInt()).isTrue();
      assertThat(v.get("required").intValue()).isNotNegative();
      assertThat(v.get("achieved").intValue()).isNotNegative();
      assertStrings(v.get("activities"));
      assertExplanation(v.get("explanation"));
      statuses.add(v.get("status").textValue());
    }
    assertThat(statuses).contains("MET", "SHORTFALL");

    JsonNode findings = root.get("findings");
    assertThat(findings.isArray()).isTrue();
    assertThat(findings.size()).isPositive();
    Set<String> rules =
        Arrays.stream(IntegrityRule.values()).map(Enum::name).collect(Collectors.toSet());
    Set<String> severities =
        Arrays.stream(Severity.values()).map(Enum::name).collect(Collectors.toSet());
    for (JsonNode f : findings) {
      assertThat(fields(f))
          .containsExactly("rule", "severity", "subject", "activities", "state", "explanation");
      assertThat(f.get("rule").textValue()).isIn(rules);
      assertThat(f.get("severity").textValue()).isIn(severities);
      assertThat(f.get("subject").textValue()).isNotBlank();
      assertStrings(f.get("activities"));
      assertThat(f.get("activities").size()).isPositive();
      assertThat(f.get("state").textValue()).isIn("OPEN", "DISMISSED", "CONFIRMED");
      assertExplanation(f.get("explanation"));
    }
    assertThat(r.err()).contains("evaluating " + term);
  }

  @Test
  void csvHasOneRowPerVerdictAndHtmlIsTheReport() throws IOException {
    Path data = Samples.small();
    Path csv = Samples.TARGET.resolve("out/small-verdicts.csv");
    Path html = Samples.TARGET.resolve("out/small-report.html");

    Cli.Result c =
        Cli.run(
            "evaluate",
            "--data",
            data.toString(),
            "--term",
            "2024-2025-1",
            "--format",
            "csv",
            "--out",
            csv.toString());
    Cli.Result h =
        Cli.run(
            "evaluate",
            "--data",
            data.toString(),
            "--term",
            "2024-2025-1",
            "--format",
            "HTML",
            "--out",
            html.toString());
    Cli.Result j =
        Cli.run("evaluate", "--data", data.toString(), "--term", "2024-2025-1", "--format", "json");

    assertThat(c.status()).as(c.toString()).isZero();
    assertThat(c.out()).as("results went to the file").isEmpty();
    byte[] bytes = Files.readAllBytes(csv);
    assertThat(Arrays.copyOf(bytes, 3)).as("a BOM for Excel").containsExactly(0xEF, 0xBB, 0xBF);
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).contains("subject").contains("obligation").contains("status");
    int verdicts = JSON.readTree(j.out()).get("verdicts").size();
    assertThat(lines).hasSize(verdicts + 1);

    assertThat(h.status()).as(h.toString()).isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("id=\"heatmap-table\"");
    assertThat(page).contains("data-obligation=\"III.1.3-weekly-contact\"");
  }

  @Test
  void textIsTheDefaultWithTheTierSummaryAndShortfalls() {
    Path data = Samples.sampleUniversity();
    String term = Samples.latestTerm(data).termId();

    Cli.Result r = Cli.run("evaluate", "--data", data.toString(), "--term", term);

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains("校领导班子成员")
        .contains("university leader")
        .contains("达标率")
        .contains("未达标 shortfalls: ")
        .contains("疑点 findings: ")
        .contains("III.1.3-weekly-contact");
  }

  @Test
  void gbkDataReadsLikeUtf8Data() throws IOException {
    Cli.Result utf8 =
        Cli.run(
            "evaluate",
            "--data",
            Samples.small().toString(),
            "--term",
            "2024-2025-1",
            "--as-of",
            "2024-12-01",
            "--format",
            "json");
    Cli.Result gbk =
        Cli.run(
            "evaluate",
            "--data",
            Samples.smallGbk().toString(),
            "--encoding",
            "GBK",
            "--term",
            "2024-2025-1",
            "--as-of",
            "2024-12-01",
            "--format",
            "json");
    Cli.Result gbkAsUtf8 =
        Cli.run(
            "evaluate",
            "--data",
            Samples.smallGbk().toString(),
            "--term",
            "2024-2025-1",
            "--format",
            "json");

    assertThat(gbk.status()).as(gbk.toString()).isZero();
    assertThat(JSON.readTree(gbk.out())).isEqualTo(JSON.readTree(utf8.out()));
    assertThat(JSON.readTree(gbk.out()).get("as_of").textValue()).isEqualTo("2024-12-01");
    assertThat(gbkAsUtf8.status()).as("GBK bytes are not valid UTF-8").isEqualTo(2);
    assertThat(gbkAsUtf8.err()).contains(".csv:").doesNotContain("\tat ");
  }

  static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void assertStrings(JsonNode array) {
    assertThat(array.isArray()).isTrue();
    array.forEach(n -> assertThat(n.isTextual()).isTrue());
  }

  private static void assertExplanation(JsonNode x) {
    assertThat(fields(x)).containsExactly("zh", "en");
    assertThat(x.get("zh").textValue()).isNotBlank();
    assertThat(x.get("en").textValue()).isNotBlank();
  }
}
