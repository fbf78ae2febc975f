package org.lianxi.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Season;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.domain.UnitKind;

/** Parents, refinements, invariants and the content hash. */
class PolicyTest {
  static final Policy MOE = Policies.moe2019();

  static Policy.Builder aChildOf(Policy parent) {
    Policy.Builder b = Policy.builder();
    b.id("child-x")
        .title(Explanation.of("子政策", "child"))
        .documentNumber("子〔2024〕1号")
        .version("1")
        .parent(parent);
    return b;
  }

  static Obligation.Builder weekly(String id) {
    Obligation.Builder b = Obligation.builder();
    b.id(id)
        .clause("一")
        .title(Explanation.of("每周", "weekly"))
        .strength(Strength.MANDATORY)
        .basis(Basis.LITERAL)
        .appliesTo(AppliesTo.tiers(Tier.UNIVERSITY_LEADERSHIP))
        .kind(ActivityCount.builder().min(1).period(Period.WEEK).inPersonOnly(true).build());
    return b;
  }

  static void rejected(Obligation o, String... fragments) {
    assertThatThrownBy(() -> aChildOf(MOE).addObligations(o).build())
        .isInstanceOf(LianxiException.class)
        .hasMessageContaining("child-x")
        .hasMessageContaining("moe-2019-34")
        .hasMessageContaining(o.id())
        .hasMessageContainingAll(fragments);
  }

  @Test
  void aChildInheritsWhatItDoesNotRefine() {
    Policy child = aChildOf(MOE).addObligations(weekly("extra").build()).build();
    assertThat(child.effectiveObligations())
        .extracting(Obligation::id)
        .containsExactly("II-theory-lecture", "II-weekly-contact", "II-link-unit", "extra");
    assertThat(child.declaringPolicy("II-link-unit")).contains(MOE);
    assertThat(child.declaringPolicy("extra")).contains(child);
    assertThat(child.parentId()).contains("moe-2019-34");
  }

  @Test
  void aRefinementReplacesTheParentsObligation() {
    Policy child =
        aChildOf(MOE).addObligations(weekly("w").refines("II-weekly-contact").build()).build();
    assertThat(child.effectiveObligations())
        .extracting(Obligation::id)
        .containsExactly("II-theory-lecture", "II-link-unit", "w");
  }

  @Test
  void aRefinementWithALowerMinIsRejected() {
    rejected(
        weekly("w")
            .refines("II-weekly-contact")
            .kind(ActivityCount.builder().min(0).period(Period.WEEK).build())
            .build(),
        "min 0 is lower than 1");
  }

  @Test
  void aRefinementWithALongerPeriodIsRejected() {
    rejected(
        weekly("w")
            .refines("II-weekly-contact")
            .kind(ActivityCount.builder().min(1).period(Period.TERM).build())
            .build(),
        "period TERM is longer than WEEK");
  }

  @Test
  void aRefinementWithAWeakerStrengthIsRejected() {
    rejected(
        weekly("w").refines("II-weekly-contact").strength(Strength.RECOMMENDED).build(),
        "strength RECOMMENDED is weaker than MANDATORY");
  }

  @Test
  void aRefinementBindingFewerTiersIsRejected() {
    Policy parent =
        aChildOf(MOE)
            .id("parent-y")
            .addObligations(
                weekly("both")
                    .appliesTo(AppliesTo.tiers(Tier.UNIVERSITY_LEADERSHIP, Tier.COLLEGE_LEADERSHIP))
                    .build())
            .build();
    assertThatThrownBy(
            () -> aChildOf(parent).addObligations(weekly("w").refines("both").build()).build())
        .isInstanceOf(LianxiException.class)
        .hasMessageContainingAll("child-x", "parent-y", "both", "fewer tiers");
  }

  @Test
  void aRefinementBindingOnlyPartyMembersIsRejected() {
    rejected(
        weekly("w")
            .refines("II-weekly-contact")
            .appliesTo(
                AppliesTo.builder().addTiers(Tier.UNIVERSITY_LEADERSHIP).partyMember(true).build())
            .build(),
        "Party members only");
  }

  @Test
  void aRefinementWithALongerDeadlineIsRejected() {
    Policy soochow = Policies.soochow2019();
    Obligation looser =
        Obligation.builder()
            .from(soochow.obligation("III.2.3-feedback").get())
            .id("slow")
            .refines("III.2.3-feedback")
            .kind(
                FeedbackDeadline.builder()
                    .acknowledgeWithin(Deadline.workingDays(3))
                    .closeWithin(Deadline.workingDays(15))
                    .addUnitTags("hotline")
                    .build())
            .build();
    assertThatThrownBy(() -> aChildOf(soochow).addObligations(looser).build())
        .isInstanceOf(LianxiException.class)
        .hasMessageContainingAll(
            "child-x", "soochow-2019-95", "slow", "III.2.3-feedback", "acknowledge deadline");
  }

