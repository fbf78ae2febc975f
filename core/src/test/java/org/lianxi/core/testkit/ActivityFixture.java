package org.lianxi.core.testkit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.Topic;
import org.lianxi.core.domain.Venue;

/**
 * Activities for example tests: say what matters, leave the rest to the fixture.
 *
 * <pre>{@code
 * Activity visit = anActivity().by(secretary).ofType(DORM_VISIT).on(LocalDate.of(2024, 10, 9)).build();
 * Activity online = anActivity().by(secretary).online().build();
 * }</pre>
 *
 * Unless a test says otherwise an activity has a fresh random id and cadre id, is a 60-minute
 * {@code FACE_TO_FACE} in a {@code CLASSROOM} starting 2024-10-15T14:00 (a Tuesday of a teaching
 * week of term 2024-2025-1), names no contact unit, topic, participants or evidence, and is
 * recorded two hours after it starts (or after a start set later). A fixture instance is a builder:
 * use it from one thread.
 */
public final class ActivityFixture {
  /** The default start: Tuesday 2024-10-15 14:00, in a teaching week of 2024-2025-1. */
  public static final LocalDateTime DEFAULT_START = LocalDateTime.of(2024, 10, 15, 14, 0);

  private final Activity.Builder builder = Activity.builder();
  private LocalDateTime start = DEFAULT_START;
  private LocalDateTime recordedAt;

  private ActivityFixture() {
    builder
        .activityId(anyActivityId())
        .cadreId(CadreFixture.anyCadreId())
        .type(ActivityType.FACE_TO_FACE)
        .minutes(60)
        .venue(Venue.CLASSROOM);
  }

  /** An activity to refine. */
  public static ActivityFixture anActivity() {
    return new ActivityFixture();
  }

  /** An activity whose attributes do not matter to the test. */
  public static Activity anyActivity() {
    return anActivity().build();
  }

  /** A fresh activity id, unlike any other this kit hands out. */
  public static String anyActivityId() {
    return "A-" + UUID.randomUUID().toString().substring(0, 13);
  }

  public ActivityFixture withId(String activityId) {
    builder.activityId(activityId);
    return this;
  }

  public ActivityFixture by(String cadreId) {
    builder.cadreId(cadreId);
    return this;
  }

  public ActivityFixture by(Cadre cadre) {
    return by(cadre.cadreId());
  }

  public ActivityFixture ofType(ActivityType type) {
    builder.type(type);
    return this;
  }

  /** Starts at {@code start}. */
  public ActivityFixture at(LocalDateTime start) {
    this.start = start;
    return this;
  }

  /** Starts on {@code day}, at the time of day already set (14:00 by default). */
  public ActivityFixture on(LocalDate day) {
    this.start = day.atTime(start.toLocalTime());
    return this;
  }

  public ActivityFixture lasting(int minutes) {
    builder.minutes(minutes);
    return this;
  }

  /** With the contact unit {@code contactUnitId}. */
  public ActivityFixture with(String contactUnitId) {
    builder.contactUnitId(contactUnitId);
    return this;
  }

  public ActivityFixture atVenue(Venue venue) {
    builder.venue(venue);
    return this;
  }

  /** Online (进网络): venue {@code ONLINE}, so not in person. */
  public ActivityFixture online() {
    return atVenue(Venue.ONLINE);
  }

  public ActivityFixture about(Topic... topics) {
    builder.addTopics(topics);
    return this;
  }

  public ActivityFixture participants(int participants) {
    builder.participants(participants);
    return this;
  }

  public ActivityFixture evidence(String evidence) {
    builder.evidence(evidence);
    return this;
  }

  public ActivityFixture recordedAt(LocalDateTime recordedAt) {
    this.recordedAt = recordedAt;
    return this;
  }

  /** A correction of the record {@code activityId}. */
  public ActivityFixture superseding(String activityId) {
    builder.supersedes(activityId);
    return this;
  }

  /** The activity; throws {@link org.lianxi.core.domain.LianxiException} if a value is invalid. */
  public Activity build() {
    return builder
        .start(start)
        .recordedAt(recordedAt != null ? recordedAt : start.plusHours(2))
        .build();
  }
}
