package org.lianxi.core.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.UnitKind;

/**
 * The org units as a tree through {@code parentId} (SPEC §3.1): each unit's university is the root
 * above it; in a dataset without parents, the one {@code UNIVERSITY} unit is every unit's root.
 * Built and read by one evaluation; safe to read from several threads once built.
 */
final class OrgTree {
  private final Map<String, OrgUnit> units = new HashMap<>();
  private final Map<String, String> roots = new HashMap<>();

  OrgTree(List<OrgUnit> list) {
    OrgUnit onlyUniversity = null;
    int universities = 0;
    for (OrgUnit u : list) {
      if (units.put(u.unitId(), u) != null) {
        throw new LianxiException("OrgUnit.unitId = " + u.unitId() + ": duplicate unit id");
      }
      if (u.kind() == UnitKind.UNIVERSITY) {
        universities++;
        onlyUniversity = u;
      }
    }
    for (OrgUnit u : list) {
      OrgUnit top = u;
      int steps = 0;
      while (top.parentId().isPresent()) {
        OrgUnit parent = units.get(top.parentId().get());
        if (parent == null) {
          throw new LianxiException(
              "OrgUnit["
                  + top.unitId()
                  + "].parentId = "
                  + top.parentId().get()
                  + ": no such unit");
        }
        top = parent;
        if (++steps > units.size()) {
          throw new LianxiException(
              "OrgUnit[" + u.unitId() + "].parentId: the parents form a cycle");
        }
      }
      if (top.kind() != UnitKind.UNIVERSITY && universities == 1) {
        top = onlyUniversity;
      }
      roots.put(u.unitId(), top.unitId());
    }
  }

  OrgUnit unit(String unitId) {
    return units.get(unitId);
  }

  /** The university (root unit id) above the unit. */
  String university(String unitId) {
    return roots.get(unitId);
  }
}
