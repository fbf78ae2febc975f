package org.lianxi.core.policy;

import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.Season;

/**
 * One obligation of a policy: a stable id (e.g. {@code III.1.3-weekly-contact}), the clause it
 * cites (e.g. {@code 三、1.(3)}), a title in Chinese and English, its {@link Strength} and {@link
 * Basis}, who it binds ({@link AppliesTo}), an optional season (autumn-only obligations give
 * verdicts only in autumn terms), the parent obligation it refines (in a child policy) and its
 * {@link ObligationKind}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Obligation {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-]*");

  public abstract String id();

  /** The clause cited, e.g. {@code 三、1.(3)}. */
  public abstract String clause();

  /** What it requires, in a few words, e.g. 每周至少面对面交流1次. */
  public abstract Explanation title();

  public abstract Strength strength();

  public abstract Basis basis();

  @Value.Default
  public AppliesTo appliesTo() {
    return AppliesTo.everyone();
  }

  /** When present, the obligation gives verdicts only in terms of this season. */
  public abstract Optional<Season> season();

  /** The id of the parent policy's obligation this one refines (replaces, at least as strictly). */
  public abstract Optional<String> refines();

  public abstract ObligationKind kind();

  /** Whether verdicts are per unit (feedback) rather than per cadre. */
  public boolean perUnit() {
    return kind() instanceof FeedbackDeadline;
  }

  /**
   * Why this obligation is less strict than {@code parent}, the one it refines, or null when it is
   * at least as strict: strength not weaker, tiers not fewer, and its kind's rules (min not lower,
   * period not longer, deadline not longer ...).
   */
  String looserThan(Obligation parent) {
    if (strength().weakerThan(parent.strength())) {
      return "strength " + strength() + " is weaker than " + parent.strength();
    }
    String who = appliesTo().narrowerThan(parent.appliesTo());
    if (who != null) {
      return who;
    }
    if (season().isPresent() && !season().equals(parent.season())) {
      return "it holds only in " + season().get() + " terms, the parent in " + seasonText(parent);
    }
    return kind().looserThan(parent.kind());
  }

  private static String seasonText(Obligation o) {
    return o.season().map(Season::name).orElse("every term");
  }

  void canonical(Canonical c) {
    c.open("obligation").put("id", id()).put("clause", clause());
    c.put("title_zh", title().zh()).put("title_en", title().en());
    c.put("strength", strength()).put("basis", basis());
    c.open("applies_to");
    appliesTo().canonical(c);
    c.close();
    c.put("season", season().map(Season::name).orElse("-"));
    c.put("refines", refines().orElse("-"));
    c.open("kind");
    ObligationKind k = kind();
    if (k instanceof ActivityCount) {
      ((ActivityCount) k).canonical(c);
    } else if (k instanceof AssignmentQuota) {
      ((AssignmentQuota) k).canonical(c);
    } else if (k instanceof FrontlineDays) {
      ((FrontlineDays) k).canonical(c);
    } else {
      ((FeedbackDeadline) k).canonical(c);
    }
    c.close().close();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Obligation}. */
  public static final class Builder extends ImmutableObligation.Builder {}

  @Value.Check
  protected void check() {
    String where = "Obligation[" + id() + "]";
    LianxiException.check(
        ID.matcher(id()).matches(),
        where,
        "id",
        "\"" + id() + "\"",
        "must be letters, digits, '.', '_' or '-'");
    LianxiException.requireNonBlank(where, "clause", clause());
    LianxiException.requireNonBlank(where, "title.zh", title().zh());
    LianxiException.requireNonBlank(where, "title.en", title().en());
    refines().ifPresent(r -> LianxiException.requireNonBlank(where, "refines", r));
    LianxiException.check(
        !perUnit() || appliesTo().isEveryone(),
        where,
        "appliesTo",
        appliesTo(),
        "a feedback-deadline obligation names its units in the kind, not cadres");
  }
}
