package org.lianxi.csv;

/**
 * A file that cannot be tokenised any further: an unbalanced quote, a character after a closing
 * quote, bytes that are not text in the chosen encoding. Carries the line, the index of the cell
 * being read (or -1) and the text read so far.
 */
final class CsvSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int line;
  private final int cell;
  private final String value;

  CsvSyntaxException(int line, int cell, String value, String message) {
    super(message);
    this.line = line;
    this.cell = cell;
    this.value = value;
  }

  int line() {
    return line;
  }

  int cell() {
    return cell;
  }

  String value() {
    return value;
  }
}
