package org.lianxi.csv;

import org.lianxi.core.domain.LianxiException;

/**
 * One located error in a CSV dataset: the file, the physical line (the header is line 1; 0 for an
 * error about a whole file, such as a missing one), the column (empty when the error is about a row
 * or a file), the offending value as read (empty when there is none) and what was expected.
 * Immutable and thread-safe.
 *
 * <p>{@link #toString()} gives the line of a report, e.g. {@code activities.csv:17: column start:
 * value "2024-13-01T08:00": expected a date-time YYYY-MM-DDTHH:MM}.
 *
 * @param file the file name, e.g. {@code activities.csv}
 * @param line the physical line, from 1; 0 for the whole file
 * @param column the column name, or empty
 * @param value the offending value, or empty
 * @param message what was expected
 */
public record CsvError(String file, int line, String column, String value, String message) {
  private static final int SHOWN = 80;

  public CsvError {
    LianxiException.check(file != null, "CsvError", "file", null, "must not be null");
    LianxiException.check(line >= 0, "CsvError", "line", line, "must be >= 0");
    LianxiException.check(column != null, "CsvError", "column", null, "must not be null");
    LianxiException.check(value != null, "CsvError", "value", null, "must not be null");
    LianxiException.check(message != null, "CsvError", "message", null, "must not be null");
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line);
    }
    s.append(": ");
    if (!column.isEmpty()) {
      s.append("column ").append(column).append(": ");
    }
    if (!value.isEmpty() || !column.isEmpty()) {
      s.append("value ").append(quoted(value)).append(": ");
    }
    return s.append(message).toString();
  }

  /** The value in double quotes, escaped and shortened so that a report line stays one line. */
  static String quoted(String value) {
    StringBuilder s = new StringBuilder("\"");
    int n = value.length();
    for (int i = 0; i < Math.min(n, SHOWN); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        default -> s.append(c);
      }
    }
    if (n > SHOWN) {
      s.append('…');
    }
    return s.append('"').toString();
  }
}
