package org.lianxi.core.evaluation;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.policy.Basis;
import org.lianxi.core.policy.Strength;

/**
 * One obligation's verdict on one subject for one term at an as-of day: a cadre, or an org unit for
 * feedback obligations. {@link #required()} and {@link #achieved()} are raw counts (activities,
 * distinct units, due weeks or months, frontline days or due feedback items, by kind; never
 * capped); {@link #activityIds()} lists every activity that counts; {@link #excluded()} the
 * activities that would have counted but were excluded, with their reasons; {@link #missing()} what
 * is missing (the teaching weeks or months without enough activities, or the feedback items not
 * answered in time); the {@link #explanation()} says it all in Chinese and English, citing the
 * clause. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Verdict {
  /** A cadre id, or an org-unit id for feedback obligations. */
  public abstract String subject();

  /** The university the subject belongs to (the root of its org unit). */
  public abstract String university();

  public abstract String obligationId();

  /** The clause cited; an inherited obligation's clause is prefixed by its document number. */
  public abstract String clause();

  public abstract Strength strength();

  public abstract Basis basis();

  public abstract Status status();

  public abstract int required();

  public abstract int achieved();

  /** The activities that count, in order of start. */
  public abstract ImmutableList<String> activityIds();

  /** The contact units that count (assignment obligations), sorted. */
  public abstract ImmutableList<String> unitIds();

  /** The feedback items acknowledged and closed in time (feedback obligations). */
  public abstract ImmutableList<String> feedbackIds();

  public abstract ImmutableList<ExcludedActivity> excluded();

  /**
   * What is missing: ISO weeks ({@code 2024-W40}) or months ({@code 2024-10}) not met, or feedback
   * items not answered in time.
   */
  public abstract ImmutableList<String> missing();

  public abstract Explanation explanation();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Verdict}. */
  public static final class Builder extends ImmutableVerdict.Builder {}

  @Value.Check
  protected void check() {
    String where = "Verdict[" + subject() + "/" + obligationId() + "]";
    LianxiException.check(required() >= 0, where, "required", required(), "must be >= 0");
    LianxiException.check(achieved() >= 0, where, "achieved", achieved(), "must be >= 0");
  }
}
