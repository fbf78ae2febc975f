package org.lianxi.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helper: the rows of CSV bytes (UTF-8, BOM dropped), split by the tokenizer. */
final class CsvRows {
  private CsvRows() {}

  static List<List<String>> of(byte[] bytes) {
    List<List<String>> rows = new ArrayList<>();
    try (CsvTokenizer t =
        new CsvTokenizer(
            new DecodingReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
      while (t.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
          row.add(t.cell(i));
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CsvSyntaxException e) {
      throw new AssertionError(e);
    }
    return rows;
  }
}
