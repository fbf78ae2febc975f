package org.lianxi.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.domain.UnitKind;

/** 四、2: who coordinates whom, inside one university; students pseudonymised. */
@DisplayName("coordinator scopes (四、2)")
class ViewScopeTest {
  private static final Pseudonymiser KEY =
      Pseudonymiser.withKey("host-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8));

  private static OrgUnit unit(String id, UnitKind kind, String parent, String... tags) {
    OrgUnit.Builder b = OrgUnit.builder().unitId(id).name("单位" + id).kind(kind).addTags(tags);
    if (parent != null) {
      b.parentId(parent);
    }
    return b.build();
  }

  private static Cadre cadre(String id, Tier tier, String unit) {
    return Cadre.builder()
        .cadreId(id)
        .name("干部" + id)
        .tier(tier)
        .unitId(unit)
        .title("职务")
        .principal(false)
        .partyMember(true)
        .branchSecretary(false)
        .build();
  }

  private static ContactUnit cu(String id, ContactUnitType type, String college, String... tags) {
    ContactUnit.Builder b =
        ContactUnit.builder().contactUnitId(id).type(type).name("对象" + id).size(30).addTags(tags);
    if (college != null) {
      b.collegeId(college);
    }
    return b.build();
  }

  /** Two universities; U1 has a faculty (学部) F1 above college K2. */
  static final Dataset DATA =
      Dataset.builder()
          .addOrgUnits(
              unit("U1", UnitKind.UNIVERSITY, null),
              unit("DB", UnitKind.FUNCTIONAL_DEPARTMENT, "U1", "party-office"),
              unit("XB", UnitKind.FUNCTIONAL_DEPARTMENT, "U1", "president-office"),
              unit("XG", UnitKind.FUNCTIONAL_DEPARTMENT, "U1", "student-work", "hotline"),
              unit("YG", UnitKind.FUNCTIONAL_DEPARTMENT, "U1", "graduate-work"),
              unit("HQ", UnitKind.FUNCTIONAL_DEPARTMENT, "U1", "hotline"),
              unit("K1", UnitKind.COLLEGE, "U1"),
              unit("F1", UnitKind.COLLEGE, "U1"),
              unit("K2", UnitKind.COLLEGE, "F1"),
              unit("U2", UnitKind.UNIVERSITY, null),
              unit("DB2", UnitKind.FUNCTIONAL_DEPARTMENT, "U2", "party-office", "student-work"),
              unit("K9", UnitKind.COLLEGE, "U2"))
          .addCadres(
              cadre("L1", Tier.UNIVERSITY_LEADERSHIP, "U1"),
              cadre("D1", Tier.FUNCTIONAL_DEPARTMENT, "XG"),
              cadre("D2", Tier.FUNCTIONAL_DEPARTMENT, "HQ"),
              cadre("G1", Tier.COLLEGE_LEADERSHIP, "K1"),
              cadre("G2", Tier.COLLEGE_LEADERSHIP, "K2"),
              cadre("L9", Tier.UNIVERSITY_LEADERSHIP, "U2"),
              cadre("D9", Tier.FUNCTIONAL_DEPARTMENT, "DB2"),
              cadre("G9", Tier.COLLEGE_LEADERSHIP, "K9"))
          .addContactUnits(
              cu("C1", ContactUnitType.CLASS, "K1"),
              cu("S1", ContactUnitType.STUDENT, "K1"),
              cu("H1", ContactUnitType.DORMITORY, "K2", "hardship"),
              cu("A0", ContactUnitType.ASSOCIATION, null),
              cu("S9", ContactUnitType.STUDENT, "K9"))
          .addAssignments(
              Assignment.builder()
                  .cadreId("G1")
                  .contactUnitId("S1")
                  .validFrom(LocalDate.parse("2024-09-01"))
                  .build(),
              Assignment.builder()
                  .cadreId("D1")
                  .contactUnitId("A0")
                  .validFrom(LocalDate.parse("2024-09-01"))
                  .build())
          .build();

  private static ViewScope scope(Viewer v) {
    return ViewScope.resolve(v, new OrgChart(DATA));
  }

  @Test
  void partyAndPresidentOfficesCoordinateTheUniversityLeadersOfTheirOwnUniversity() {
    assertThat(scope(Viewer.office("DB")).cadreIds()).containsExactly("L1");
    assertThat(scope(Viewer.office("XB")).cadreIds()).containsExactly("L1");
    assertThat(scope(Viewer.office("DB")).university()).isEqualTo("U1");
  }

  @Test
  void studentAndGraduateWorkOfficesCoordinateTheFunctionalDepartmentCadresAndUnits() {
    ViewScope xg = scope(Viewer.office("XG"));

    assertThat(xg.cadreIds()).containsExactly("D1", "D2");
    assertThat(xg.unitIds()).containsExactly("DB", "HQ", "XB", "XG", "YG");
    assertThat(scope(Viewer.office("YG")).cadreIds()).containsExactly("D1", "D2");
  }

  @Test
  void aCollegeOfficeCoordinatesItsOwnLeadersIncludingThoseOfCollegesBelowIt() {
    assertThat(scope(Viewer.office("K1")).cadreIds()).containsExactly("G1");
    assertThat(scope(Viewer.office("K1")).contactUnitIds()).containsExactly("C1", "S1");
    assertThat(scope(Viewer.office("F1")).cadreIds()).containsExactly("G2");
    assertThat(scope(Viewer.office("F1")).unitIds()).containsExactly("F1", "K2");
  }

  @Test
  void anOfficeWithSeveralRolesSeesTheUnionAndStaysInItsUniversity() {
    ViewScope s = scope(Viewer.office("DB2"));

    assertThat(s.cadreIds()).containsExactly("D9", "L9");
    assertThat(s.university()).isEqualTo("U2");
    assertThat(s.contactUnitIds()).containsExactly("S9");
  }

  @Test
  void aUnitThatCoordinatesNobodySeesNothing() {
    ViewScope s = scope(Viewer.office("HQ"));

    assertThat(s.cadreIds()).isEmpty();
    assertThat(s.unitIds()).isEmpty();
    assertThat(s.explanation().en()).contains("coordinates no cadres");
  }

  @Test
  void aCadreSeesOnlyThemselvesAndTheirOwnStudentsInClear() {
    ViewScope s = scope(Viewer.cadre("G1"));

    assertThat(s.cadreIds()).containsExactly("G1");
    assertThat(s.inClear()).containsExactly("S1");
    assertThat(s.covers("G2")).isFalse();
  }

  @Test
  void anAuditorSeesTheWholeUniversityInClearButNotTheOther() {
    ViewScope s = scope(Viewer.auditor("U1"));

    assertThat(s.cadreIds()).containsExactly("D1", "D2", "G1", "G2", "L1");
    assertThat(s.inClear()).containsExactly("H1", "S1");
    assertThat(s.contactUnitIds()).doesNotContain("S9");
  }

  @Test
  void unknownViewersAreErrorsNamingTheId() {
    assertThatThrownBy(() -> scope(Viewer.office("NOPE")))
        .isInstanceOf(LianxiException.class)
        .hasMessageContaining("NOPE");
    assertThatThrownBy(() -> scope(Viewer.auditor("K1")))
        .isInstanceOf(LianxiException.class)
        .hasMessageContaining("K1");
    assertThatThrownBy(() -> scope(Viewer.cadre("X")))
        .isInstanceOf(LianxiException.class)
        .hasMessageContaining("X");
  }

  @Test
  void studentsAndHardshipUnitsAreReplacedByStableKeyedPseudonymsInIdsAndText() {
    OrgChart org = new OrgChart(DATA);
    Redactor office = scope(Viewer.office("K1")).redactor(org, KEY);
    Redactor own = scope(Viewer.cadre("G1")).redactor(org, KEY);
    String s1 = KEY.pseudonym(org.contactUnit("S1").orElseThrow());

    assertThat(s1).matches("学生-[0-9a-f]{12}");
    assertThat(KEY.pseudonym(org.contactUnit("H1").orElseThrow())).matches("宿舍-[0-9a-f]{12}");
    assertThat(office.id("S1")).isEqualTo(s1);
    assertThat(office.id("C1")).isEqualTo("C1");
    assertThat(office.text(Explanation.of("与对象S1（S1）谈心，对象C1在场", "met S1")))
        .isEqualTo(Explanation.of("与" + s1 + "（" + s1 + "）谈心，对象C1在场", "met " + s1));
    assertThat(own.id("S1")).isEqualTo("S1");
    assertThat(own.text("对象H1")).doesNotContain("H1");
  }

  @Test
  void anotherKeyGivesOtherPseudonymsAndAShortKeyIsRefused() {
    Pseudonymiser other =
        Pseudonymiser.withKey("another-key-0123456789".getBytes(StandardCharsets.UTF_8));
    ContactUnit s1 = new OrgChart(DATA).contactUnit("S1").orElseThrow();

    assertThat(other.pseudonym(s1)).isNotEqualTo(KEY.pseudonym(s1));
    assertThat(KEY.pseudonym(s1)).isEqualTo(KEY.pseudonym(s1));
    assertThatThrownBy(() -> Pseudonymiser.withKey(new byte[8]))
        .isInstanceOf(LianxiException.class)
        .hasMessageContaining("8 bytes");
  }
}
