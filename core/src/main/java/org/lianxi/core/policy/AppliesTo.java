package org.lianxi.core.policy;

import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Tier;

/**
 * Which cadres an obligation binds. Every condition given must hold; an empty condition holds for
 * everyone:
 *
 * <ul>
 *   <li>{@link #tiers()}: the cadre's tier is one of these;
 *   <li>{@link #anyRole()}: the cadre holds at least one of these roles (e.g. {@code 三、2.(1)}:
 *       principal <em>or</em> branch secretary);
 *   <li>{@link #partyMember()}: when true, only Party members;
 *   <li>{@link #unitTags()}: the cadre's org unit carries at least one of these tags (e.g. {@code
 *       listed-department}).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AppliesTo {
  public abstract ImmutableSet<Tier> tiers();

  public abstract ImmutableSet<Role> anyRole();

  @Value.Default
  public boolean partyMember() {
    return false;
  }

  public abstract ImmutableSet<String> unitTags();

  /** No condition: every cadre. */
  public static AppliesTo everyone() {
    return builder().build();
  }

  /** Every cadre of these tiers. */
  public static AppliesTo tiers(Tier... tiers) {
    return builder().addTiers(tiers).build();
  }

  /** Whether no condition is set. */
  public boolean isEveryone() {
    return tiers().isEmpty() && anyRole().isEmpty() && !partyMember() && unitTags().isEmpty();
  }

  /** The tiers bound: {@link #tiers()}, or every tier when none is named. */
  public Set<Tier> effectiveTiers() {
    return tiers().isEmpty() ? EnumSet.allOf(Tier.class) : EnumSet.copyOf(tiers());
  }

  /** Whether the obligation binds {@code cadre}, whose org unit is {@code unit}. */
  public boolean matches(Cadre cadre, OrgUnit unit) {
    if (!tiers().isEmpty() && !tiers().contains(cadre.tier())) {
      return false;
    }
    if (partyMember() && !cadre.partyMember()) {
      return false;
    }
    if (!anyRole().isEmpty()
        && !(anyRole().contains(Role.PRINCIPAL) && cadre.principal())
        && !(anyRole().contains(Role.BRANCH_SECRETARY) && cadre.branchSecretary())) {
      return false;
    }
    if (!unitTags().isEmpty()) {
      for (String tag : unitTags()) {
        if (unit.hasTag(tag)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  /**
   * Why this condition binds fewer cadres than {@code parent}'s, or null when it binds at least the
   * same ones (tiers not fewer; no role, party-membership or unit-tag condition the parent lacks).
   */
  String narrowerThan(AppliesTo parent) {
    if (!effectiveTiers().containsAll(parent.effectiveTiers())) {
      return "applies to fewer tiers " + effectiveTiers() + " than " + parent.effectiveTiers();
    }
    if (partyMember() && !parent.partyMember()) {
      return "applies to Party members only, the parent to everyone";
    }
    if (!anyRole().isEmpty()
        && (parent.anyRole().isEmpty() || !anyRole().containsAll(parent.anyRole()))) {
      return "applies to fewer roles " + anyRole() + " than " + rolesText(parent);
    }
    if (!unitTags().isEmpty()
        && (parent.unitTags().isEmpty() || !unitTags().containsAll(parent.unitTags()))) {
      return "applies to units tagged " + unitTags() + ", fewer than " + tagsText(parent);
    }
    return null;
  }

  private static String rolesText(AppliesTo a) {
    return a.anyRole().isEmpty() ? "every role" : a.anyRole().toString();
  }

  private static String tagsText(AppliesTo a) {
    return a.unitTags().isEmpty() ? "every unit" : a.unitTags().toString();
  }

  void canonical(Canonical c) {
    c.set("tiers", tiers()).set("any_role", anyRole()).put("party_member", partyMember());
    c.set("unit_tags", unitTags());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AppliesTo}. */
  public static final class Builder extends ImmutableAppliesTo.Builder {}

  @Value.Check
  protected void check() {
    for (String tag : unitTags()) {
      LianxiException.check(
          !tag.isBlank() && tag.strip().equals(tag),
          "AppliesTo",
          "unitTags",
          "\"" + tag + "\"",
          "a tag must be non-blank and trimmed");
    }
  }
}
