package org.lianxi.core.document;

import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys of one mapping of a document, read with a path ({@code obligations[2].min}) and checked:
 * unknown keys, missing keys and values of the wrong shape are errors naming the line and column.
 */
final class Fields {
  private final Node node;
  private final String path;
  private final Problems problems;

  Fields(Node node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
    if (node.kind != Node.Kind.MAP) {
      throw problems.at(node, where() + "must be a mapping of keys to values");
    }
  }

  /** Rejects keys not in {@code allowed}, naming the first unknown one. */
  Fields allow(Set<String> allowed, String what) {
    for (String key : node.map.keySet()) {
      if (!allowed.contains(key)) {
        int[] at = node.keyPositions.get(key);
        throw problems.at(
            at[0],
            at[1],
            where() + "unknown key '" + key + "'" + what + "; known: " + new TreeSet<>(allowed));
      }
    }
    return this;
  }

  String where() {
    return path.isEmpty() ? "" : path + ": ";
  }

  String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  boolean has(String key) {
    Node v = node.map.get(key);
    return v != null && v.kind != Node.Kind.NULL;
  }

  Node node() {
    return node;
  }

  Node required(String key) {
    if (!has(key)) {
      throw problems.at(node, where() + "missing key '" + key + "'");
    }
    return node.map.get(key);
  }

  Optional<Node> optional(String key) {
    return has(key) ? Optional.of(node.map.get(key)) : Optional.empty();
  }

  String string(String key) {
    return scalar(key, required(key));
  }

  Optional<String> optString(String key) {
    return optional(key).map(v -> scalar(key, v));
  }

  String scalar(String key, Node v) {
    if (v.kind != Node.Kind.SCALAR) {
      throw problems.at(v, path(key) + " must be a single value");
    }
    if (v.text.isBlank()) {
      throw problems.at(v, path(key) + " must not be blank");
    }
    return v.text.strip();
  }

  int integer(String key) {
    return integer(key, required(key));
  }

  Optional<Integer> optInteger(String key) {
    return optional(key).map(v -> integer(key, v));
  }

  private int integer(String key, Node v) {
    String s = scalar(key, v);
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw problems.at(v, path(key) + " = " + s + ": must be a whole number", e);
    }
  }

  BigDecimal decimal(String key) {
    Node v = required(key);
    String s = scalar(key, v);
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw problems.at(v, path(key) + " = " + s + ": must be a number", e);
    }
  }

  boolean bool(String key, boolean otherwise) {
    if (!has(key)) {
      return otherwise;
    }
    Node v = node.map.get(key);
    String s = scalar(key, v);
    if (v.token == JsonToken.VALUE_TRUE || s.equals("true")) {
      return true;
    }
    if (v.token == JsonToken.VALUE_FALSE || s.equals("false")) {
      return false;
    }
    throw problems.at(v, path(key) + " = " + s + ": must be true or false");
  }

  Optional<LocalDate> optDate(String key) {
    return optional(key)
        .map(
            v -> {
              String s = scalar(key, v);
              try {
                return LocalDate.parse(s);
              } catch (DateTimeParseException e) {
                throw problems.at(v, path(key) + " = " + s + ": must be a date YYYY-MM-DD", e);
              }
            });
  }

  <E extends Enum<E>> E enumValue(String key, Class<E> type, String what) {
    Node v = required(key);
    return enumOf(v, path(key), scalar(key, v), type, what);
  }

  <E extends Enum<E>> Optional<E> optEnum(String key, Class<E> type, String what) {
    return optional(key).map(v -> enumOf(v, path(key), scalar(key, v), type, what));
  }

  <E extends Enum<E>> E enumOf(Node at, String path, String s, Class<E> type, String what) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s.toUpperCase(Locale.ROOT).replace('-', '_'))) {
        return e;
      }
    }
    throw problems.at(
        at,
        path
            + ": unknown "
            + what
            + " '"
            + s
            + "'; known: "
            + Arrays.toString(type.getEnumConstants()));
  }

  /** A list of values; absent gives an empty list; a single value is a list of one. */
  List<Node> items(String key) {
    if (!has(key)) {
      return List.of();
    }
    Node v = node.map.get(key);
    if (v.kind == Node.Kind.LIST) {
      return v.list;
    }
    if (v.kind == Node.Kind.SCALAR) {
      return List.of(v);
    }
    throw problems.at(v, path(key) + " must be a list");
  }

  <E extends Enum<E>> List<E> enumList(String key, Class<E> type, String what) {
    List<E> out = new ArrayList<>();
    List<Node> items = items(key);
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      String p = path(key) + "[" + i + "]";
      if (item.kind != Node.Kind.SCALAR) {
        throw problems.at(item, p + " must be a single value");
      }
      out.add(enumOf(item, p, item.text.strip(), type, what));
    }
    return out;
  }

  List<String> stringList(String key) {
    List<String> out = new ArrayList<>();
    List<Node> items = items(key);
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      String p = path(key) + "[" + i + "]";
      if (item.kind != Node.Kind.SCALAR || item.text.isBlank()) {
        throw problems.at(item, p + " must be a non-blank value");
      }
      out.add(item.text.strip());
    }
    return out;
  }

  /** Whether the key holds the word {@code any} (every type, every channel). */
  boolean isAny(String key) {
    if (!has(key)) {
      return false;
    }
    Node v = node.map.get(key);
    return v.kind == Node.Kind.SCALAR && v.text.strip().equalsIgnoreCase("any");
  }

  Fields fields(String key) {
    return new Fields(required(key), path(key), problems);
  }
}
