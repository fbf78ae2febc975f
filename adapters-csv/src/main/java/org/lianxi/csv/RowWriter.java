package org.lianxi.csv;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.lianxi.core.domain.LianxiException;

/**
 * Writes rows of strings with Jackson's CSV generator (RFC 4180 quoting where needed), the header
 * as the first row even when no row follows. Text that the charset cannot hold is an error naming
 * the file, row, column and value, never replaced. Not thread-safe.
 */
final class RowWriter implements Closeable {
  private static final CsvFactory FACTORY = new CsvFactory();

  private final String name;
  private final List<String> header;
  private final CharsetEncoder check;
  private final boolean utf8;
  private final Writer out;
  private final CsvGenerator generator;
  private long rows;

  private RowWriter(
      OutputStream stream,
      String name,
      Charset charset,
      boolean bom,
      List<String> header,
      String lineSeparator)
      throws IOException {
    this.name = name;
    this.header = List.copyOf(header);
    this.utf8 = charset.equals(StandardCharsets.UTF_8);
    this.check =
        charset
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharsetEncoder encoder =
        charset
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.out = new BufferedWriter(new OutputStreamWriter(stream, encoder), 1 << 16);
    if (bom) {
      out.write('\uFEFF');
    }
    this.generator = FACTORY.createGenerator(out);
    generator.setSchema(CsvSchema.emptySchema().withLineSeparator(lineSeparator));
  }

  /** Opens a writer and writes the header. */
  static RowWriter open(
      OutputStream stream,
      String name,
      Charset charset,
      boolean bom,
      List<String> header,
      String lineSeparator) {
    try {
      RowWriter w = new RowWriter(stream, name, charset, bom, header, lineSeparator);
      w.write(header, "header");
      return w;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one row; it must have the header's number of cells. */
  void row(List<String> cells) {
    rows++;
    if (cells.size() != header.size()) {
      throw new LianxiException(
          name
              + ": row "
              + rows
              + ": "
              + cells.size()
              + " cells for the "
              + header.size()
              + " columns "
              + header);
    }
    try {
      write(cells, "row " + rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(List<String> cells, String where) throws IOException {
    generator.writeStartArray();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      if (cell == null) {
        throw new LianxiException(name + ": " + where + ": column " + header.get(i) + ": null");
      }
      if (!encodable(cell)) {
        throw new LianxiException(
            name
                + ": "
                + where
                + ": column "
                + header.get(i)
                + ": value "
                + CsvError.quoted(cell)
                + ": cannot be written in "
                + check.charset().name());
      }
      generator.writeString(cell);
    }
    generator.writeEndArray();
  }

  private boolean encodable(String cell) {
    if (utf8) {
      for (int i = 0; i < cell.length(); i++) {
        char c = cell.charAt(i);
        if (Character.isSurrogate(c)) {
          if (Character.isHighSurrogate(c)
              && i + 1 < cell.length()
              && Character.isLowSurrogate(cell.charAt(i + 1))) {
            i++;
          } else {
            return false;
          }
        }
      }
      return true;
    }
    for (int i = 0; i < cell.length(); i++) {
      if (cell.charAt(i) >= 0x80) {
        return check.canEncode(cell);
      }
    }
    return true;
  }

  @Override
  public void close() {
    try {
      generator.close();
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
