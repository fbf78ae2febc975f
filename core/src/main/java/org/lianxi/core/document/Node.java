package org.lianxi.core.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document tree that remembers where each value and key stood (line and column), so that an error
 * found after parsing can still name its line. Read from any Jackson parser (YAML or JSON).
 * Immutable after reading.
 */
final class Node {
  enum Kind {
    MAP,
    LIST,
    SCALAR,
    NULL
  }

  final Kind kind;
  final int line;
  final int column;
  final JsonToken token;
  final String text;
  final Map<String, Node> map;
  final Map<String, int[]> keyPositions;
  final List<Node> list;

  private Node(
      Kind kind,
      JsonLocation at,
      JsonToken token,
      String text,
      Map<String, Node> map,
      Map<String, int[]> keyPositions,
      List<Node> list) {
    this.kind = kind;
    this.line = at.getLineNr();
    this.column = at.getColumnNr();
    this.token = token;
    this.text = text;
    this.map = map;
    this.keyPositions = keyPositions;
    this.list = list;
  }

  /** Reads one document; a duplicate key is an error at the second occurrence. */
  static Node read(JsonParser p, Problems problems) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw problems.at(1, 1, "the document is empty");
    }
    return value(p, t, problems);
  }

  private static Node value(JsonParser p, JsonToken t, Problems problems) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    switch (t) {
      case START_OBJECT:
        {
          Map<String, Node> map = new LinkedHashMap<>();
          Map<String, int[]> keys = new LinkedHashMap<>();
          while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
            String key = p.currentName();
            JsonLocation k = p.currentTokenLocation();
            Node v = value(p, p.nextToken(), problems);
            if (map.containsKey(key)) {
              throw problems.at(
                  k.getLineNr(),
                  k.getColumnNr(),
                  "duplicate key '" + key + "' (first at line " + keys.get(key)[0] + ")");
            }
            map.put(key, v);
            keys.put(key, new int[] {k.getLineNr(), k.getColumnNr()});
          }
          return new Node(
              Kind.MAP,
              at,
              JsonToken.START_OBJECT,
              null,
              Collections.unmodifiableMap(map),
              Collections.unmodifiableMap(keys),
              List.of());
        }
      case START_ARRAY:
        {
          List<Node> list = new ArrayList<>();
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            list.add(value(p, t, problems));
          }
          return new Node(
              Kind.LIST,
              at,
              JsonToken.START_ARRAY,
              null,
              Map.of(),
              Map.of(),
              Collections.unmodifiableList(list));
        }
      case VALUE_NULL:
        return new Node(Kind.NULL, at, t, null, Map.of(), Map.of(), List.of());
      default:
        return new Node(Kind.SCALAR, at, t, p.getText(), Map.of(), Map.of(), List.of());
    }
  }
}
