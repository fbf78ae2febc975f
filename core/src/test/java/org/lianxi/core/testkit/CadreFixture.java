package org.lianxi.core.testkit;

import java.util.UUID;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.Tier;

/**
 * Cadres for example tests: say what matters, leave the rest to the fixture.
 *
 * <pre>{@code
 * Cadre secretary = aUniversityLeader().principal().partyMember().build();
 * Cadre dean = aCollegeLeader().inUnit("K-CS").principal().build();
 * Cadre whoever = anyCadre();
 * }</pre>
 *
 * Unless a test says otherwise a cadre has a fresh random id, a plain name and title, the unit of
 * {@link UniversityFixture} matching the tier, and is neither principal, party member nor branch
 * secretary. A fixture instance is a builder: use it from one thread.
 */
public final class CadreFixture {
  private final Cadre.Builder builder = Cadre.builder();

  private CadreFixture(Tier tier, String unitId, String title) {
    builder
        .cadreId(anyCadreId())
        .name("测试干部")
        .tier(tier)
        .unitId(unitId)
        .title(title)
        .principal(false)
        .partyMember(false)
        .branchSecretary(false);
  }

  /** A member of the university leadership (校领导班子成员) in {@link UniversityFixture#UNIVERSITY}. */
  public static CadreFixture aUniversityLeader() {
    return new CadreFixture(Tier.UNIVERSITY_LEADERSHIP, UniversityFixture.UNIVERSITY, "副校长");
  }

  /**
   * A division-level cadre of a functional department (职能部门处级领导干部) in {@link
   * UniversityFixture#STUDENT_AFFAIRS}.
   */
  public static CadreFixture aDepartmentCadre() {
    return new CadreFixture(Tier.FUNCTIONAL_DEPARTMENT, UniversityFixture.STUDENT_AFFAIRS, "副处长");
  }

  /**
   * A member of a college's leadership (学院领导班子成员) in {@link UniversityFixture#COMPUTING_COLLEGE}.
   */
  public static CadreFixture aCollegeLeader() {
    return new CadreFixture(Tier.COLLEGE_LEADERSHIP, UniversityFixture.COMPUTING_COLLEGE, "副院长");
  }

  /** A cadre whose attributes do not matter to the test. */
  public static Cadre anyCadre() {
    return aCollegeLeader().build();
  }

  /** A fresh cadre id, unlike any other this kit hands out. */
  public static String anyCadreId() {
    return "C-" + UUID.randomUUID().toString().substring(0, 13);
  }

  public CadreFixture withId(String cadreId) {
    builder.cadreId(cadreId);
    return this;
  }

  public CadreFixture named(String name) {
    builder.name(name);
    return this;
  }

  public CadreFixture inUnit(String unitId) {
    builder.unitId(unitId);
    return this;
  }

  public CadreFixture titled(String title) {
    builder.title(title);
    return this;
  }

  /** 主要负责人. */
  public CadreFixture principal() {
    builder.principal(true);
    return this;
  }

  /** 党员. */
  public CadreFixture partyMember() {
    builder.partyMember(true);
    return this;
  }

  /** 党支部书记. */
  public CadreFixture branchSecretary() {
    builder.branchSecretary(true);
    return this;
  }

  /** The cadre; throws {@link org.lianxi.core.domain.LianxiException} if a value is invalid. */
  public Cadre build() {
    return builder.build();
  }
}
