package org.lianxi.core.sample;

import org.lianxi.core.sample.Catalog.DeptSpec;

/** A functional department while a campus is generated. */
final class Dept {
  final String id;
  final DeptSpec spec;

  Dept(String id, DeptSpec spec) {
    this.id = id;
    this.spec = spec;
  }

  boolean has(String tag) {
    return spec.tags().contains(tag);
  }

  /** Its cadres owe frontline days (III.0): a party-work or student-work unit. */
  boolean frontline() {
    return has(Catalog.PARTY_WORK) || has(Catalog.STUDENT_WORK);
  }

  boolean listed() {
    return has(Catalog.LISTED);
  }

  boolean hotline() {
    return has(Catalog.HOTLINE);
  }
}
