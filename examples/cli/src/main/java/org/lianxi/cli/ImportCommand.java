package org.lianxi.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.integrity.ChainHead;
import org.lianxi.jdbc.JdbcLianxi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code lianxi import}: a dataset folder into a database, all or nothing. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import a dataset folder into a database (H2, PostgreSQL, MariaDB).",
      "All or nothing. Creates or updates the tables; re-importing the same folder changes"
          + " nothing. Prints the activity log's chain head: keep it, and check later with"
          + " 'lianxi verify --head'."
    })
final class ImportCommand implements Callable<Integer> {
  @ParentCommand Lianxi root;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "a dataset folder")
  Path data;

  @Option(
      names = "--jdbc",
      required = true,
      paramLabel = "URL",
      description = "e.g. jdbc:h2:./lianxi-db, jdbc:postgresql://host/db, jdbc:mariadb://host/db")
  String jdbc;

  @Option(names = "--user", paramLabel = "U", description = "database user")
  String user;

  @Option(names = "--password", paramLabel = "P", description = "database password")
  String password;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      defaultValue = "UTF-8",
      description = "encoding of the CSV files: UTF-8 (default) or GBK")
  Charset encoding;

  @Override
  public Integer call() {
    Console console = root.console;
    Dataset dataset = SourceOptions.readFolder(data, encoding, console);
    try (Database db = Database.open(jdbc, user, password)) {
      long start = System.nanoTime();
      console.progress("importing into %s ...", jdbc);
      JdbcLianxi lianxi = db.lianxi().migrate();
      ChainHead head = lianxi.importDataset(dataset);
      console.progress("imported (%s)", Console.since(start));
      console
          .out()
          .printf(
              "imported %s into %s: %d org units, %d cadres, %d contact units, %d assignments,"
                  + " %d terms, %d activities, %d feedback items, %d reviews%n",
              data,
              jdbc,
              dataset.orgUnits().size(),
              dataset.cadres().size(),
              dataset.contactUnits().size(),
              dataset.assignments().size(),
              dataset.terms().size(),
              dataset.activities().size(),
              dataset.feedback().size(),
              dataset.reviews().size());
      console.out().println("chain head " + head);
      console.out().flush();
      return 0;
    }
  }
}
