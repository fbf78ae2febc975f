package org.lianxi.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.LianxiTheories.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.memory.InMemoryFacts;
import org.lianxi.core.testkit.DomainGenerators;

class CsvRoundTripProperties {
  private final CsvDatasetWriter writer = new CsvDatasetWriter();
  private final CsvDatasetReader reader = new CsvDatasetReader();

  @Test
  void writtenDatasetsReadBackEqual() {
    qt().forAll(DatasetGen.datasets())
        .checkAssert(
            dataset -> {
              Path folder = temp();
              try {
                writer.write(dataset, folder);
                assertThat(reader.read(folder)).isEqualTo(dataset);
              } finally {
                delete(folder);
              }
            });
  }

  @Test
  void readWriteReadGivesEqualFactsAndTheSameBytes() {
    qt().forAll(DatasetGen.datasets())
        .checkAssert(
            dataset -> {
              Path first = temp();
              Path second = temp();
              try {
                writer.write(dataset, first);
                Dataset read = reader.read(first);
                writer.write(read, second);
                Dataset again = reader.read(second);
                assertThat(InMemoryFacts.factsOf(again).snapshot())
                    .isEqualTo(InMemoryFacts.factsOf(read).snapshot());
                for (FactFile f : FactFile.values()) {
                  assertThat(Files.readAllBytes(second.resolve(f.fileName())))
                      .as(f.fileName())
                      .isEqualTo(Files.readAllBytes(first.resolve(f.fileName())));
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              } finally {
                delete(first);
                delete(second);
              }
            });
  }

  @Test
  void theTestKitsDatasetsReadBackEqual() {
    qt().forAll(DomainGenerators.datasets())
        .checkAssert(
            dataset -> {
              Path folder = temp();
              try {
                writer.write(dataset, folder);
                assertThat(reader.read(folder)).isEqualTo(dataset);
              } finally {
                delete(folder);
              }
            });
  }

  @Test
  void gb18030RoundTripsEveryText() {
    CsvOptions gb = CsvOptions.defaults().withEncoding(Charset.forName("GB18030"));
    qt().forAll(DatasetGen.datasets())
        .checkAssert(
            dataset -> {
              Path folder = temp();
              try {
                new CsvDatasetWriter(gb).write(dataset, folder);
                assertThat(new CsvDatasetReader(gb).read(folder)).isEqualTo(dataset);
              } finally {
                delete(folder);
              }
            });
  }

  static Path temp() {
    try {
      return Files.createTempDirectory("lianxi-csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
