package org.lianxi.core.domain;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One recorded engagement of a cadre with students. Times are local date-times in the university's
 * time zone. A record with {@link #supersedes()} corrects an earlier record, which stays in the log
 * but stops counting.
 */
@Value.Immutable
public abstract class Activity {
  public abstract String activityId();

  public abstract String cadreId();

  public abstract ActivityType type();

  public abstract LocalDateTime start();

  public abstract int minutes();

  public abstract Optional<String> contactUnitId();

  public abstract Venue venue();

  public abstract ImmutableSet<Topic> topics();

  public abstract OptionalInt participants();

  public abstract Optional<String> evidence();

  public abstract LocalDateTime recordedAt();

  /** The id of the earlier record this one corrects. */
  public abstract Optional<String> supersedes();

  /** The end of the activity ({@code start + minutes}). */
  public LocalDateTime end() {
    return start().plusMinutes(minutes());
  }

  /** The day it started. */
  public LocalDate day() {
    return start().toLocalDate();
  }

  /** In person (SPEC §3.1): venue is not ONLINE and type is not ONLINE_ENGAGEMENT. */
  public boolean inPerson() {
    return venue() != Venue.ONLINE && type() != ActivityType.ONLINE_ENGAGEMENT;
  }

  /**
   * Whether the two records are exact duplicates (SPEC §3.1): same cadre, type, unit, start and
   * minutes.
   */
  public boolean sameEngagementAs(Activity other) {
    return cadreId().equals(other.cadreId())
        && type() == other.type()
        && contactUnitId().equals(other.contactUnitId())
        && start().equals(other.start())
        && minutes() == other.minutes();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Activity}. */
  public static final class Builder extends ImmutableActivity.Builder {}

  /**
   * Validates the record. Allocation-free when the record is valid: the {@code Activity[id]}
   * context of the message is only built on an error (this runs on every construction, e.g. every
   * CSV row).
   */
  @Value.Check
  protected void check() {
    String id = activityId();
    if (blank(id)) {
      LianxiException.requireNonBlank(where(), "activityId", id);
    }
    if (blank(cadreId())) {
      LianxiException.requireNonBlank(where(), "cadreId", cadreId());
    }
    int m = minutes();
    if (m <= 0) {
      LianxiException.check(false, where(), "minutes", m, "must be > 0");
    }
    Optional<String> unit = contactUnitId();
    if (unit.isPresent() && blank(unit.get())) {
      LianxiException.requireNonBlank(where(), "contactUnitId", unit.get());
    }
    OptionalInt p = participants();
    if (p.isPresent() && p.getAsInt() < 0) {
      LianxiException.check(false, where(), "participants", p.getAsInt(), "must be >= 0");
    }
    Optional<String> sup = supersedes();
    if (sup.isPresent()) {
      String s = sup.get();
      if (blank(s)) {
        LianxiException.requireNonBlank(where(), "supersedes", s);
      }
      if (s.equals(id)) {
        LianxiException.check(false, where(), "supersedes", s, "must not be the record itself");
      }
    }
  }

  private String where() {
    return "Activity[" + activityId() + "]";
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
