package org.lianxi.csv;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lianxi.core.evaluation.Evaluation;
import org.lianxi.core.evaluation.ExcludedActivity;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.integrity.Finding;
import org.lianxi.core.integrity.IntegrityReport;
import org.lianxi.core.report.AccountabilityLead;
import org.lianxi.core.report.AccountabilityReport;
import org.lianxi.core.report.Evidence;
import org.lianxi.core.report.FeedbackItem;
import org.lianxi.core.report.FeedbackReport;

/**
 * Report CSVs for people — verdicts, integrity findings, feedback items, accountability leads —
 * written with {@link ExcelSafeCsvWriter}: UTF-8 (optionally with a byte-order mark for Excel),
 * every cell that could start a formula neutralised, Chinese text intact, each row explained in
 * Chinese and English. Lists (activity ids, units, missing weeks) are {@code ;}-separated. The
 * stream is flushed, not closed.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportCsv {
  static final List<String> VERDICT_COLUMNS =
      List.of(
          "policy",
          "term",
          "as_of",
          "subject",
          "university",
          "obligation",
          "clause",
          "strength",
          "basis",
          "status",
          "status_zh",
          "required",
          "achieved",
          "activities",
          "units",
          "feedback",
          "excluded",
          "missing",
          "explanation_zh",
          "explanation_en");

  static final List<String> FINDING_COLUMNS =
      List.of(
          "term",
          "as_of",
          "rule",
          "rule_zh",
          "severity",
          "subject",
          "activities",
          "state",
          "state_zh",
          "explanation_zh",
          "explanation_en");

  static final List<String> FEEDBACK_COLUMNS =
      List.of(
          "term",
          "as_of",
          "feedback_id",
          "channel",
          "unit_id",
          "category",
          "received_at",
          "acknowledged_at",
          "closed_at",
          "acknowledge_by",
          "close_by",
          "status",
          "status_zh",
          "acknowledgement_late",
          "explanation_zh",
          "explanation_en");

  static final List<String> LEAD_COLUMNS =
      List.of(
          "term",
          "as_of",
          "kind",
          "kind_zh",
          "subject",
          "name",
          "university",
          "evidence",
          "clauses",
          "activities",
          "explanation_zh",
          "explanation_en");

  private ReportCsv() {}

  /** One row per verdict of the evaluation. */
  public static void verdicts(Evaluation evaluation, OutputStream out, boolean bom) {
    try (ExcelSafeCsvWriter w =
        ExcelSafeCsvWriter.open(shield(out), "verdicts.csv", bom, VERDICT_COLUMNS)) {
      for (Verdict v : evaluation.verdicts()) {
        w.row(
            evaluation.policyId(),
            evaluation.termId(),
            date(evaluation.asOf()),
            v.subject(),
            v.university(),
            v.obligationId(),
            v.clause(),
            v.strength().name(),
            v.basis().name(),
            v.status().name(),
            v.status().zh(),
            Integer.toString(v.required()),
            Integer.toString(v.achieved()),
            String.join(";", v.activityIds()),
            String.join(";", v.unitIds()),
            String.join(";", v.feedbackIds()),
            v.excluded().stream()
                .map(ExcludedActivity::activityId)
                .collect(Collectors.joining(";")),
            String.join(";", v.missing()),
            v.explanation().zh(),
            v.explanation().en());
      }
    }
  }

  /** One row per finding of the integrity report. */
  public static void findings(IntegrityReport report, OutputStream out, boolean bom) {
    findings(report.term().termId(), report.asOf(), report.findings(), out, bom);
  }

  /** One row per finding, for a term at an as-of day. */
  public static void findings(
      String termId, LocalDate asOf, Collection<Finding> findings, OutputStream out, boolean bom) {
    try (ExcelSafeCsvWriter w =
        ExcelSafeCsvWriter.open(shield(out), "findings.csv", bom, FINDING_COLUMNS)) {
      for (Finding f : findings) {
        w.row(
            termId,
            date(asOf),
            f.rule().name(),
            f.rule().zh(),
            f.severity().name(),
            f.subject(),
            String.join(";", f.activityIds()),
            f.state().name(),
            f.state().zh(),
            f.explanation().zh(),
            f.explanation().en());
      }
    }
  }

  /** One row per feedback item of the report (every item received in the term window). */
  public static void feedbackItems(FeedbackReport report, OutputStream out, boolean bom) {
    try (ExcelSafeCsvWriter w =
        ExcelSafeCsvWriter.open(shield(out), "feedback_items.csv", bom, FEEDBACK_COLUMNS)) {
      for (FeedbackItem i : report.items()) {
        w.row(
            report.term().termId(),
            date(report.asOf()),
            i.feedback().feedbackId(),
            i.feedback().channel().name(),
            i.feedback().unitId(),
            i.feedback().category(),
            time(Optional.of(i.feedback().receivedAt())),
            time(i.feedback().acknowledgedAt()),
            time(i.feedback().closedAt()),
            date(i.acknowledgeBy()),
            date(i.closeBy()),
            i.status().name(),
            i.status().zh(),
            Boolean.toString(i.acknowledgementLate()),
            i.explanation().zh(),
            i.explanation().en());
      }
    }
  }

  /** One row per accountability lead (追责问责线索) of the report. */
  public static void leads(AccountabilityReport report, OutputStream out, boolean bom) {
    leads(report.termId(), report.asOf(), report.leads(), out, bom);
  }

  /**
   * One row per accountability lead, for a term at an as-of day. {@code evidence} lists each
   * verdict or finding as {@code term/obligation-or-rule/status}, latest first.
   */
  public static void leads(
      String termId,
      LocalDate asOf,
      Collection<AccountabilityLead> leads,
      OutputStream out,
      boolean bom) {
    try (ExcelSafeCsvWriter w =
        ExcelSafeCsvWriter.open(shield(out), "leads.csv", bom, LEAD_COLUMNS)) {
      for (AccountabilityLead l : leads) {
        w.row(
            termId,
            date(asOf),
            l.kind().name(),
            l.kind().zh(),
            l.subject(),
            l.name(),
            l.university(),
            l.evidence().stream()
                .map(e -> e.termId() + "/" + e.reference() + "/" + e.status())
                .collect(Collectors.joining(";")),
            l.evidence().stream().map(Evidence::clause).distinct().collect(Collectors.joining(";")),
            l.evidence().stream()
                .flatMap(e -> e.activityIds().stream())
                .distinct()
                .collect(Collectors.joining(";")),
            l.explanation().zh(),
            l.explanation().en());
      }
    }
  }

  private static String date(LocalDate d) {
    return Values.date(d);
  }

  /** To the second (a report is for people; fractions of a second are dropped). */
  private static String time(Optional<LocalDateTime> t) {
    return t.map(v -> Values.dateTime(v.truncatedTo(ChronoUnit.SECONDS))).orElse("");
  }

  /** The stream, kept open when the writer closes (flushed instead). */
  private static OutputStream shield(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
