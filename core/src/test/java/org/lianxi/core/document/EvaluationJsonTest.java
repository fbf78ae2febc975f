package org.lianxi.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.Severity;
import org.lianxi.core.evaluation.Evaluation;
import org.lianxi.core.evaluation.FindingView;
import org.lianxi.core.evaluation.Status;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.policy.Basis;
import org.lianxi.core.policy.Policies;
import org.lianxi.core.policy.Strength;

/** The JSON report has exactly the fields and shapes of SPEC §6. */
class EvaluationJsonTest {
  static final Evaluation EVALUATION =
      Evaluation.builder()
          .policyId("soochow-2019-95")
          .policyVersion("2019-10-16")
          .policyHash(Policies.soochow2019().contentHash())
          .termId("2024-2025-1")
          .asOf(LocalDate.parse("2025-01-12"))
          .evaluatedAt(Instant.parse("2025-01-13T00:00:00Z"))
          .addVerdicts(
              Verdict.builder()
                  .subject("C001")
                  .university("SUDA")
                  .obligationId("III.1.3-weekly-contact")
                  .clause("三、1.(3)")
                  .strength(Strength.MANDATORY)
                  .basis(Basis.LITERAL)
                  .status(Status.SHORTFALL)
                  .required(18)
                  .achieved(15)
                  .addActivityIds("A17", "A18")
                  .addMissing("2024-W40")
                  .explanation(Explanation.of("三、1.(3) 每周…", "三、1.(3) weekly…"))
                  .build())
          .build();

  static final FindingView FINDING =
      new FindingView(
          IntegrityRule.OVERLAP,
          Severity.HIGH,
          "C002",
          List.of("A3", "A4"),
          FindingView.State.OPEN,
          Explanation.of("A3 与 A4 时间重叠", "A3 overlaps A4"));

  static JsonNode report() throws Exception {
    return JsonMapper.builder()
        .build()
        .readTree(EvaluationJson.toJson(EVALUATION, List.of(FINDING)));
  }

  static List<String> keys(JsonNode n) {
    List<String> keys = new java.util.ArrayList<>();
    n.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void theTopLevelHasThePolicyTermAsOfVerdictsAndFindings() throws Exception {
    JsonNode r = report();
    assertThat(keys(r)).containsExactly("policy", "term", "as_of", "verdicts", "findings");
    assertThat(keys(r.get("policy"))).containsExactly("id", "version", "sha256");
    assertThat(r.get("policy").get("id").asText()).isEqualTo("soochow-2019-95");
    assertThat(r.get("policy").get("version").asText()).isEqualTo("2019-10-16");
    assertThat(r.get("policy").get("sha256").asText()).matches("[0-9a-f]{64}");
    assertThat(r.get("term").asText()).isEqualTo("2024-2025-1");
    assertThat(r.get("as_of").asText()).isEqualTo("2025-01-12");
  }

  @Test
  void aVerdictHasTheFieldsOfTheContract() throws Exception {
    JsonNode v = report().get("verdicts").get(0);
    assertThat(keys(v))
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
    assertThat(v.get("subject").asText()).isEqualTo("C001");
    assertThat(v.get("obligation").asText()).isEqualTo("III.1.3-weekly-contact");
    assertThat(v.get("clause").asText()).isEqualTo("三、1.(3)");
    assertThat(v.get("strength").asText()).isEqualTo("MANDATORY");
    assertThat(v.get("basis").asText()).isEqualTo("literal");
    assertThat(v.get("status").asText()).isEqualTo("SHORTFALL");
    assertThat(v.get("required").isInt()).isTrue();
    assertThat(v.get("required").asInt()).isEqualTo(18);
    assertThat(v.get("achieved").asInt()).isEqualTo(15);
    assertThat(v.get("activities").isArray()).isTrue();
    assertThat(v.get("activities").get(1).asText()).isEqualTo("A18");
    assertThat(keys(v.get("explanation"))).containsExactly("zh", "en");
    assertThat(v.get("explanation").get("zh").asText()).isEqualTo("三、1.(3) 每周…");
  }

  @Test
  void aFindingHasTheFieldsOfTheContract() throws Exception {
    JsonNode f = report().get("findings").get(0);
    assertThat(keys(f))
        .containsExactly("rule", "severity", "subject", "activities", "state", "explanation");
    assertThat(f.get("rule").asText()).isEqualTo("OVERLAP");
    assertThat(f.get("severity").asText()).isEqualTo("HIGH");
    assertThat(f.get("subject").asText()).isEqualTo("C002");
    assertThat(f.get("activities").size()).isEqualTo(2);
    assertThat(f.get("state").asText()).isEqualTo("OPEN");
    assertThat(f.get("explanation").get("en").asText()).isEqualTo("A3 overlaps A4");
  }

  @Test
  void theReportIsWrittenAsUtf8() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EvaluationJson.write(EVALUATION, List.of(), out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("\"clause\" : \"三、1.(3)\"");
    assertThat(JsonMapper.builder().build().readTree(text).get("findings").size()).isZero();
  }
}
