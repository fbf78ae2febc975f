package org.lianxi.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lianxi.core.report.AccountabilityReport;
import org.lianxi.core.report.Pseudonymiser;
import org.lianxi.core.report.Reports;
import org.lianxi.core.report.SmallUniversity;
import org.lianxi.core.report.Viewer;

/** The accountability outputs as JSON, whole and per viewer. */
class ReportJsonTest {
  private static Reports reports;
  private static AccountabilityReport report;

  @BeforeAll
  static void build() {
    reports = SmallUniversity.reports();
    report = reports.report(SmallUniversity.SPRING.termId(), SmallUniversity.SPRING.endsOn());
  }

  private static JsonNode parse(String json) throws Exception {
    return JsonMapper.builder().build().readTree(json);
  }

  @Test
  void theWholeReportCarriesTheFiveOutputsWithTheirEvidence() throws Exception {
    JsonNode root = parse(ReportJson.toJson(report));

    assertThat(root.path("policy").path("id").asText()).isEqualTo("small-test");
    assertThat(root.path("term").asText()).isEqualTo("2024-2025-2");
    assertThat(root.path("as_of").asText()).isEqualTo("2025-06-29");
    assertThat(root.path("dossiers")).hasSize(8);
    JsonNode g2 = root.path("dossiers").get(3);
    assertThat(g2.path("cadre").asText()).isEqualTo("G2");
    assertThat(g2.path("compliance").path("part").asInt()).isEqualTo(1);
    assertThat(g2.path("compliance").path("whole").asInt()).isEqualTo(3);
    assertThat(g2.path("compliance").path("rate").decimalValue()).isEqualByComparingTo("0.3333");
    assertThat(g2.path("terms").get(1).path("findings").get(0).path("state").asText())
        .isEqualTo("CONFIRMED");
    JsonNode lead = root.path("leads").get(2);
    assertThat(lead.path("kind").asText()).isEqualTo("FALSIFICATION");
    assertThat(lead.path("label").asText()).isEqualTo("弄虚作假");
    assertThat(lead.path("evidence").get(0).path("activities").toString())
        .isEqualTo("[\"A-G2-2\",\"A-G2-3\"]");
    assertThat(lead.path("evidence").get(0).path("clause").asText()).isEqualTo("四、4");
    assertThat(
            root.path("checklists")
                .get(0)
                .path("members")
                .get(1)
                .path("items")
                .get(0)
                .path("reference")
                .asText())
        .isEqualTo("lecture");
    assertThat(root.path("scorecard").get(2).path("classes").path("rate").isNull()).isTrue();
    assertThat(root.path("nominees").get(0).path("venues").toString())
        .isEqualTo("[\"DORMITORY\",\"LECTURE\"]");
    assertThat(root.path("coverage").path("suggestions").get(0).path("cadre").asText())
        .isEqualTo("G2");
    assertThat(root.path("feedback").path("items").get(0).path("status").asText())
        .isEqualTo("OVERDUE");
    assertThat(root.path("verdicts").get(0).path("explanation").path("zh").asText()).isNotBlank();
  }

  @Test
  void aViewStartsWithItsViewerAndScopeAndHidesStudents() throws Exception {
    Pseudonymiser key = Pseudonymiser.withKey(SmallUniversity.KEY);
    String json = ReportJson.toJson(reports.view(report, Viewer.office("XGB"), key));
    JsonNode root = parse(json);

    assertThat(root.fieldNames().next()).isEqualTo("viewer");
    assertThat(root.path("viewer").path("kind").asText()).isEqualTo("OFFICE");
    assertThat(root.path("scope").path("cadres").toString()).isEqualTo("[\"D1\",\"D2\"]");
    assertThat(json).doesNotContain("张小明").doesNotContain("\"S1\"").contains("学生-");
    assertThat(json).doesNotContain("\"L1\"", "\"G1\"", "\"V1\"", "赵书记", "邻校");
  }
}
