package org.lianxi.core.domain;

import org.immutables.value.Value;

/** A leading cadre (领导干部) bound by the policy. */
@Value.Immutable
public abstract class Cadre {
  public abstract String cadreId();

  public abstract String name();

  public abstract Tier tier();

  /** The org unit the cadre leads or belongs to (the university, a department or a college). */
  public abstract String unitId();

  public abstract String title();

  /** 主要负责人: party secretary or president; a department's head; a college's secretary or dean. */
  public abstract boolean principal();

  /** 党员. */
  public abstract boolean partyMember();

  /** 党支部书记 of the department's party branch. */
  public abstract boolean branchSecretary();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cadre}. */
  public static final class Builder extends ImmutableCadre.Builder {}

  @Value.Check
  protected void check() {
    String where = "Cadre[" + cadreId() + "]";
    LianxiException.requireNonBlank(where, "cadreId", cadreId());
    LianxiException.requireNonBlank(where, "name", name());
    LianxiException.requireNonBlank(where, "unitId", unitId());
  }
}
