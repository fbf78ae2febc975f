package org.lianxi.jdbc;

/** The library's table names under one prefix. Immutable. */
final class Tables {
  final String prefix;

  Tables(String prefix) {
    this.prefix = prefix;
  }

  String of(String base) {
    return prefix + base;
  }

  String history() {
    return prefix + "schema_history";
  }

  String activity() {
    return prefix + "activity";
  }

  String chainHead() {
    return prefix + "chain_head";
  }
}
