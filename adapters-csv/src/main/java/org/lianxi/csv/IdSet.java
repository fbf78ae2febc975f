package org.lianxi.csv;

import java.util.Arrays;

/**
 * A set of ids with the line each was first seen on, kept in a few flat arrays (the characters of
 * every id in one arena, open addressing over their hashes) so that a million activity ids cost a
 * few large arrays rather than a million objects for the garbage collector to copy. Ids are looked
 * up straight from the tokenizer's buffer. Not thread-safe.
 */
final class IdSet {
  private char[] arena = new char[1 << 12];
  private int used;
  private int[] starts = new int[1 << 8];
  private int[] lengths = new int[1 << 8];
  private int[] lines = new int[1 << 8];
  private int[] hashes = new int[1 << 8];
  private int size;
  private int[] table = new int[1 << 9]; // entry index + 1; 0 = empty

  int size() {
    return size;
  }

  /**
   * Adds the id in {@code b[s..e)} first seen on {@code line}.
   *
   * @return 0 when it was new, else the line it was first seen on
   */
  int add(char[] b, int s, int e, int line) {
    int h = hash(b, s, e);
    int mask = table.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      int entry = table[i];
      if (entry == 0) {
        table[i] = append(b, s, e, line, h) + 1;
        if (size * 2 > table.length) {
          rehash();
        }
        return 0;
      }
      if (hashes[entry - 1] == h && same(entry - 1, b, s, e)) {
        return lines[entry - 1];
      }
    }
  }

  boolean contains(String id) {
    int h = 0;
    for (int i = 0; i < id.length(); i++) {
      h = 31 * h + id.charAt(i);
    }
    h = mix(h);
    int mask = table.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      int entry = table[i];
      if (entry == 0) {
        return false;
      }
      if (hashes[entry - 1] == h && lengths[entry - 1] == id.length()) {
        int a = starts[entry - 1];
        boolean same = true;
        for (int k = 0; k < id.length() && same; k++) {
          same = arena[a + k] == id.charAt(k);
        }
        if (same) {
          return true;
        }
      }
    }
  }

  boolean contains(char[] b, int s, int e) {
    int h = hash(b, s, e);
    int mask = table.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      int entry = table[i];
      if (entry == 0) {
        return false;
      }
      if (hashes[entry - 1] == h && same(entry - 1, b, s, e)) {
        return true;
      }
    }
  }

  private static int hash(char[] b, int s, int e) {
    int h = 0;
    for (int i = s; i < e; i++) {
      h = 31 * h + b[i];
    }
    return mix(h);
  }

  private static int mix(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }

  private boolean same(int entry, char[] b, int s, int e) {
    int n = lengths[entry];
    if (n != e - s) {
      return false;
    }
    int a = starts[entry];
    return Arrays.equals(arena, a, a + n, b, s, e);
  }

  private int append(char[] b, int s, int e, int line, int h) {
    int n = e - s;
    if (used + n > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, used + n));
    }
    System.arraycopy(b, s, arena, used, n);
    if (size == starts.length) {
      int grown = size * 2;
      starts = Arrays.copyOf(starts, grown);
      lengths = Arrays.copyOf(lengths, grown);
      lines = Arrays.copyOf(lines, grown);
      hashes = Arrays.copyOf(hashes, grown);
    }
    starts[size] = used;
    lengths[size] = n;
    lines[size] = line;
    hashes[size] = h;
    used += n;
    return size++;
  }

  private void rehash() {
    int[] next = new int[table.length * 2];
    int mask = next.length - 1;
    for (int entry = 0; entry < size; entry++) {
      int i = hashes[entry] & mask;
      while (next[i] != 0) {
        i = (i + 1) & mask;
      }
      next[i] = entry + 1;
    }
    table = next;
  }
}
