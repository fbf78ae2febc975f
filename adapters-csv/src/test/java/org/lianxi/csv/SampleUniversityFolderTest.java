package org.lianxi.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.memory.InMemoryFacts;
import org.lianxi.core.sample.SampleUniversity;

/**
 * The committed sample folder {@code examples/sample-university/} is exactly the sample generator's
 * demo university (seed 2024), so the two cannot drift apart (regenerate with {@link
 * WriteSampleUniversity}); and it reads the same from GBK and BOM-prefixed copies.
 */
class SampleUniversityFolderTest {
  static final Path FOLDER = Path.of("..", "examples", "sample-university");
  private static final Dataset SAMPLE = SampleUniversity.demo(WriteSampleUniversity.SEED).dataset();

  @TempDir Path temp;

  private static Dataset sample() {
    return SAMPLE;
  }

  @Test
  void theFolderReadsBackAsTheGeneratorsDemoUniversity() {
    Dataset read = new CsvDatasetReader().read(FOLDER);
    assertThat(read).isEqualTo(sample());
    assertThat(InMemoryFacts.factsOf(read).snapshot()).isEqualTo(sample());
  }

  @Test
  void theFolderIsWhatTheWriterWritesByteForByte() throws Exception {
    new CsvDatasetWriter().write(sample(), temp);
    for (FactFile f : FactFile.values()) {
      assertThat(Files.readAllBytes(FOLDER.resolve(f.fileName())))
          .as(f.fileName())
          .isEqualTo(Files.readAllBytes(temp.resolve(f.fileName())));
    }
  }

  @Test
  void aGbkCopyReadWithTheGbkOptionGivesEqualFacts() throws Exception {
    Charset gbk = Charset.forName("GBK");
    for (FactFile f : FactFile.values()) {
      String text = Files.readString(FOLDER.resolve(f.fileName()), StandardCharsets.UTF_8);
      Files.write(temp.resolve(f.fileName()), text.getBytes(gbk));
    }
    assertThat(Files.readAllBytes(temp.resolve("org_units.csv")))
        .isNotEqualTo(Files.readAllBytes(FOLDER.resolve("org_units.csv")));
    Dataset fromGbk = new CsvDatasetReader(CsvOptions.defaults().withEncoding(gbk)).read(temp);
    assertThat(InMemoryFacts.factsOf(fromGbk).snapshot())
        .isEqualTo(InMemoryFacts.factsOf(new CsvDatasetReader().read(FOLDER)).snapshot());
  }

  @Test
  void aCopyWithUtf8ByteOrderMarksReadsEqual() throws Exception {
    for (FactFile f : FactFile.values()) {
      byte[] bytes = Files.readAllBytes(FOLDER.resolve(f.fileName()));
      byte[] withBom = new byte[bytes.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(bytes, 0, withBom, 3, bytes.length);
      Files.write(temp.resolve(f.fileName()), withBom);
    }
    assertThat(new CsvDatasetReader().read(temp)).isEqualTo(sample());
  }
}
