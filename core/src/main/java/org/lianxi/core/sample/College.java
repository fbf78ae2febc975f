package org.lianxi.core.sample;

import java.util.ArrayList;
import java.util.List;
import org.lianxi.core.sample.Catalog.CollegeSpec;

/** A college (学院) while a campus is generated: its contact units by type. */
final class College {
  final String id;
  final CollegeSpec spec;
  final List<Unit> classes = new ArrayList<>();
  final List<Unit> dorms = new ArrayList<>();
  final List<Unit> associations = new ArrayList<>();
  final List<Unit> branches = new ArrayList<>();
  final List<Unit> students = new ArrayList<>();
  final List<Unit> hardshipStudents = new ArrayList<>();

  College(String id, CollegeSpec spec) {
    this.id = id;
    this.spec = spec;
  }
}
