package org.lianxi.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.document.EvaluationJson;
import org.lianxi.core.document.HtmlReport;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.port.in.AssessTermUseCase;
import org.lianxi.core.port.in.Assessment;
import org.lianxi.core.report.AccountabilityReport;
import org.lianxi.core.report.Reports;
import org.lianxi.csv.ReportCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lianxi evaluate}: every verdict and finding of a term. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate a term: one verdict per obligation and subject, and the integrity findings.",
      "Shortfalls are results: the exit status is 0."
    })
final class EvaluateCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    text,
    json,
    csv,
    html
  }

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
      description =
          "evaluate up to the end of this day (default: today, at most the term's last day)")
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
      console.progress(
          "evaluating %s as of %s under %s ...", at.term().termId(), at.asOf(), policy.id());
      if (format == Format.html) {
        AccountabilityReport report =
            Reports.of(policy, loaded.dataset(), clock).report(at.term().termId(), at.asOf());
        console.progress(
            "%d verdicts, %d findings, %d accountability leads (%s)",
            report.verdicts().size(),
            report.findings().size(),
            report.leads().size(),
            Console.since(start));
        output.write(console, out -> HtmlReport.of(policy, loaded.dataset(), report).write(out));
        return 0;
      }
      Assessment a =
          AssessTermUseCase.using(loaded.facts(), clock)
              .assess(policy, at.term().termId(), at.asOf());
      console.progress(
          "%d verdicts, %d findings (%s)",
          a.evaluation().verdicts().size(), a.integrity().findings().size(), Console.since(start));
      switch (format) {
        case json ->
            output.write(
                console, out -> EvaluationJson.write(a.evaluation(), a.findingViews(), out));
        case csv ->
            output.write(console, out -> ReportCsv.verdicts(a.evaluation(), out, output.toFile()));
        default ->
            output.write(
                console,
                out ->
                    out.write(
                        new TextReport(loaded.dataset())
                            .full(a.evaluation(), a.integrity().findings())
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      }
      return 0;
    }
  }
}
