package org.lianxi.core.sample;

import java.util.ArrayList;
import java.util.List;
import org.lianxi.core.domain.OrgUnit;

/** One university while it is generated: org units, cadres and contact units. */
final class Campus {
  final String universityId;
  final int index;
  final List<OrgUnit> orgUnits = new ArrayList<>();
  final List<Dept> departments = new ArrayList<>();
  final List<College> colleges = new ArrayList<>();
  final List<Leader> leaders = new ArrayList<>();
  final List<Unit> units = new ArrayList<>();
  final List<Unit> universityAssociations = new ArrayList<>();

  Campus(String universityId, int index) {
    this.universityId = universityId;
    this.index = index;
  }

  Dept dept(String tag) {
    for (Dept d : departments) {
      if (d.has(tag)) {
        return d;
      }
    }
    return null;
  }

  Dept deptNamed(String name) {
    for (Dept d : departments) {
      if (d.spec.name().equals(name)) {
        return d;
      }
    }
    return null;
  }
}
