package org.lianxi.core.domain;

import com.google.common.collect.ImmutableSet;

/** Shared invariant checks of the value types. */
final class Checks {
  private Checks() {}

  static void tags(String where, ImmutableSet<String> tags) {
    for (String tag : tags) {
      LianxiException.check(
          !tag.isBlank() && !tag.contains(";") && tag.strip().equals(tag),
          where,
          "tags",
          "\"" + tag + "\"",
          "a tag must be non-blank, trimmed and contain no ';'");
    }
  }
}
