package org.lianxi.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Term;
import org.lianxi.core.sample.SampleUniversity;
import org.lianxi.csv.CsvDatasetReader;
import org.lianxi.csv.CsvDatasetWriter;
import org.lianxi.csv.CsvOptions;

/**
 * The dataset folders the tests read: the committed {@code examples/sample-university} (written
 * from it when the folder is not there yet) and the small university, each written once per JVM
 * under {@code target/}.
 */
final class Samples {
  static final Path TARGET = Path.of("target");
  private static final Path COMMITTED = Path.of("..", "sample-university");

  private Samples() {}

  /** {@code examples/sample-university}, or the same demo university written under target. */
  static synchronized Path sampleUniversity() {
    if (Files.isRegularFile(COMMITTED.resolve("activities.csv"))) {
      return COMMITTED;
    }
    Path folder = TARGET.resolve("sample-university");
    if (!Files.isRegularFile(folder.resolve("activities.csv"))) {
      new CsvDatasetWriter().write(SampleUniversity.demo(2024).dataset(), folder);
    }
    return folder;
  }

  /** The small university (ten cadres, one term) as a UTF-8 folder. */
  static synchronized Path small() {
    Path folder = TARGET.resolve("small-university");
    if (!Files.isRegularFile(folder.resolve("activities.csv"))) {
      new CsvDatasetWriter().write(SampleUniversity.small(11).dataset(), folder);
    }
    return folder;
  }

  /** The small university in GBK. */
  static synchronized Path smallGbk() {
    Path folder = TARGET.resolve("small-university-gbk");
    if (!Files.isRegularFile(folder.resolve("activities.csv"))) {
      new CsvDatasetWriter(
              CsvOptions.defaults().withEncoding(java.nio.charset.Charset.forName("GBK")))
          .write(SampleUniversity.small(11).dataset(), folder);
    }
    return folder;
  }

  /** The latest term of a folder. */
  static Term latestTerm(Path folder) {
    Dataset d = new CsvDatasetReader().read(folder);
    return d.terms().stream().max(Comparator.comparing(Term::startsOn)).orElseThrow();
  }

  /** A fresh copy of a folder under target, named {@code name}. */
  static Path copy(Path folder, String name) {
    Path to = TARGET.resolve(name);
    delete(to);
    try (Stream<Path> files = Files.list(folder)) {
      Files.createDirectories(to);
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }

  /** Deletes a file or folder tree if it exists. */
  static void delete(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> all = Files.walk(path)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh H2 file database under target (any old one deleted). */
  static String freshH2(String name) {
    Path dir = TARGET.resolve("db-" + name);
    delete(dir);
    return Database.h2Url(dir.resolve("lianxi"));
  }
}