  @Test
  void aStricterRefinementIsAccepted() {
    Policy child =
        aChildOf(MOE)
            .addObligations(
                weekly("w")
                    .refines("II-weekly-contact")
                    .appliesTo(AppliesTo.tiers(Tier.UNIVERSITY_LEADERSHIP, Tier.COLLEGE_LEADERSHIP))
                    .kind(ActivityCount.builder().min(2).period(Period.WEEK).build())
                    .build())
            .build();
    assertThat(child.obligation("w")).isPresent();
  }

  @Test
  void refiningAnObligationTheParentLacksIsRejected() {
    rejected(weekly("w").refines("II-nope").build(), "II-nope", "does not have");
  }

  @Test
  void reusingAParentsIdWithoutRefiningIsRejected() {
    rejected(weekly("II-link-unit").build(), "name it in refines");
  }

  @Test
  void refiningWithoutAParentIsRejected() {
    assertThatThrownBy(
            () ->
                Policy.builder()
                    .from(aChildOf(MOE).build())
                    .parent(java.util.Optional.empty())
                    .addObligations(weekly("w").refines("II-weekly-contact").build())
                    .build())
        .isInstanceOf(LianxiException.class)
        .hasMessageContaining("no parent");
  }

  @Test
  void duplicateObligationIdsAreRejected() {
    assertThatThrownBy(
            () -> aChildOf(MOE).addObligations(weekly("w").build(), weekly("w").build()).build())
        .isInstanceOf(LianxiException.class)
        .hasMessageContaining("duplicate obligation id")
        .hasMessageContaining("w");
  }

  @Test
  void theContentHashIsStableAndChangesWithTheContent() {
    Policy a = aChildOf(MOE).addObligations(weekly("w").build()).build();
    Policy b = aChildOf(MOE).addObligations(weekly("w").build()).build();
    assertThat(a.contentHash()).isEqualTo(b.contentHash()).matches("[0-9a-f]{64}");
    Policy c =
        aChildOf(MOE)
            .addObligations(
                weekly("w")
                    .kind(ActivityCount.builder().min(2).period(Period.WEEK).build())
                    .build())
            .build();
    assertThat(c.contentHash()).isNotEqualTo(a.contentHash());
    Policy d = aChildOf(Policies.soochow2019()).addObligations(weekly("w").build()).build();
    assertThat(d.contentHash()).isNotEqualTo(a.contentHash());
    assertThat(a.canonicalText()).contains("parent=moe-2019-34@" + MOE.contentHash());
  }

  @Test
  void theHashDoesNotDependOnTheOrderOfASet() {
    Obligation x =
        weekly("w")
            .kind(
                ActivityCount.builder()
                    .addActivityTypes(ActivityType.PARTY_DAY, ActivityType.CLASS_MEETING)
                    .min(1)
                    .period(Period.TERM)
                    .build())
            .build();
    Obligation y =
        weekly("w")
            .kind(
                ActivityCount.builder()
                    .addActivityTypes(ActivityType.CLASS_MEETING, ActivityType.PARTY_DAY)
                    .min(1)
                    .period(Period.TERM)
                    .build())
            .build();
    assertThat(aChildOf(MOE).addObligations(x).build().contentHash())
        .isEqualTo(aChildOf(MOE).addObligations(y).build().contentHash());
  }

  @Test
  void obligationInvariantsAreChecked() {
    assertThatThrownBy(() -> ActivityCount.builder().min(-1).period(Period.TERM).build())
        .isInstanceOf(LianxiException.class)
        .hasMessageContaining("min = -1");
    assertThatThrownBy(() -> ActivityCount.builder().min(2).max(1).period(Period.TERM).build())
        .isInstanceOf(LianxiException.class)
        .hasMessageContaining("max = 1");
    assertThatThrownBy(() -> AssignmentQuota.builder().min(1).build())
        .isInstanceOf(LianxiException.class)
        .hasMessageContaining("unitTypes");
    assertThatThrownBy(() -> weekly("has space").build())
        .isInstanceOf(LianxiException.class)
        .hasMessageContaining("has space");
    assertThatThrownBy(
            () ->
                weekly("f")
                    .kind(
                        FeedbackDeadline.builder()
                            .closeWithin(Deadline.workingDays(1))
                            .addUnitTags("hotline")
                            .build())
                    .build())
        .isInstanceOf(LianxiException.class)
        .hasMessageContaining("names its units in the kind");
    assertThatThrownBy(() -> FeedbackDeadline.builder().addUnitTags("hotline").build())
        .isInstanceOf(LianxiException.class);
    assertThatThrownBy(
            () -> FeedbackDeadline.builder().acknowledgeWithin(Deadline.hours(1)).build())
        .isInstanceOf(LianxiException.class)
        .hasMessageContaining("name the units");
  }

