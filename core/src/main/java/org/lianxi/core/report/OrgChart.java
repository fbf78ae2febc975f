package org.lianxi.core.report;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.UnitKind;

/**
 * The organisation of a dataset as the reports need it (SPEC §3.1, several universities): org units
 * as a tree through {@code parentId}, each unit's university (the root above it; in a dataset
 * without parents, the one university), each cadre's, and each contact unit's (its college's, or
 * with no college, its assigned cadres'). Immutable once built; thread-safe.
 */
final class OrgChart {
  private final ImmutableMap<String, OrgUnit> units;
  private final ImmutableMap<String, Cadre> cadres;
  private final ImmutableMap<String, ContactUnit> contactUnits;
  private final ImmutableListMultimap<String, Assignment> assignmentsByUnit;
  private final ImmutableListMultimap<String, Assignment> assignmentsByCadre;
  private final Map<String, String> roots = new HashMap<>();

  OrgChart(Dataset data) {
    this.units = index(data.orgUnits(), OrgUnit::unitId);
    this.cadres = index(data.cadres(), Cadre::cadreId);
    this.contactUnits = index(data.contactUnits(), ContactUnit::contactUnitId);
    this.assignmentsByUnit = Multimaps.index(data.assignments(), Assignment::contactUnitId);
    this.assignmentsByCadre = Multimaps.index(data.assignments(), Assignment::cadreId);
    List<OrgUnit> universities =
        data.orgUnits().stream()
            .filter(u -> u.kind() == UnitKind.UNIVERSITY)
            .collect(Collectors.toList());
    for (OrgUnit u : data.orgUnits()) {
      OrgUnit top = u;
      int steps = 0;
      while (top.parentId().isPresent() && units.containsKey(top.parentId().get())) {
        top = units.get(top.parentId().get());
        LianxiException.check(
            ++steps <= units.size(),
            "OrgUnit[" + u.unitId() + "]",
            "parentId",
            u.parentId().orElse(""),
            "the parents form a cycle");
      }
      if (top.kind() != UnitKind.UNIVERSITY && universities.size() == 1) {
        top = universities.get(0);
      }
      roots.put(u.unitId(), top.unitId());
    }
  }

  private static <T> ImmutableMap<String, T> index(List<T> list, Function<T, String> id) {
    return list.stream().collect(ImmutableMap.toImmutableMap(id, Function.identity(), (a, b) -> a));
  }

  Optional<OrgUnit> unit(String unitId) {
    return Optional.ofNullable(units.get(unitId));
  }

  Optional<Cadre> cadre(String cadreId) {
    return Optional.ofNullable(cadres.get(cadreId));
  }

  Optional<ContactUnit> contactUnit(String contactUnitId) {
    return Optional.ofNullable(contactUnits.get(contactUnitId));
  }

  ImmutableMap<String, OrgUnit> units() {
    return units;
  }

  ImmutableMap<String, Cadre> cadres() {
    return cadres;
  }

  ImmutableMap<String, ContactUnit> contactUnits() {
    return contactUnits;
  }

  List<Assignment> assignmentsOfUnit(String contactUnitId) {
    return assignmentsByUnit.get(contactUnitId);
  }

  List<Assignment> assignmentsOfCadre(String cadreId) {
    return assignmentsByCadre.get(cadreId);
  }

  /** The university above an org unit (the unit itself for a university); empty when unknown. */
  Optional<String> universityOfUnit(String unitId) {
    return Optional.ofNullable(roots.get(unitId));
  }

  Optional<String> universityOfCadre(String cadreId) {
    return cadre(cadreId).flatMap(c -> universityOfUnit(c.unitId()));
  }

  /** A contact unit's university: its college's, or with no college its assigned cadres'. */
  Optional<String> universityOfContactUnit(String contactUnitId) {
    ContactUnit u = contactUnits.get(contactUnitId);
    if (u == null) {
      return Optional.empty();
    }
    if (u.collegeId().isPresent()) {
      return universityOfUnit(u.collegeId().get());
    }
    for (Assignment a : assignmentsByUnit.get(contactUnitId)) {
      Optional<String> uni = universityOfCadre(a.cadreId());
      if (uni.isPresent()) {
        return uni;
      }
    }
    return Optional.empty();
  }

  /** Whether {@code unitId} is {@code ancestorId} or lies below it. */
  boolean isUnder(String unitId, String ancestorId) {
    String at = unitId;
    for (int steps = 0; at != null && steps <= units.size(); steps++) {
      if (at.equals(ancestorId)) {
        return true;
      }
      OrgUnit u = units.get(at);
      at = u == null ? null : u.parentId().orElse(null);
    }
    return false;
  }

  /** The college (a {@code COLLEGE} unit) a unit is or lies under, if any. */
  Optional<OrgUnit> collegeOf(String unitId) {
    String at = unitId;
    for (int steps = 0; at != null && steps <= units.size(); steps++) {
      OrgUnit u = units.get(at);
      if (u == null) {
        return Optional.empty();
      }
      if (u.kind() == UnitKind.COLLEGE) {
        return Optional.of(u);
      }
      at = u.parentId().orElse(null);
    }
    return Optional.empty();
  }
}
