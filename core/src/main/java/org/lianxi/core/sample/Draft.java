package org.lianxi.core.sample;

import java.util.Optional;
import java.util.OptionalInt;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Venue;

/** An activity being scheduled: times in minutes from the start of the term's first day. */
final class Draft {
  final Leader leader;
  ActivityType type;
  int day;
  int start;
  int minutes;
  Unit unit;
  Venue venue;
  int topics;
  int participants = -1;
  String evidence;
  long recorded;
  Draft supersedes;

  /** Added by a planted pattern, or changed by one: not to be touched by another. */
  boolean planted;

  String id;

  Draft(Leader leader) {
    this.leader = leader;
  }

  long startMinute() {
    return day * 1440L + start;
  }

  long endMinute() {
    return startMinute() + minutes;
  }

  Draft copy() {
    Draft c = new Draft(leader);
    c.type = type;
    c.day = day;
    c.start = start;
    c.minutes = minutes;
    c.unit = unit;
    c.venue = venue;
    c.topics = topics;
    c.participants = participants;
    c.evidence = evidence;
    c.recorded = recorded;
    return c;
  }

  Activity build(TermDays td) {
    return Activity.builder()
        .activityId(id)
        .cadreId(leader.id)
        .type(type)
        .start(td.minute(startMinute()))
        .minutes(minutes)
        .contactUnitId(unit == null ? Optional.empty() : Optional.of(unit.id))
        .venue(venue)
        .topics(Profile.topics(topics))
        .participants(participants < 0 ? OptionalInt.empty() : OptionalInt.of(participants))
        .evidence(Optional.ofNullable(evidence))
        .recordedAt(td.minute(recorded))
        .supersedes(supersedes == null ? Optional.empty() : Optional.of(supersedes.id))
        .build();
  }
}
