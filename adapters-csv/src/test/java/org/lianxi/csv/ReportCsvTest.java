package org.lianxi.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.domain.FeedbackChannel;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.Severity;
import org.lianxi.core.domain.Venue;
import org.lianxi.core.evaluation.Evaluation;
import org.lianxi.core.evaluation.Status;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.integrity.Finding;
import org.lianxi.core.integrity.FindingState;
import org.lianxi.core.integrity.IntegrityChecker;
import org.lianxi.core.policy.Basis;
import org.lianxi.core.policy.Strength;
import org.lianxi.core.report.AccountabilityLead;
import org.lianxi.core.report.Evidence;
import org.lianxi.core.report.FeedbackDeadlines;
import org.lianxi.core.report.FeedbackReport;

/** Every report CSV neutralises cells that could start a formula and keeps Chinese text intact. */
class ReportCsvTest {
  private static final String EVIL = "=HYPERLINK(\"http://evil\",\"点我\")";

  @TempDir Path temp;

  private static List<List<String>> rows(ByteArrayOutputStream out) {
    return CsvRows.of(out.toByteArray());
  }

  private static List<String> column(List<List<String>> rows, String name) {
    int i = rows.get(0).indexOf(name);
    return rows.subList(1, rows.size()).stream().map(r -> r.get(i)).toList();
  }

