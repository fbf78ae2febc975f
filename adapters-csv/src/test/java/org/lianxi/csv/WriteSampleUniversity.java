package org.lianxi.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.lianxi.core.sample.SampleUniversity;

/**
 * Regenerates {@code examples/sample-university/}: the demo university of the sample generator
 * ({@code SampleUniversity.demo(2024)}) written as fact files (UTF-8, no BOM) with {@link
 * CsvDatasetWriter}. {@code SampleUniversityFolderTest} fails when the folder and the generator
 * drift apart; then run this (from the repository root, after {@code mvn -B -q -pl adapters-csv -am
 * test-compile}) and commit the folder. The folder's README is kept.
 *
 * <p>Usage: {@code WriteSampleUniversity [folder]} (default {@code examples/sample-university}).
 */
public final class WriteSampleUniversity {
  /** The seed of the committed sample. */
  static final long SEED = 2024;

  private WriteSampleUniversity() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "examples/sample-university");
    Files.createDirectories(folder);
    try (Stream<Path> old = Files.list(folder)) {
      for (Path p : old.filter(p -> p.toString().endsWith(".csv")).toList()) {
        Files.delete(p);
      }
    }
    new CsvDatasetWriter().write(SampleUniversity.demo(SEED).dataset(), folder);
  }
}
