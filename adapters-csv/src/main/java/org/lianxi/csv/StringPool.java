package org.lianxi.csv;

/**
 * Canonical strings for cells that repeat (cadre and contact-unit ids of an activity log): a cell
 * seen before gives back the same {@code String}, looked up straight from the tokenizer's buffer,
 * so a million activities of a few thousand cadres hold a few thousand id strings. Holds at most
 * {@value #MAX} strings; beyond that, new cells get new strings. Not thread-safe.
 */
final class StringPool {
  static final int MAX = 1 << 15;

  private String[] table = new String[1 << 8];
  private int[] hashes = new int[1 << 8];
  private int size;

  String get(char[] b, int s, int e) {
    int h = 0;
    for (int i = s; i < e; i++) {
      h = 31 * h + b[i];
    }
    int mask = table.length - 1;
    int i = (h ^ (h >>> 16)) & mask;
    while (true) {
      String t = table[i];
      if (t == null) {
        String made = new String(b, s, e - s);
        if (size < MAX) {
          table[i] = made;
          hashes[i] = h;
          if (++size * 2 > table.length) {
            grow();
          }
        }
        return made;
      }
      if (hashes[i] == h && same(t, b, s, e)) {
        return t;
      }
      i = (i + 1) & mask;
    }
  }

  private static boolean same(String t, char[] b, int s, int e) {
    if (t.length() != e - s) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      if (t.charAt(k) != b[s + k]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    String[] oldTable = table;
    int[] oldHashes = hashes;
    table = new String[oldTable.length * 2];
    hashes = new int[oldTable.length * 2];
    int mask = table.length - 1;
    for (int j = 0; j < oldTable.length; j++) {
      if (oldTable[j] != null) {
        int i = (oldHashes[j] ^ (oldHashes[j] >>> 16)) & mask;
        while (table[i] != null) {
          i = (i + 1) & mask;
        }
        table[i] = oldTable[j];
        hashes[i] = oldHashes[j];
      }
    }
  }
}