  @Test
  void verdictsCsvNeutralisesFormulaCellsAndExplainsInBothLanguages() {
    Evaluation evaluation =
        Evaluation.builder()
            .policyId("soochow-2019-95")
            .policyVersion("2019-10-16")
            .policyHash("abc")
            .termId("2024-2025-1")
            .asOf(LocalDate.of(2025, 1, 12))
            .evaluatedAt(Instant.EPOCH)
            .addVerdicts(
                Verdict.builder()
                    .subject(EVIL)
                    .university("U")
                    .obligationId("III.1.3-weekly-contact")
                    .clause("三、1.(3)")
                    .strength(Strength.MANDATORY)
                    .basis(Basis.LITERAL)
                    .status(Status.SHORTFALL)
                    .required(18)
                    .achieved(15)
                    .addActivityIds("A17", "A18")
                    .addMissing("2024-W40")
                    .explanation(Explanation.of("-每周至少一次，缺3周", "+weekly, 3 weeks missing"))
                    .build())
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportCsv.verdicts(evaluation, out, true);
    assertThat(out.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
    List<List<String>> rows = rows(out);
    assertThat(rows.get(0)).isEqualTo(ReportCsv.VERDICT_COLUMNS);
    assertThat(column(rows, "subject")).containsExactly("'" + EVIL);
    assertThat(column(rows, "status_zh")).containsExactly("未达标");
    assertThat(column(rows, "activities")).containsExactly("A17;A18");
    assertThat(column(rows, "explanation_zh")).containsExactly("'-每周至少一次，缺3周");
    assertThat(column(rows, "explanation_en")).containsExactly("'+weekly, 3 weeks missing");
    assertThat(column(rows, "clause")).containsExactly("三、1.(3)");
  }

  @Test
  void findingsCsvNeutralisesFormulaCells() {
    Finding finding =
        Finding.builder()
            .rule(IntegrityRule.OVERLAP)
            .severity(Severity.HIGH)
            .subject("@C001")
            .addActivityIds("=A1", "A2")
            .state(FindingState.OPEN)
            .explanation(Explanation.of("时间重叠：A1 与 A2", "\toverlap"))
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportCsv.findings("2024-2025-1", LocalDate.of(2025, 1, 12), List.of(finding), out, false);
    List<List<String>> rows = rows(out);
    assertThat(rows.get(0)).isEqualTo(ReportCsv.FINDING_COLUMNS);
    assertThat(column(rows, "subject")).containsExactly("'@C001");
    assertThat(column(rows, "activities")).containsExactly("'=A1;A2");
    assertThat(column(rows, "explanation_zh")).containsExactly("时间重叠：A1 与 A2");
    assertThat(column(rows, "explanation_en")).containsExactly("'\toverlap");
    assertThat(column(rows, "rule_zh")).containsExactly("时间重叠");
  }

  @Test
  void findingsOfAnIntegrityReportAreWritten() {
    Dataset folder = new CsvDatasetReader().read(Folder.valid().writeTo(temp));
    Dataset overlapping =
        Dataset.builder()
            .from(folder)
            .addActivities(
                Activity.builder()
                    .activityId("A4")
                    .cadreId("C001")
                    .type(ActivityType.FACE_TO_FACE)
                    .start(LocalDateTime.of(2024, 9, 10, 8, 30))
                    .minutes(30)
                    .venue(Venue.CLASSROOM)
                    .recordedAt(LocalDateTime.of(2024, 9, 10, 10, 0))
                    .build())
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportCsv.findings(
        IntegrityChecker.defaults().check(overlapping, "2024-2025-1", LocalDate.of(2025, 1, 12)),
        out,
        false);
    List<List<String>> rows = rows(out);
    assertThat(column(rows, "rule")).contains("OVERLAP");
    assertThat(column(rows, "term")).containsOnly("2024-2025-1");
  }

  @Test
  void feedbackItemsCsvNeutralisesFormulaCells() {
    Dataset data = new CsvDatasetReader().read(Folder.valid().writeTo(temp));
    Feedback evil =
        Feedback.builder()
            .feedbackId("+F9")
            .channel(FeedbackChannel.ONLINE)
            .unitId("XG")
            .receivedAt(LocalDateTime.of(2024, 10, 8, 9, 0))
            .category(EVIL)
            .build();
    AcademicCalendar calendar =
        AcademicCalendar.builder()
            .terms(data.terms())
            .breaks(data.breaks())
            .workdays(data.workdays())
            .clock(Clock.fixed(Instant.parse("2025-01-12T00:00:00Z"), ZoneOffset.UTC))
            .build();
    FeedbackReport report =
        FeedbackReport.of(
            List.of(data.feedback().get(0), data.feedback().get(1), evil),
            data.orgUnits(),
            calendar,
            calendar.requireTerm("2024-2025-1"),
            LocalDate.of(2025, 1, 12),
            FeedbackDeadlines.DEFAULT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportCsv.feedbackItems(report, out, false);
    List<List<String>> rows = rows(out);
    assertThat(rows.get(0)).isEqualTo(ReportCsv.FEEDBACK_COLUMNS);
    assertThat(column(rows, "feedback_id")).containsExactlyInAnyOrder("F1", "F2", "'+F9");
    assertThat(column(rows, "category")).contains("宿舍", "'" + EVIL);
    assertThat(column(rows, "status_zh")).allMatch(s -> !s.isBlank());
    assertThat(column(rows, "explanation_zh")).allMatch(s -> !s.isBlank());
  }

  @Test
  void leadsCsvNeutralisesFormulaCellsAndListsTheEvidence() {
    AccountabilityLead lead =
        new AccountabilityLead(
            AccountabilityLead.Kind.NOT_IN_PLACE,
            "C001",
            "=王校长",
            "U",
            ImmutableList.of(
                new Evidence(
                    Evidence.Kind.VERDICT,
                    "2024-2025-1",
                    "III.1.3-weekly-contact",
                    "三、1.(3)",
                    "SHORTFALL",
                    ImmutableList.of("A17", "A18"),
                    Explanation.of("每周至少一次", "weekly")),
                new Evidence(
                    Evidence.Kind.FINDING,
                    "2024-2025-1",
                    "OVERLAP",
                    "四、4",
                    "CONFIRMED",
                    ImmutableList.of("A18", "A19"),
                    Explanation.of("时间重叠", "overlap"))),
            Explanation.of("+不到位：校领导每周联系学生未达标", "-not in place"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportCsv.leads("2024-2025-1", LocalDate.of(2025, 1, 12), List.of(lead), out, true);
    List<List<String>> rows = rows(out);
    assertThat(rows.get(0)).isEqualTo(ReportCsv.LEAD_COLUMNS);
    assertThat(column(rows, "kind_zh")).containsExactly("不到位");
    assertThat(column(rows, "name")).containsExactly("'=王校长");
    assertThat(column(rows, "evidence"))
        .containsExactly(
            "2024-2025-1/III.1.3-weekly-contact/SHORTFALL;2024-2025-1/OVERLAP/CONFIRMED");
    assertThat(column(rows, "clauses")).containsExactly("三、1.(3);四、4");
    assertThat(column(rows, "activities")).containsExactly("A17;A18;A19");
    assertThat(column(rows, "explanation_zh")).containsExactly("'+不到位：校领导每周联系学生未达标");
    assertThat(column(rows, "explanation_en")).containsExactly("'-not in place");
  }
}
