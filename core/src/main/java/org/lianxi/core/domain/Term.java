package org.lianxi.core.domain;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A term (学期), e.g. {@code 2024-2025-1} of academic year {@code 2024-2025}. Teaching runs from
 * {@link #startsOn()} to {@link #endsOn()} inclusive; activities count from {@link #opensOn()} (报到,
 * default {@code startsOn}).
 */
@Value.Immutable
public abstract class Term {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

  public abstract String termId();

  /** The academic year, {@code YYYY-YYYY}. */
  public abstract String academicYear();

  public abstract Season season();

  public abstract LocalDate startsOn();

  public abstract LocalDate endsOn();

  @Value.Default
  public LocalDate opensOn() {
    return startsOn();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Term}. */
  public static final class Builder extends ImmutableTerm.Builder {}

  @Value.Check
  protected void check() {
    String where = "Term[" + termId() + "]";
    LianxiException.requireNonBlank(where, "termId", termId());
    var m = YEAR.matcher(academicYear());
    LianxiException.check(
        m.matches() && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1,
        where,
        "academicYear",
        academicYear(),
        "must be YYYY-YYYY of consecutive years");
    LianxiException.check(
        !endsOn().isBefore(startsOn()),
        where,
        "endsOn",
        endsOn(),
        "must not be before startsOn " + startsOn());
    LianxiException.check(
        !opensOn().isAfter(startsOn()),
        where,
        "opensOn",
        opensOn(),
        "must not be after startsOn " + startsOn());
  }
}
