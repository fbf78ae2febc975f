package org.lianxi.core.integrity;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.Severity;

/**
 * The thresholds and severities of the integrity rules (SPEC §4), part of a policy and overridable
 * in its YAML ({@code integrity:} section). Defaults are those of SPEC §3.1 and §4. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class IntegritySettings {
  /** {@code LATE_ENTRY}: recorded more than this many hours after the start. */
  @Value.Default
  public int lateEntryHours() {
    return 720;
  }

  /** {@code IMPLAUSIBLE_DAY}: minutes of activities starting on one day above this. */
  @Value.Default
  public int implausibleDayMinutes() {
    return 720;
  }

  /** {@code IMPLAUSIBLE_DAY}: more than this many activities starting on one day. */
  @Value.Default
  public int implausibleDayActivities() {
    return 8;
  }

  /** {@code BULK_BACKFILL}: this many records or more ... */
  @Value.Default
  public int bulkBackfillRecords() {
    return 10;
  }

  /** ... whose {@code recordedAt} fall in one window of this many minutes ... */
  @Value.Default
  public int bulkBackfillWindowMinutes() {
    return 60;
  }

  /** ... and whose starts span this many ISO weeks or more. */
  @Value.Default
  public int bulkBackfillWeeks() {
    return 4;
  }

  /** Severity per rule; rules not listed take their default ({@link #defaultSeverity}). */
  public abstract ImmutableMap<IntegrityRule, Severity> severities();

  /** The severity of a rule under these settings. */
  public Severity severity(IntegrityRule rule) {
    return severities().getOrDefault(rule, defaultSeverity(rule));
  }

  /** Every rule's severity, defaults filled in. */
  public Map<IntegrityRule, Severity> allSeverities() {
    Map<IntegrityRule, Severity> all = new EnumMap<>(IntegrityRule.class);
    for (IntegrityRule r : IntegrityRule.values()) {
      all.put(r, severity(r));
    }
    return all;
  }

  /** The default severity of SPEC §4. */
  public static Severity defaultSeverity(IntegrityRule rule) {
    switch (rule) {
      case OVERLAP:
      case DURING_ABSENCE:
      case RECORDED_BEFORE_START:
        return Severity.HIGH;
      case IMPLAUSIBLE_DAY:
      case OVERSIZED:
      case BULK_BACKFILL:
        return Severity.MEDIUM;
      case LATE_ENTRY:
      case UNASSIGNED_UNIT:
      case DUPLICATE:
        return Severity.LOW;
    }
    throw new AssertionError(rule);
  }

  /** The defaults of SPEC §4. */
  public static IntegritySettings defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IntegritySettings}. */
  public static final class Builder extends ImmutableIntegritySettings.Builder {}

  @Value.Check
  protected void check() {
    String where = "IntegritySettings";
    LianxiException.check(
        lateEntryHours() > 0, where, "lateEntryHours", lateEntryHours(), "must be > 0");
    LianxiException.check(
        implausibleDayMinutes() > 0,
        where,
        "implausibleDayMinutes",
        implausibleDayMinutes(),
        "must be > 0");
    LianxiException.check(
        implausibleDayActivities() > 0,
        where,
        "implausibleDayActivities",
        implausibleDayActivities(),
        "must be > 0");
    LianxiException.check(
        bulkBackfillRecords() > 1,
        where,
        "bulkBackfillRecords",
        bulkBackfillRecords(),
        "must be > 1");
    LianxiException.check(
        bulkBackfillWindowMinutes() > 0,
        where,
        "bulkBackfillWindowMinutes",
        bulkBackfillWindowMinutes(),
        "must be > 0");
    LianxiException.check(
        bulkBackfillWeeks() > 0, where, "bulkBackfillWeeks", bulkBackfillWeeks(), "must be > 0");
  }
}
