package org.lianxi.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.Callable;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.document.HtmlReport;
import org.lianxi.core.document.PolicyDocuments;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Term;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.port.in.AssessTermUseCase;
import org.lianxi.core.port.in.Assessment;
import org.lianxi.core.report.AccountabilityReport;
import org.lianxi.core.report.Reports;
import org.lianxi.core.sample.SampleData;
import org.lianxi.core.sample.SampleUniversity;
import org.lianxi.jdbc.JdbcLianxi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lianxi demo}: the demo university in an embedded H2 database, its latest term evaluated
 * with soochow-2019-95, a summary per tier and an HTML report.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate the demo university: a summary per tier and an HTML report.",
      "The demo university 苏州示范大学 has 15 university leaders, 20 functional departments and"
          + " 25 colleges, two terms of activities with planted shortfalls and integrity patterns.",
      "The first run builds an H2 database in DIR; later runs reuse it. Its latest term is"
          + " evaluated with soochow-2019-95 as of the term's last day; the report goes to"
          + " DIR/report.html."
    })
final class DemoCommand implements Callable<Integer> {
  @ParentCommand Lianxi root;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      defaultValue = "lianxi-demo",
      description = "where the database and report go (default ./${DEFAULT-VALUE})")
  Path dir;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "2024",
      description =
          "the demo university's seed when the database is built (default ${DEFAULT-VALUE})")
  long seed;

  @Override
  public Integer call() {
    Console console = root.console;
    Clock clock = Clock.system(AcademicCalendar.DEFAULT_ZONE);
    Policy policy = PolicyDocuments.shipped(PolicyOption.DEFAULT);
    Path file = dir.resolve("lianxi");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean existed = Database.h2Exists(file);
    String url = Database.h2Url(file);
    try (Database db = Database.open(url, null, null)) {
      JdbcLianxi lianxi = db.lianxi().migrate();
      if (existed && !lianxi.facts().calendar().terms().isEmpty()) {
        console.progress(
            "reusing the demo database %s.mv.db (delete %s to build it again)", file, dir);
      } else {
        build(console, lianxi);
      }
      Dataset dataset = lianxi.snapshot();
      Term term =
          dataset.terms().stream()
              .max(Comparator.comparing(Term::startsOn))
              .orElseThrow(() -> new CliFailure("the demo database holds no term"));

      long start = System.nanoTime();
      console.progress(
          "evaluating %s as of %s under %s ...", term.termId(), term.endsOn(), policy.id());
      Assessment a =
          AssessTermUseCase.using(lianxi.facts(), clock)
              .assess(policy, term.termId(), term.endsOn());
      console.progress(
          "%d verdicts, %d findings (%s)",
          a.evaluation().verdicts().size(), a.integrity().findings().size(), Console.since(start));

      start = System.nanoTime();
      console.progress("writing the report (accountability outputs over every term) ...");
      AccountabilityReport report =
          Reports.of(policy, dataset, clock).report(term.termId(), term.endsOn());
      Path html = dir.resolve("report.html");
      try (OutputStream out = Files.newOutputStream(html)) {
        HtmlReport.of(policy, dataset, report).write(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      console.progress("wrote %s (%s)", html, Console.since(start));

      TextReport text = new TextReport(dataset);
      console.out().print(text.heading(a.evaluation()));
      console.out().println();
      console.out().print(text.summary(a.evaluation().verdicts(), a.integrity().findings()));
      console.out().println();
      console.out().println("报告 report: " + html);
      console.out().println("数据库 database: " + url);
      console.out().println("下一步 next:");
      console
          .out()
          .println(
              "  lianxi evaluate --jdbc " + url + " --term " + term.termId() + " --format text");
      console.out().println("  lianxi audit --jdbc " + url + " --term " + term.termId());
      console.out().println("  lianxi verify --jdbc " + url);
      console.out().flush();
      return 0;
    }
  }

  private void build(Console console, JdbcLianxi lianxi) {
    long start = System.nanoTime();
    console.progress("building the demo university (seed %d) ...", seed);
    SampleData sample = SampleUniversity.demo(seed);
    Dataset d = sample.dataset();
    console.progress(
        "generated %d cadres, %d contact units, %d activities, %d feedback items (%s)",
        d.cadres().size(),
        d.contactUnits().size(),
        d.activities().size(),
        d.feedback().size(),
        Console.since(start));
    start = System.nanoTime();
    console.progress("importing into %s ...", dir.resolve("lianxi.mv.db"));
    lianxi.importDataset(d);
    console.progress("imported (%s)", Console.since(start));
  }
}
