package org.lianxi.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.memory.InMemoryFacts;
import org.lianxi.core.port.out.Facts;

/**
 * How the port contracts run against the CSV adapter: the dataset is written as a folder of fact
 * files into a new directory and read back, and the ports are the in-memory ones over what was
 * read. So every contract checks that the formats carry each fact exactly.
 */
final class CsvFolderFacts {
  private CsvFolderFacts() {}

  static Facts factsWith(Dataset dataset, Path parent) {
    try {
      Path folder = Files.createTempDirectory(parent, "dataset");
      new CsvDatasetWriter().write(dataset, folder);
      return InMemoryFacts.factsOf(new CsvDatasetReader().read(folder));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
