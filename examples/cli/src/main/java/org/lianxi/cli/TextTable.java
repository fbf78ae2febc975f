package org.lianxi.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for terminals: columns padded by display width (a Chinese character takes two
 * columns), numbers right-aligned. Not thread-safe.
 */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final boolean[] right;

  private final int headerRows;

  /** A table whose first {@code headerRows} rows are the header, underlined. */
  TextTable(int headerRows, boolean... rightAligned) {
    this.headerRows = headerRows;
    this.right = rightAligned.clone();
  }

  TextTable row(String... cells) {
    rows.add(cells.clone());
    return this;
  }

  String render() {
    int[] widths = new int[right.length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        widths[i] = Math.max(widths[i], width(r[i]));
      }
    }
    StringBuilder s = new StringBuilder();
    for (int n = 0; n < rows.size(); n++) {
      String[] r = rows.get(n);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        String pad = " ".repeat(widths[i] - width(r[i]));
        line.append(i == 0 ? "" : "  ").append(right[i] ? pad + r[i] : r[i] + pad);
      }
      s.append(line.toString().stripTrailing()).append('\n');
      if (n == headerRows - 1) {
        int total = 0;
        for (int w : widths) {
          total += w;
        }
        s.append("-".repeat(total + 2 * (widths.length - 1))).append('\n');
      }
    }
    return s.toString();
  }

  /** Display width: East Asian wide and full-width characters take two columns. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      w += wide(c) ? 2 : 1;
    }
    return w;
  }

  private static boolean wide(int c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x20000 && c <= 0x3FFFD);
  }
}
