package org.lianxi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.evaluation.FindingView;
import org.lianxi.core.integrity.IntegrityChecker;
import org.lianxi.core.integrity.IntegrityReport;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.report.TermAudit;
import org.lianxi.csv.ReportCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lianxi audit}: the integrity findings of a term only. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "List the integrity findings (疑点) of a term, with their review state.")
final class AuditCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    text,
    json,
    csv
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @ParentCommand Lianxi root;
  @Spec CommandSpec spec;
  @Mixin SourceOptions source;
  @Mixin PolicyOption policyOption;
  @Mixin OutputOption output;

  @Option(
      names = "--term",
      required = true,
      paramLabel = "TERM_ID",
      description = "e.g. 2024-2025-1")
  String termId;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "check up to the end of this day (default: today, at most the term's last day)")
  LocalDate asOf;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
  Format format;

  @Override
  public Integer call() {
    Console console = root.console;
    Clock clock = Clock.system(AcademicCalendar.DEFAULT_ZONE);
    Policy policy = policyOption.load();
    try (SourceOptions.Loaded loaded = source.load(console, spec)) {
      Terms at = Terms.of(loaded.dataset(), termId, asOf, clock);
      long start = System.nanoTime();
      IntegrityReport report =
          IntegrityChecker.of(policy.integrity()).check(loaded.dataset(), at.term(), at.asOf());
      console.progress(
          "%d findings in %s as of %s (%s)",
          report.findings().size(), at.term().termId(), at.asOf(), Console.since(start));
      switch (format) {
        case json ->
            output.write(
                console,
                out ->
                    out.write(
                        (JSON.writeValueAsString(json(policy, report)) + "\n")
                            .getBytes(StandardCharsets.UTF_8)));
        case csv -> output.write(console, out -> ReportCsv.findings(report, out, output.toFile()));
        default ->
            output.write(
                console,
                out ->
                    out.write(
                        new TextReport(loaded.dataset())
                            .findings(report.findings())
                            .getBytes(StandardCharsets.UTF_8)));
      }
      return 0;
    }
  }

  /** The findings in the shape of SPEC §6's {@code findings}, with the policy, term and as-of. */
  private static ObjectNode json(Policy policy, IntegrityReport report) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode p = root.putObject("policy");
    p.put("id", policy.id());
    p.put("version", policy.version());
    p.put("sha256", policy.contentHash());
    root.put("term", report.term().termId());
    root.put("as_of", report.asOf().toString());
    ArrayNode findings = root.putArray("findings");
    for (FindingView f : TermAudit.findingViews(report.findings())) {
      ObjectNode n = findings.addObject();
      n.put("rule", f.rule().name());
      n.put("severity", f.severity().name());
      n.put("subject", f.subject());
      ArrayNode ids = n.putArray("activities");
      f.activityIds().forEach(ids::add);
      n.put("state", f.state().name());
      ObjectNode x = n.putObject("explanation");
      x.put("zh", f.explanation().zh());
      x.put("en", f.explanation().en());
    }
    return root;
  }
}