  @Test
  void frontlineSharesAreExactAndNormalised() {
    assertThat(FrontlineDays.of(new BigDecimal("0.1")).required(30)).isEqualTo(3);
    assertThat(FrontlineDays.of(new BigDecimal("0.5")).required(85)).isEqualTo(43);
    assertThat(FrontlineDays.of(new BigDecimal("0.50")))
        .isEqualTo(FrontlineDays.of(new BigDecimal("0.5")));
    assertThat(FrontlineDays.of(new BigDecimal("1.0")).share()).isEqualByComparingTo("1");
    assertThat(FrontlineDays.of(new BigDecimal("0.5")).percent()).isEqualTo("50%");
    assertThatThrownBy(() -> FrontlineDays.of(new BigDecimal("1.5")))
        .isInstanceOf(LianxiException.class);
    assertThatThrownBy(() -> FrontlineDays.of(BigDecimal.ZERO)).isInstanceOf(LianxiException.class);
  }

  @Test
  void deadlinesCompareAcrossUnitsConservatively() {
    assertThat(Deadline.workingDays(2).notLongerThan(Deadline.workingDays(2))).isTrue();
    assertThat(Deadline.workingDays(3).notLongerThan(Deadline.workingDays(2))).isFalse();
    assertThat(Deadline.hours(48).notLongerThan(Deadline.workingDays(2))).isTrue();
    assertThat(Deadline.hours(49).notLongerThan(Deadline.workingDays(2))).isFalse();
    assertThat(Deadline.workingDays(1).notLongerThan(Deadline.hours(100))).isFalse();
    assertThat(Deadline.hours(5).notLongerThan(Deadline.hours(5))).isTrue();
    assertThatThrownBy(() -> Deadline.hours(-1)).isInstanceOf(LianxiException.class);
  }

  @Test
  void appliesToCombinesTiersRolesPartyMembershipAndUnitTags() {
    OrgUnit listed =
        OrgUnit.builder()
            .unitId("TW")
            .name("团委")
            .kind(UnitKind.FUNCTIONAL_DEPARTMENT)
            .addTags("listed-department")
            .build();
    OrgUnit plain = OrgUnit.builder().from(listed).tags(java.util.List.of()).build();
    Cadre head =
        Cadre.builder()
            .cadreId("C")
            .name("n")
            .tier(Tier.FUNCTIONAL_DEPARTMENT)
            .unitId("TW")
            .title("t")
            .principal(false)
            .partyMember(false)
            .branchSecretary(true)
            .build();
    AppliesTo heads =
        AppliesTo.builder()
            .addTiers(Tier.FUNCTIONAL_DEPARTMENT)
            .addAnyRole(Role.PRINCIPAL, Role.BRANCH_SECRETARY)
            .build();
    assertThat(heads.matches(head, plain)).isTrue();
    assertThat(heads.matches(Cadre.builder().from(head).branchSecretary(false).build(), plain))
        .isFalse();
    assertThat(AppliesTo.builder().addUnitTags("listed-department").build().matches(head, listed))
        .isTrue();
    assertThat(AppliesTo.builder().addUnitTags("listed-department").build().matches(head, plain))
        .isFalse();
    assertThat(AppliesTo.builder().partyMember(true).build().matches(head, plain)).isFalse();
    assertThat(AppliesTo.tiers(Tier.COLLEGE_LEADERSHIP).matches(head, plain)).isFalse();
    assertThat(AppliesTo.everyone().matches(head, plain)).isTrue();
    assertThat(AppliesTo.everyone().isEveryone()).isTrue();
  }

  @Test
  void seasonsAndKindsOfARefinementMustFit() {
    rejected(weekly("w").refines("II-weekly-contact").season(Season.AUTUMN).build(), "AUTUMN");
    rejected(
        weekly("w")
            .refines("II-weekly-contact")
            .kind(AssignmentQuota.builder().addUnitTypes(ContactUnitType.CLASS).min(1).build())
            .build(),
        "assignment");
  }
}
