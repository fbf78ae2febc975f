package org.lianxi.core.policy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.integrity.IntegritySettings;

/**
 * A policy: its own obligations, and, for a child policy (a university's plan under the Ministry
 * notice), the parent it implements. A child inherits every obligation of its parent and may refine
 * one by naming it in {@link Obligation#refines()}: the refinement replaces the parent's obligation
 * and must be at least as strict (strength not weaker, tiers not fewer, min not lower, period not
 * longer, deadline not longer); building a policy that loosens its parent throws a {@link
 * LianxiException} naming both policies and the obligation. {@link #obligations()} lists what the
 * policy itself declares; {@link #effectiveObligations()} is what the evaluator applies.
 *
 * <p>{@link #contentHash()} is the SHA-256 of a canonical text of every attribute (the parent's
 * hash included), so the same policy has the same hash whether built in code or read from YAML or
 * JSON. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Policy {
  public abstract String id();

  public abstract Explanation title();

  /** The document number, e.g. 苏大委〔2019〕95号. */
  public abstract String documentNumber();

  /** The version, e.g. the date of issue {@code 2019-10-16}. */
  public abstract String version();

  public abstract Optional<LocalDate> effectiveFrom();

  public abstract Optional<LocalDate> effectiveUntil();

  /** The policy this one implements and refines. */
  public abstract Optional<Policy> parent();

  /** The obligations this policy declares (not those it inherits). */
  public abstract ImmutableList<Obligation> obligations();

  /** The thresholds and severities of the integrity rules. */
  @Value.Default
  public IntegritySettings integrity() {
    return IntegritySettings.defaults();
  }

  /** The parent's id, if any. */
  public Optional<String> parentId() {
    return parent().map(Policy::id);
  }

  /**
   * What the evaluator applies: the parent's effective obligations that no obligation of this
   * policy refines, in the parent's order, then this policy's own.
   */
  @Value.Lazy
  public ImmutableList<Obligation> effectiveObligations() {
    if (parent().isEmpty()) {
      return obligations();
    }
    Set<String> refined = new HashSet<>();
    for (Obligation o : obligations()) {
      o.refines().ifPresent(refined::add);
    }
    ImmutableList.Builder<Obligation> all = ImmutableList.builder();
    for (Obligation o : parent().get().effectiveObligations()) {
      if (!refined.contains(o.id())) {
        all.add(o);
      }
    }
    return all.addAll(obligations()).build();
  }

  /** The effective obligation with this id. */
  public Optional<Obligation> obligation(String id) {
    return Optional.ofNullable(byId().get(id));
  }

  /** The policy (this one or an ancestor) that declares the effective obligation {@code id}. */
  public Optional<Policy> declaringPolicy(String obligationId) {
    return Optional.ofNullable(declaringPolicies().get(obligationId));
  }

  @Value.Lazy
  ImmutableMap<String, Obligation> byId() {
    Map<String, Obligation> map = new LinkedHashMap<>();
    for (Obligation o : effectiveObligations()) {
      map.put(o.id(), o);
    }
    return ImmutableMap.copyOf(map);
  }

  @Value.Lazy
  ImmutableMap<String, Policy> declaringPolicies() {
    Map<String, Policy> map = new HashMap<>();
    parent().ifPresent(p -> map.putAll(p.declaringPolicies()));
    map.keySet().retainAll(byId().keySet());
    for (Obligation o : obligations()) {
      map.put(o.id(), this);
    }
    return ImmutableMap.copyOf(map);
  }

  /** SHA-256 (lower-case hex) of the canonical text of every attribute. */
  @Value.Lazy
  public String contentHash() {
    return canonical().sha256();
  }

  /** The canonical text hashed by {@link #contentHash()}. */
  public String canonicalText() {
    return canonical().text();
  }

  private Canonical canonical() {
    Canonical c = new Canonical();
    c.put("id", id()).put("title_zh", title().zh()).put("title_en", title().en());
    c.put("document_number", documentNumber()).put("version", version());
    c.put("effective_from", effectiveFrom().map(LocalDate::toString).orElse("-"));
    c.put("effective_until", effectiveUntil().map(LocalDate::toString).orElse("-"));
    c.put("parent", parent().map(p -> p.id() + "@" + p.contentHash()).orElse("-"));
    IntegritySettings s = integrity();
    c.open("integrity")
        .put("late_entry_hours", s.lateEntryHours())
        .put("implausible_day_minutes", s.implausibleDayMinutes())
        .put("implausible_day_activities", s.implausibleDayActivities())
        .put("bulk_backfill_records", s.bulkBackfillRecords())
        .put("bulk_backfill_window_minutes", s.bulkBackfillWindowMinutes())
        .put("bulk_backfill_weeks", s.bulkBackfillWeeks());
    s.allSeverities().forEach((rule, severity) -> c.put("severity." + rule, severity));
    c.close();
    for (Obligation o : obligations()) {
      o.canonical(c);
    }
    return c;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Policy}. */
  public static final class Builder extends ImmutablePolicy.Builder {}

  @Value.Check
  protected void check() {
    String where = "Policy[" + id() + "]";
    LianxiException.requireNonBlank(where, "id", id());
    LianxiException.requireNonBlank(where, "title.zh", title().zh());
    LianxiException.requireNonBlank(where, "documentNumber", documentNumber());
    LianxiException.requireNonBlank(where, "version", version());
    if (effectiveFrom().isPresent() && effectiveUntil().isPresent()) {
      LianxiException.check(
          !effectiveUntil().get().isBefore(effectiveFrom().get()),
          where,
          "effectiveUntil",
          effectiveUntil().get(),
          "must not be before effectiveFrom " + effectiveFrom().get());
    }
    Set<String> ids = new HashSet<>();
    for (Obligation o : obligations()) {
      LianxiException.check(
          ids.add(o.id()), where, "obligations", o.id(), "duplicate obligation id");
    }
    if (parent().isEmpty()) {
      for (Obligation o : obligations()) {
        LianxiException.check(
            o.refines().isEmpty(),
            where,
            "obligations[" + o.id() + "].refines",
            o.refines().orElse(""),
            "the policy has no parent to refine");
      }
      return;
    }
    Policy parent = parent().get();
    LianxiException.check(
        !parent.id().equals(id()), where, "parent", parent.id(), "must not be the policy itself");
    Set<String> refined = new HashSet<>();
    for (Obligation o : obligations()) {
      o.refines().ifPresent(refined::add);
    }
    for (Obligation o : obligations()) {
      if (o.refines().isPresent()) {
        String target = o.refines().get();
        Optional<Obligation> base = parent.obligation(target);
        if (base.isEmpty()) {
          throw new LianxiException(
              "policy "
                  + id()
                  + ": obligation "
                  + o.id()
                  + " refines "
                  + target
                  + ", which policy "
                  + parent.id()
                  + " does not have");
        }
        String looser = o.looserThan(base.get());
        if (looser != null) {
          throw new LianxiException(
              "policy "
                  + id()
                  + ": obligation "
                  + o.id()
                  + " refines obligation "
                  + target
                  + " of policy "
                  + parent.id()
                  + " but is less strict: "
                  + looser);
        }
      } else if (parent.obligation(o.id()).isPresent() && !refined.contains(o.id())) {
        throw new LianxiException(
            "policy "
                + id()
                + ": obligation "
                + o.id()
                + " has the id of an obligation of policy "
                + parent.id()
                + "; name it in refines to replace it");
      }
    }
  }
}
