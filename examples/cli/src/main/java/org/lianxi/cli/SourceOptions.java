package org.lianxi.cli;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.memory.InMemoryFacts;
import org.lianxi.core.port.out.Facts;
import org.lianxi.csv.CsvDatasetReader;
import org.lianxi.csv.CsvImportException;
import org.lianxi.csv.CsvOptions;
import org.lianxi.jdbc.JdbcLianxi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Where the facts come from: a dataset folder (SPEC §5) or a database. */
final class SourceOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "a dataset folder of CSV files (SPEC §5)")
  Path data;

  @Option(
      names = "--jdbc",
      paramLabel = "URL",
      description = "a database filled by 'lianxi import', e.g. jdbc:h2:./lianxi-db")
  String jdbc;

  @Option(names = "--user", paramLabel = "U", description = "database user")
  String user;

  @Option(names = "--password", paramLabel = "P", description = "database password")
  String password;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      defaultValue = "UTF-8",
      description = "encoding of the CSV files: UTF-8 (default, a BOM is accepted) or GBK")
  Charset encoding;

  /** The facts, read once; close it to release a database. */
  record Loaded(Dataset dataset, Facts facts, Database database) implements AutoCloseable {
    @Override
    public void close() {
      if (database != null) {
        database.close();
      }
    }
  }

  /** Exactly one of --data and --jdbc. */
  void requireOne(CommandSpec spec) {
    if ((data == null) == (jdbc == null)) {
      throw new ParameterException(
          spec.commandLine(), "give exactly one of --data DIR and --jdbc URL");
    }
  }

  Loaded load(Console console, CommandSpec spec) {
    requireOne(spec);
    if (data != null) {
      Dataset dataset = readFolder(data, encoding, console);
      return new Loaded(dataset, InMemoryFacts.factsOf(dataset), null);
    }
    long start = System.nanoTime();
    Database db = Database.open(jdbc, user, password);
    try {
      JdbcLianxi lianxi = db.lianxi();
      Dataset dataset = lianxi.snapshot();
      console.progress(
          "read %s: %d cadres, %d activities (%s)",
          jdbc, dataset.cadres().size(), dataset.activities().size(), Console.since(start));
      return new Loaded(dataset, lianxi.facts(), db);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** Reads a dataset folder, or fails naming every bad file, line, column and value. */
  static Dataset readFolder(Path folder, Charset encoding, Console console) {
    if (!Files.isDirectory(folder)) {
      throw new CliFailure("--data " + folder + ": no such folder");
    }
    long start = System.nanoTime();
    console.progress("reading %s (%s) ...", folder, encoding.name());
    try {
      Dataset dataset =
          new CsvDatasetReader(CsvOptions.defaults().withEncoding(encoding)).read(folder);
      console.progress(
          "read %s: %d cadres, %d activities (%s)",
          folder, dataset.cadres().size(), dataset.activities().size(), Console.since(start));
      return dataset;
    } catch (CsvImportException e) {
      throw new CliFailure("--data " + folder + ": " + Lianxi.csvMessage(e, folder), e);
    }
  }
}
