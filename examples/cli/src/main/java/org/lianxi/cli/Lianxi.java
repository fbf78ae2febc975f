package org.lianxi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.lianxi.core.document.PolicyDocuments;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.csv.CsvError;
import org.lianxi.csv.CsvImportException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParseResult;

/**
 * The {@code lianxi} command (SPEC §6). Exit status 0 on success (shortfalls are results), 2 on bad
 * arguments or bad input (a message naming file, line and value; never a stack trace), 3 when
 * {@code verify} finds the activity log's chain broken.
 */
@Command(
    name = "lianxi",
    mixinStandardHelpOptions = true,
    versionProvider = Lianxi.Version.class,
    description = {
      "联系 Lianxi: leading cadres' contact with students, evaluated against a policy.",
      "Results go to stdout (or --out) in UTF-8; progress and errors to stderr."
    },
    subcommands = {
      DemoCommand.class,
      EvaluateCommand.class,
      ImportCommand.class,
      AuditCommand.class,
      PolicyCommand.class,
      VerifyCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      " 0:success (shortfalls are results, not failures)",
      " 2:bad arguments or bad input",
      " 3:verify found the activity log's hash chain broken"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  lianxi demo",
      "  lianxi evaluate --data examples/sample-university --term 2024-2025-2 --format html --out"
          + " report.html",
      "  lianxi import --data examples/sample-university --jdbc jdbc:h2:./lianxi-db",
      "  lianxi verify --jdbc jdbc:h2:./lianxi-db"
    })
public final class Lianxi implements Callable<Integer> {
  /** Bad arguments or bad input. */
  static final int BAD_INPUT = 2;

  /** The activity log's chain is broken. */
  static final int CHAIN_BROKEN = 3;

  /** Anything unexpected (a bug): still a message, not a stack trace. */
  static final int INTERNAL = 1;

  final Console console;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  Lianxi(Console console) {
    this.console = console;
  }

  /** Without a subcommand: the usage on stderr, and status 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return BAD_INPUT;
  }

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(Console.system(), args));
  }

  /** Runs the command, writing to {@code console}; returns the exit status. */
  static int run(Console console, String... args) {
    CommandLine cmd = new CommandLine(new Lianxi(console), new Factory(console));
    cmd.setOut(new PrintWriter(console.out(), true, StandardCharsets.UTF_8));
    cmd.setErr(new PrintWriter(console.err(), true, StandardCharsets.UTF_8));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionExceptionHandler(new Failures(console));
    int status = cmd.execute(args);
    console.out().flush();
    console.err().flush();
    return status;
  }

  /** Maps library errors to exit statuses and one-paragraph messages. */
  private record Failures(Console console) implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
      console.err().println("lianxi " + cmd.getCommandName() + ": " + message(e));
      if (System.getenv("LIANXI_STACKTRACE") != null) {
        e.printStackTrace(console.err());
      }
      return e instanceof LianxiException
              || e instanceof CliFailure
              || e instanceof UncheckedIOException
              || e instanceof IOException
          ? BAD_INPUT
          : INTERNAL;
    }

    private static String message(Exception e) {
      if (e instanceof CsvImportException csv) {
        return csvMessage(csv, null);
      }
      if (e instanceof LianxiException || e instanceof CliFailure) {
        return e.getMessage();
      }
      if (e instanceof UncheckedIOException io) {
        return "cannot read or write: " + io.getCause();
      }
      return "internal error (" + e + "); set LIANXI_STACKTRACE=1 for details";
    }
  }

  /**
   * The errors of a CSV import, one per line, each naming file (within {@code folder}), line,
   * column and value.
   */
  static String csvMessage(CsvImportException e, Path folder) {
    StringBuilder s =
        new StringBuilder()
            .append("the data does not import (")
            .append(e.errors().size())
            .append(e.errors().size() == 1 ? " error" : " errors")
            .append(e.capped() ? ", reading stopped at the cap" : "")
            .append("); nothing was read:");
    for (CsvError error : e.errors()) {
      s.append("\n  ");
      if (folder == null) {
        s.append(error);
      } else {
        s.append(folder.resolve(error.file()))
            .append(error.toString().substring(error.file().length()));
      }
    }
    return s.toString();
  }

  /** Creates the subcommands with the console. */
  private record Factory(Console console) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == Lianxi.class) {
        return type.cast(new Lianxi(console));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  /** The version of the command and the policies it ships. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "lianxi " + version(),
        "policies: " + String.join(", ", PolicyDocuments.SHIPPED),
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")"
      };
    }
  }

  static String version() {
    Properties p = new Properties();
    try (InputStream in = Lianxi.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "unknown");
  }
}
