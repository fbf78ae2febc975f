package org.lianxi.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * An RFC 4180 tokenizer that reads one row at a time from a {@link Reader}, keeping only the
 * current row in memory. It splits exactly as Jackson's {@code CsvParser} does without a schema (a
 * test holds it to that): cells separated by {@code ,}; rows ended by {@code \n}, {@code \r\n} or
 * {@code \r}; a cell that starts with {@code "} is quoted, may contain separators and line breaks,
 * and {@code ""} inside it is one quote; after the closing quote only spaces or control characters
 * may come before the separator or the end of the line; a quote inside an unquoted cell is an
 * ordinary character; nothing is trimmed. An empty line is a row of one empty cell.
 *
 * <p>Lines are physical lines, counted from 1: a quoted cell with line breaks advances the count,
 * so later rows keep their true line numbers. Cells are kept as ranges of one buffer, so callers
 * can parse dates and numbers without making strings. Not thread-safe.
 */
final class CsvTokenizer implements Closeable {
  /** The longest row, in characters, before the tokenizer gives up (a likely unbalanced quote). */
  static final int MAX_ROW_CHARS = 1 << 23;

  private static final int SHOWN = 60;

  private final Reader in;
  private char[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private int line = 1;

  private int rowStart;
  private int rowLine;
  private int count;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int[] lines = new int[16];
  private int cellStart;
  private int partialEnd;

  CsvTokenizer(Reader in) {
    this(in, 1 << 16);
  }

  /** With a given initial buffer size (tests use tiny buffers to cross every boundary). */
  CsvTokenizer(Reader in, int bufferSize) {
    this.in = in;
    this.buf = new char[Math.max(2, bufferSize)];
  }

  /**
   * Reads the next row.
   *
   * @return false at the end of the input
   * @throws CsvSyntaxException when the input cannot be split any further (the tokenizer is then
   *     done)
   */
  boolean next() throws IOException, CsvSyntaxException {
    count = 0;
    rowStart = pos;
    cellStart = pos;
    partialEnd = pos;
    try {
      rowLine = line;
      if (pos == limit) {
        more();
        if (pos == limit) {
          return false;
        }
      }
      while (true) {
        if (readCell()) {
          return true;
        }
      }
    } catch (RowTooLong e) {
      throw new CsvSyntaxException(
          rowLine,
          count,
          shown(cellStart, Math.max(cellStart, partialEnd)),
          "a row longer than "
              + MAX_ROW_CHARS
              + " characters: probably an unbalanced quote opened on this line");
    } catch (DecodingReader.BadText e) {
      throw new CsvSyntaxException(
          line,
          count,
          shown(cellStart, Math.max(cellStart, partialEnd)) + e.bytes(),
          "bytes " + e.bytes() + " are not valid text in the chosen encoding");
    }
  }

  /** Reads one cell; true when it ended the row. */
  private boolean readCell() throws IOException, CsvSyntaxException {
    int cl = line;
    cellStart = pos;
    partialEnd = pos;
    if (pos == limit) {
      more();
      if (pos == limit) {
        add(pos, pos, cl); // end of input right after a separator: an empty last cell
        return true;
      }
    }
    if (buf[pos] == '"') {
      return readQuoted(cl);
    }
    int start = pos;
    while (true) {
      int p = pos;
      final int lim = limit;
      final char[] b = buf;
      while (p < lim) {
        char c = b[p];
        if (c <= ',' && (c == ',' || c == '\n' || c == '\r')) {
          break;
        }
        p++;
      }
      pos = p;
      partialEnd = p;
      if (p < lim) {
        break;
      }
      int d = more();
      start -= d;
      if (pos == limit) {
        add(start, pos, cl);
        return true;
      }
    }
    add(start, pos, cl);
    if (buf[pos] == ',') {
      pos++;
      return false;
    }
    endLine();
    return true;
  }

  private boolean readQuoted(int cl) throws IOException, CsvSyntaxException {
    pos++; // the opening quote
    int start = pos;
    int w = pos;
    while (true) {
      if (pos == limit) {
        partialEnd = w;
        int d = more();
        start -= d;
        w -= d;
        if (pos == limit) {
          throw new CsvSyntaxException(
              cl,
              count,
              shown(start, w),
              "unbalanced quote: the quoted cell that starts on this line is never closed");
        }
      }
      char c = buf[pos++];
      if (c == '"') {
        if (pos == limit) {
          partialEnd = w;
          int d = more();
          start -= d;
          w -= d;
        }
        if (pos < limit && buf[pos] == '"') {
          buf[w++] = '"';
          pos++;
          continue;
        }
        break;
      }
      if (c == '\n') {
        line++;
      } else if (c == '\r') {
        if (pos == limit) {
          buf[w++] = c;
          partialEnd = w;
          int d = more();
          start -= d;
          w -= d;
          if (pos == limit || buf[pos] != '\n') {
            line++;
          }
          continue;
        }
        if (buf[pos] != '\n') {
          line++;
        }
      }
      buf[w++] = c;
    }
    int end = w;
    while (true) {
      if (pos == limit) {
        partialEnd = end;
        int d = more();
        start -= d;
        end -= d;
        if (pos == limit) {
          add(start, end, cl);
          return true;
        }
      }
      char c = buf[pos];
      if (c == ',') {
        add(start, end, cl);
        pos++;
        return false;
      }
      if (c == '\r' || c == '\n') {
        add(start, end, cl);
        endLine();
        return true;
      }
      if (c <= ' ') {
        pos++;
        continue;
      }
      throw new CsvSyntaxException(
          line,
          count,
          shown(start, end),
          "expected ',' or the end of the line after the closing quote, found '" + c + "'");
    }
  }

  private void endLine() throws IOException {
    char c = buf[pos++];
    if (c == '\r') {
      if (pos == limit) {
        more();
      }
      if (pos < limit && buf[pos] == '\n') {
        pos++;
      }
    }
    line++;
  }

  private void add(int start, int end, int cellLine) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      lines = Arrays.copyOf(lines, count * 2);
    }
    starts[count] = start;
    ends[count] = end;
    lines[count] = cellLine;
    count++;
  }

  /**
   * Reads more input after {@code limit}, first moving the current row to the front of the buffer.
   *
   * @return how far the row moved back (subtract from any offset held in a local variable); at the
   *     end of input {@code pos == limit} afterwards
   */
  private int more() throws IOException {
    if (eof) {
      return 0;
    }
    int shift = rowStart;
    if (shift > 0) {
      System.arraycopy(buf, shift, buf, 0, limit - shift);
      pos -= shift;
      limit -= shift;
      rowStart = 0;
      cellStart -= shift;
      partialEnd -= shift;
      for (int i = 0; i < count; i++) {
        starts[i] -= shift;
        ends[i] -= shift;
      }
    }
    if (limit == buf.length) {
      if (buf.length >= MAX_ROW_CHARS) {
        throw new RowTooLong();
      }
      buf = Arrays.copyOf(buf, Math.min(MAX_ROW_CHARS, buf.length * 2));
    }
    int n;
    do {
      n = in.read(buf, limit, buf.length - limit);
    } while (n == 0);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
    return shift;
  }

  /** Thrown through {@link #more()} when a row outgrows {@link #MAX_ROW_CHARS}. */
  static final class RowTooLong extends IOException {
    private static final long serialVersionUID = 1L;

    RowTooLong() {
      super("a row longer than " + MAX_ROW_CHARS + " characters");
    }
  }

  private String shown(int start, int end) {
    int n = Math.min(end - start, SHOWN);
    return new String(buf, start, Math.max(0, n)) + (end - start > SHOWN ? "…" : "");
  }

  /** Number of cells in the current row. */
  int size() {
    return count;
  }

  /** The physical line on which the current row starts. */
  int line() {
    return rowLine;
  }

  /** The physical line on which cell {@code i} starts. */
  int cellLine(int i) {
    return lines[i];
  }

  /** Cell {@code i} as a string. */
  String cell(int i) {
    return new String(buf, starts[i], ends[i] - starts[i]);
  }

  /** The buffer holding the current row's cells; valid until the next call of {@link #next()}. */
  char[] buffer() {
    return buf;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  /** Whether the current row is an empty line (one empty cell). */
  boolean blankRow() {
    return count == 1 && starts[0] == ends[0];
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
