package org.lianxi.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.LianxiTheories.qt;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * The hand-written tokenizer splits exactly as Jackson's CSV parser does: the same rows, cells and
 * cell lines, and an error on the same inputs, over random text made of CSV's special characters,
 * with buffers of every size from 2 characters up (so every boundary is crossed).
 */
class CsvTokenizerProperties {
  private static final List<String> ALPHABET =
      List.of("a", "b", "中", ",", "\"", "\"\"", "\n", "\r", "\r\n", " ", "\t", "x,y", "\u0001");
  private static final CsvFactory JACKSON = new CsvFactory();

  /** A parse: rows of cells with their lines, or "error". */
  record Parse(List<List<String>> rows, boolean error) {}

  static Gen<String> inputs() {
    return in -> {
      int n = (int) in.next(Constraint.between(0, 30));
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < n; i++) {
        s.append(ALPHABET.get((int) in.next(Constraint.between(0, ALPHABET.size() - 1))));
      }
      return s.toString();
    };
  }

  @Test
  void splitsRandomTextLikeJackson() {
    qt().forAll(inputs(), in -> (int) in.next(Constraint.between(2, 9)))
        .checkAssert(
            (text, buffer) ->
                assertThat(tokenizer(text, buffer)).as(show(text)).isEqualTo(jackson(text)));
  }

  @Test
  void readsWhatJacksonWritesLikeJackson() {
    qt().forAll(rowsOfTexts())
        .checkAssert(
            rows -> {
              String text = written(rows);
              Parse parse = tokenizer(text, 3);
              assertThat(parse).isEqualTo(jackson(text));
              assertThat(parse.error()).isFalse();
              assertThat(parse.rows().stream().map(CsvTokenizerProperties::cellsOnly).toList())
                  .isEqualTo(rows);
            });
  }

  private static Gen<List<List<String>>> rowsOfTexts() {
    Gen<String> texts = DatasetGen.texts();
    return in -> {
      int rows = (int) in.next(Constraint.between(1, 5));
      int cols = (int) in.next(Constraint.between(2, 4));
      List<List<String>> out = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        List<String> row = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
          row.add(texts.generate(in));
        }
        out.add(row);
      }
      return out;
    };
  }

  private static List<String> cellsOnly(List<String> cellsWithLines) {
    return cellsWithLines.stream().map(c -> c.substring(c.indexOf('|') + 1)).toList();
  }

  static String written(List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RowWriter w =
        RowWriter.open(out, "t.csv", StandardCharsets.UTF_8, false, rows.get(0), "\n")) {
      rows.subList(1, rows.size()).forEach(w::row);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static Parse tokenizer(String text, int buffer) {
    List<List<String>> rows = new ArrayList<>();
    try (CsvTokenizer t = new CsvTokenizer(new StringReader(text), buffer)) {
      while (t.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
          row.add(t.cellLine(i) + "|" + t.cell(i));
        }
        rows.add(row);
      }
    } catch (CsvSyntaxException e) {
      return new Parse(rows, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Parse(rows, false);
  }

  static Parse jackson(String text) {
    List<List<String>> rows = new ArrayList<>();
    try (JsonParser p = JACKSON.createParser(new StringReader(text))) {
      List<String> row = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY) {
          row = new ArrayList<>();
        } else if (t == JsonToken.END_ARRAY) {
          rows.add(row);
        } else {
          row.add(p.currentTokenLocation().getLineNr() + "|" + p.getText());
        }
      }
    } catch (JsonProcessingException e) {
      return new Parse(rows, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Parse(rows, false);
  }

  static String show(String text) {
    return CsvError.quoted(text);
  }
}
