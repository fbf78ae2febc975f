package org.lianxi.core.report;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.domain.UnitKind;

/**
 * What one {@link Viewer} may see (四、2; SPEC §3 coordination): its university, the cadres and the
 * org units whose verdicts are in scope, the contact units it may see (for coverage), and which
 * sensitive contact units are shown in clear. See {@link Viewer} for the routing. Immutable and
 * thread-safe.
 *
 * @param viewer the viewer
 * @param university the viewer's university (root org unit id)
 * @param cadreIds the cadres in scope
 * @param unitIds the org units in scope as subjects of unit verdicts (feedback)
 * @param contactUnitIds the contact units in scope (coverage)
 * @param inClear the sensitive contact units shown in clear to this viewer
 * @param explanation who this is and what they see
 */
public record ViewScope(
    Viewer viewer,
    String university,
    ImmutableSet<String> cadreIds,
    ImmutableSet<String> unitIds,
    ImmutableSet<String> contactUnitIds,
    ImmutableSet<String> inClear,
    Explanation explanation) {

  static final String PARTY_OFFICE = "party-office";
  static final String PRESIDENT_OFFICE = "president-office";
  static final String STUDENT_WORK = "student-work";
  static final String GRADUATE_WORK = "graduate-work";

  /** Whether a subject (cadre id or org-unit id) is in scope. */
  public boolean covers(String subject) {
    return cadreIds.contains(subject) || unitIds.contains(subject);
  }

  /** Whether the sensitive contact unit is pseudonymised for this viewer. */
  boolean pseudonymises(ContactUnit u) {
    return Pseudonymiser.isSensitive(u) && !inClear.contains(u.contactUnitId());
  }

  static ViewScope resolve(Viewer viewer, OrgChart org) {
    switch (viewer.kind()) {
      case AUDITOR:
        return auditor(viewer, org);
      case CADRE:
        return cadre(viewer, org);
      case OFFICE:
        return office(viewer, org);
    }
    throw new AssertionError(viewer);
  }

  private static ViewScope auditor(Viewer viewer, OrgChart org) {
    OrgUnit uni =
        org.unit(viewer.id())
            .filter(u -> u.kind() == UnitKind.UNIVERSITY)
            .orElseThrow(
                () -> new LianxiException("Viewer.id = " + viewer.id() + ": no such university"));
    String u = uni.unitId();
    ImmutableSet<String> units = unitsOf(org, u, x -> true);
    ImmutableSet<String> contactUnits = contactUnitsOf(org, u);
    ImmutableSet<String> sensitive =
        contactUnits.stream()
            .filter(id -> Pseudonymiser.isSensitive(org.contactUnit(id).orElseThrow()))
            .collect(ImmutableSet.toImmutableSet());
    return new ViewScope(
        viewer,
        u,
        cadresOf(org, u, c -> true),
        units,
        contactUnits,
        sensitive,
        Explanation.of(
            uni.name() + " 审计视图：全部干部与单位，联系学生不作化名处理",
            "audit view of " + uni.name() + ": every cadre and unit, students in clear"));
  }

  private static ViewScope cadre(Viewer viewer, OrgChart org) {
    Cadre c =
        org.cadre(viewer.id())
            .orElseThrow(
                () -> new LianxiException("Viewer.id = " + viewer.id() + ": no such cadre"));
    String u =
        org.universityOfCadre(c.cadreId())
            .orElseThrow(
                () ->
                    new LianxiException(
                        "Cadre["
                            + c.cadreId()
                            + "].unitId = "
                            + c.unitId()
                            + ": no such org unit"));
    ImmutableSet<String> own =
        org.assignmentsOfCadre(c.cadreId()).stream()
            .map(a -> a.contactUnitId())
            .collect(ImmutableSet.toImmutableSet());
    return new ViewScope(
        viewer,
        u,
        ImmutableSet.of(c.cadreId()),
        ImmutableSet.of(),
        ImmutableSet.of(),
        own,
        Explanation.of(
            c.name() + " 本人视图：仅本人的考核结果", "own view of " + c.name() + ": only their own verdicts"));
  }

  private static ViewScope office(Viewer viewer, OrgChart org) {
    OrgUnit office =
        org.unit(viewer.id())
            .orElseThrow(
                () -> new LianxiException("Viewer.id = " + viewer.id() + ": no such org unit"));
    String u =
        org.universityOfUnit(office.unitId())
            .orElseThrow(
                () ->
                    new LianxiException(
                        "OrgUnit[" + office.unitId() + "]: no university above it"));
    Set<String> cadres = new TreeSet<>();
    Set<String> units = new TreeSet<>();
    Set<String> contactUnits = new TreeSet<>();
    StringBuilder zh = new StringBuilder(office.name()).append(" 协调视图：");
    StringBuilder en =
        new StringBuilder("coordination view of ").append(office.name()).append(": ");
    boolean any = false;
    if (office.hasTag(PARTY_OFFICE) || office.hasTag(PRESIDENT_OFFICE)) {
      cadres.addAll(cadresOf(org, u, c -> c.tier() == Tier.UNIVERSITY_LEADERSHIP));
      contactUnits.addAll(contactUnitsOf(org, u));
      zh.append("校领导班子成员");
      en.append("university leaders");
      any = true;
    }
    if (office.hasTag(STUDENT_WORK) || office.hasTag(GRADUATE_WORK)) {
      cadres.addAll(cadresOf(org, u, c -> c.tier() == Tier.FUNCTIONAL_DEPARTMENT));
      units.addAll(unitsOf(org, u, x -> x.kind() == UnitKind.FUNCTIONAL_DEPARTMENT));
      contactUnits.addAll(contactUnitsOf(org, u));
      zh.append(any ? "、" : "").append("职能部门处级领导干部");
      en.append(any ? ", " : "").append("functional-department cadres");
      any = true;
    }
    if (office.kind() == UnitKind.COLLEGE) {
      String college = office.unitId();
      cadres.addAll(
          cadresOf(
              org,
              u,
              c -> c.tier() == Tier.COLLEGE_LEADERSHIP && org.isUnder(c.unitId(), college)));
      units.addAll(unitsOf(org, u, x -> org.isUnder(x.unitId(), college)));
      org.contactUnits().values().stream()
          .filter(cu -> cu.collegeId().map(id -> org.isUnder(id, college)).orElse(false))
          .forEach(cu -> contactUnits.add(cu.contactUnitId()));
      zh.append(any ? "、" : "").append("本学院领导班子成员");
      en.append(any ? ", " : "").append("the college's leaders");
      any = true;
    }
    if (!any) {
      zh.append("不协调任何干部");
      en.append("coordinates no cadres");
    }
    return new ViewScope(
        viewer,
        u,
        ImmutableSet.copyOf(cadres),
        ImmutableSet.copyOf(units),
        ImmutableSet.copyOf(contactUnits),
        ImmutableSet.of(),
        Explanation.of(zh.toString(), en.toString()));
  }

  private static ImmutableSet<String> cadresOf(
      OrgChart org, String university, java.util.function.Predicate<Cadre> which) {
    return org.cadres().values().stream()
        .filter(c -> org.universityOfCadre(c.cadreId()).map(university::equals).orElse(false))
        .filter(which)
        .map(Cadre::cadreId)
        .sorted()
        .collect(ImmutableSet.toImmutableSet());
  }

  private static ImmutableSet<String> unitsOf(
      OrgChart org, String university, java.util.function.Predicate<OrgUnit> which) {
    return org.units().values().stream()
        .filter(x -> org.universityOfUnit(x.unitId()).map(university::equals).orElse(false))
        .filter(which)
        .map(OrgUnit::unitId)
        .sorted()
        .collect(ImmutableSet.toImmutableSet());
  }

  private static ImmutableSet<String> contactUnitsOf(OrgChart org, String university) {
    return org.contactUnits().keySet().stream()
        .filter(id -> org.universityOfContactUnit(id).map(university::equals).orElse(false))
        .sorted()
        .collect(ImmutableSet.toImmutableSet());
  }

  /** The redactor for this viewer: every sensitive unit not shown in clear. */
  Redactor redactor(OrgChart org, Pseudonymiser pseudonymiser) {
    List<ContactUnit> hidden =
        org.contactUnits().values().stream()
            .filter(this::pseudonymises)
            .collect(Collectors.toList());
    return hidden.isEmpty() ? Redactor.NONE : Redactor.of(hidden, pseudonymiser);
  }
}
