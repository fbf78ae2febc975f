package org.lianxi.csv;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a report CSV for people to open in Excel or WPS: UTF-8, optionally with a byte-order mark
 * (which Excel needs to see UTF-8 Chinese text), RFC 4180 quoting, {@code \r\n} line ends, and
 * every cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return prefixed with a single quote {@code '}, so that no cell is run as a formula (CSV
 * injection). The header row is neutralised too. Chinese text is written as it is.
 *
 * <p>Not for fact files, which must round-trip exactly: use {@link CsvDatasetWriter} for those.
 *
 * <p>Not thread-safe: one writer per file, used by one thread. Closing it closes the stream.
 */
public final class ExcelSafeCsvWriter implements AutoCloseable {
  private final RowWriter rows;

  private ExcelSafeCsvWriter(RowWriter rows) {
    this.rows = rows;
  }

  /**
   * Opens a writer and writes the header row.
   *
   * @param out the stream to write to (closed with the writer)
   * @param name the file's name, for error messages
   * @param bom whether to start with a UTF-8 byte-order mark
   * @param header the column names
   */
  public static ExcelSafeCsvWriter open(
      OutputStream out, String name, boolean bom, List<String> header) {
    return new ExcelSafeCsvWriter(
        RowWriter.open(out, name, StandardCharsets.UTF_8, bom, neutralised(header), "\r\n"));
  }

  /** Writes one row, with as many cells as the header. */
  public ExcelSafeCsvWriter row(List<String> cells) {
    rows.row(neutralised(cells));
    return this;
  }

  /** Writes one row, with as many cells as the header. */
  public ExcelSafeCsvWriter row(String... cells) {
    return row(Arrays.asList(cells));
  }

  @Override
  public void close() {
    rows.close();
  }

  private static List<String> neutralised(List<String> cells) {
    return cells.stream().map(ExcelSafeCsvWriter::neutralise).toList();
  }

  /** The cell with a leading {@code '} when Excel would otherwise read it as a formula. */
  static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    return switch (cell.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
      default -> cell;
    };
  }
}
