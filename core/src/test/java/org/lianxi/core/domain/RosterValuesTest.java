package org.lianxi.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.CadreFixture.aUniversityLeader;
import static org.lianxi.core.testkit.FactFixture.aContactUnit;
import static org.lianxi.core.testkit.FactFixture.aReview;
import static org.lianxi.core.testkit.FactFixture.anOrgUnit;
import static org.lianxi.core.testkit.LianxiAssertions.assertRejectedNaming;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Org units, cadres, contact units, reviews and overrides. */
class RosterValuesTest {

  @Test
  void cadreNeedsIdNameAndUnit() {
    assertRejectedNaming(() -> aUniversityLeader().withId("").build(), "cadreId = \"\"");
    assertRejectedNaming(
        () -> aUniversityLeader().withId("C1").named(" ").build(), "Cadre[C1].name = \" \"");
    assertRejectedNaming(
        () -> aUniversityLeader().withId("C1").inUnit("").build(), "Cadre[C1].unitId = \"\"");
  }

  @Test
  void cadreFixtureSaysOnlyWhatTheTestAsks() {
    Cadre plain = aUniversityLeader().build();
    assertThat(plain.tier()).isEqualTo(Tier.UNIVERSITY_LEADERSHIP);
    assertThat(plain.principal() || plain.partyMember() || plain.branchSecretary()).isFalse();
    Cadre member = aUniversityLeader().partyMember().build();
    assertThat(member.partyMember()).isTrue();
    assertThat(member.principal()).isFalse();
  }

  @Test
  void contactUnitSizeMustNotBeNegative() {
    assertRejectedNaming(
        () -> aContactUnit().contactUnitId("CU1").size(-1).build(),
        "ContactUnit[CU1].size = -1",
        ">= 0");
    assertThat(aContactUnit().size(0).build().size()).isZero();
  }

  @Test
  void contactUnitNeedsIdNameAndANonBlankCollege() {
    assertRejectedNaming(
        () -> aContactUnit().contactUnitId(" ").build(), "ContactUnit[ ].contactUnitId = \" \"");
    assertRejectedNaming(
        () -> aContactUnit().contactUnitId("CU1").name("").build(), "ContactUnit[CU1].name = \"\"");
    assertRejectedNaming(
        () -> aContactUnit().contactUnitId("CU1").collegeId(" ").build(),
        "ContactUnit[CU1].collegeId = \" \"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a;b", " freshman", "freshman ", "\t"})
  void badTagsAreRejectedOnContactUnits(String tag) {
    assertRejectedNaming(
        () -> aContactUnit().contactUnitId("CU1").addTags("hardship", tag).build(),
        "ContactUnit[CU1].tags = \"" + tag + "\"",
        "';'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "student-work;hotline", " hotline"})
  void badTagsAreRejectedOnOrgUnits(String tag) {
    assertRejectedNaming(
        () -> anOrgUnit().unitId("D1").addTags(tag).build(), "OrgUnit[D1].tags = \"" + tag + "\"");
  }

  @Test
  void tagsAreLookedUpExactly() {
    ContactUnit cu = aContactUnit().addTags("freshman", "困难").build();
    assertThat(cu.hasTag("freshman")).isTrue();
    assertThat(cu.hasTag("困难")).isTrue();
    assertThat(cu.hasTag("Freshman")).isFalse();
    OrgUnit u = anOrgUnit().addTags("hotline").build();
    assertThat(u.hasTag("hotline")).isTrue();
    assertThat(u.hasTag("student-work")).isFalse();
  }

  @Test
  void orgUnitNeedsIdNameAndAParentOtherThanItself() {
    assertRejectedNaming(() -> anOrgUnit().unitId("").build(), "OrgUnit[].unitId = \"\"");
    assertRejectedNaming(
        () -> anOrgUnit().unitId("K1").name(" ").build(), "OrgUnit[K1].name = \" \"");
    assertRejectedNaming(
        () -> anOrgUnit().unitId("K1").parentId("K1").build(),
        "OrgUnit[K1].parentId = K1",
        "itself");
    assertRejectedNaming(
        () -> anOrgUnit().unitId("K1").parentId(" ").build(), "OrgUnit[K1].parentId = \" \"");
    assertThat(anOrgUnit().unitId("K1").parentId("U").build().parentId()).hasValue("U");
  }

  @Test
  void reviewNeedsActivityAndReviewer() {
    assertRejectedNaming(
        () -> aReview().activityId(" ").rule(IntegrityRule.OVERLAP).build(),
        "Review[ /OVERLAP].activityId = \" \"");
    assertRejectedNaming(
        () -> aReview().activityId("A1").rule(IntegrityRule.DUPLICATE).reviewer("").build(),
        "Review[A1/DUPLICATE].reviewer = \"\"");
    assertThat(aReview().build().reason()).isEmpty();
  }

  @Test
  void workdayOverrideOfNamesDateValueAndName() {
    WorkdayOverride o = WorkdayOverride.of(LocalDate.of(2024, 9, 14), true, "中秋节调休");
    assertThat(o.date()).isEqualTo(LocalDate.of(2024, 9, 14));
    assertThat(o.workday()).isTrue();
    assertThat(o.name()).isEqualTo("中秋节调休");
    assertThat(
            WorkdayOverride.builder().date(LocalDate.of(2024, 10, 1)).workday(false).build().name())
        .isEmpty();
  }
}
