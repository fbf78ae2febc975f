package org.lianxi.core.sample;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.primitives.Ints;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Topic;
import org.lianxi.core.domain.Venue;

/**
 * How an activity type looks: its length, the parts of the day it happens in, its venues and topics
 * and how many students usually take part. Immutable; thread-safe.
 */
final class Profile {
  static final int MORNING = 1;
  static final int AFTERNOON = 2;
  static final int EVENING = 4;
  static final int ANY = MORNING | AFTERNOON | EVENING;

  static final int IDEOLOGY = 1;
  static final int ACADEMIC = 2;
  static final int PSYCHOLOGY = 4;
  static final int CAREER = 8;
  static final int OTHER = 16;

  /** The topic set of each mask of the constants above, made once. */
  private static final ImmutableList<ImmutableSet<Topic>> TOPIC_SETS = topicSets();

  private static final ImmutableMap<ActivityType, Profile> PROFILES = profiles();

  private final int minMinutes;
  private final int maxMinutes;
  final int slots;
  private final ImmutableList<Venue> venues;
  private final ImmutableList<Integer> topics;
  private final int minPeople;
  private final int maxPeople;

  private Profile(
      int minMinutes,
      int maxMinutes,
      int slots,
      ImmutableList<Venue> venues,
      int[] topics,
      int minPeople,
      int maxPeople) {
    this.minMinutes = minMinutes;
    this.maxMinutes = maxMinutes;
    this.slots = slots;
    this.venues = venues;
    this.topics = ImmutableList.copyOf(Ints.asList(topics));
    this.minPeople = minPeople;
    this.maxPeople = maxPeople;
  }

  /** The first minute of a part of the day: 08:00, 13:30, 18:30. */
  static int slotFrom(int slot) {
    return slot == 0 ? 480 : slot == 1 ? 810 : 1110;
  }

  /** The minute a part of the day ends: 12:00, 18:00, 21:30. */
  static int slotTo(int slot) {
    return slot == 0 ? 720 : slot == 1 ? 1080 : 1290;
  }

  private static ImmutableList<ImmutableSet<Topic>> topicSets() {
    Topic[] topics = {Topic.IDEOLOGY, Topic.ACADEMIC, Topic.PSYCHOLOGY, Topic.CAREER, Topic.OTHER};
    ImmutableList.Builder<ImmutableSet<Topic>> sets = ImmutableList.builder();
    for (int mask = 0; mask < 32; mask++) {
      ImmutableSet.Builder<Topic> b = ImmutableSet.builder();
      for (int i = 0; i < topics.length; i++) {
        if ((mask & (1 << i)) != 0) {
          b.add(topics[i]);
        }
      }
      sets.add(b.build());
    }
    return sets.build();
  }

  /** Minutes, parts of the day, venues, topic masks and people without a unit, per type. */
  private static ImmutableMap<ActivityType, Profile> profiles() {
    Map<ActivityType, Profile> m = new EnumMap<>(ActivityType.class);
    final int day = MORNING | AFTERNOON;
    final int late = AFTERNOON | EVENING;
    m.put(
        ActivityType.THEORY_LECTURE,
        p(90, 120, day, v(Venue.CLASSROOM, Venue.LECTURE), t(IDEOLOGY), 60, 240));
    m.put(
        ActivityType.FIRST_LESSON,
        p(90, 120, day, v(Venue.LECTURE), t(IDEOLOGY, IDEOLOGY | ACADEMIC), 300, 3000));
    m.put(
        ActivityType.FACE_TO_FACE,
        p(
            30,
            90,
            ANY,
            v(Venue.OTHER, Venue.CLASSROOM, Venue.LABORATORY),
            t(ACADEMIC, PSYCHOLOGY, CAREER, IDEOLOGY, OTHER),
            1,
            12));
    m.put(
        ActivityType.DORM_VISIT,
        p(30, 90, late, v(Venue.DORMITORY), t(OTHER, PSYCHOLOGY | OTHER, ACADEMIC | OTHER), 2, 12));
    m.put(ActivityType.CANTEEN_VISIT, p(30, 60, day, v(Venue.CANTEEN), t(OTHER), 5, 30));
    m.put(
        ActivityType.CLASS_OBSERVATION,
        p(45, 100, day, v(Venue.CLASSROOM, Venue.LABORATORY), t(ACADEMIC), 20, 120));
    m.put(
        ActivityType.STUDENT_FORUM,
        p(90, 150, late, v(Venue.OTHER), t(ACADEMIC | OTHER, OTHER, IDEOLOGY | ACADEMIC), 10, 30));
    m.put(
        ActivityType.GRADUATE_FORUM,
        p(90, 150, AFTERNOON, v(Venue.OTHER), t(CAREER, CAREER | IDEOLOGY), 10, 40));
    m.put(
        ActivityType.LEADER_MEAL,
        p(60, 90, MORNING, v(Venue.CANTEEN), t(IDEOLOGY | ACADEMIC, CAREER, OTHER), 8, 15));
    m.put(
        ActivityType.PARTY_DAY, p(90, 180, late, v(Venue.OTHER, Venue.CLASS), t(IDEOLOGY), 10, 40));
    m.put(
        ActivityType.LEAGUE_DAY,
        p(60, 120, late, v(Venue.CLASS, Venue.OTHER), t(IDEOLOGY), 20, 45));
    m.put(ActivityType.ORGANIZATIONAL_LIFE, p(90, 180, late, v(Venue.OTHER), t(IDEOLOGY), 8, 30));
    m.put(
        ActivityType.PARTY_LECTURE,
        p(60, 120, ANY, v(Venue.LECTURE, Venue.OTHER), t(IDEOLOGY), 20, 200));
    m.put(
        ActivityType.CLASS_MEETING,
        p(
            45,
            90,
            late,
            v(Venue.CLASS),
            t(IDEOLOGY, ACADEMIC, IDEOLOGY | ACADEMIC, CAREER),
            25,
            45));
    m.put(
        ActivityType.HEART_TO_HEART,
        p(30, 90, ANY, v(Venue.OTHER), t(PSYCHOLOGY, ACADEMIC | PSYCHOLOGY, CAREER), 1, 3));
    m.put(
        ActivityType.ORIENTATION,
        p(
            90,
            180,
            day,
            v(Venue.LECTURE, Venue.CLASSROOM),
            t(IDEOLOGY | ACADEMIC, ACADEMIC),
            100,
            500));
    m.put(
        ActivityType.GRADUATION_EVENT,
        p(90, 180, late, v(Venue.OTHER, Venue.LECTURE), t(CAREER | IDEOLOGY, CAREER), 80, 400));
    m.put(
        ActivityType.HARDSHIP_SUPPORT,
        p(
            30,
            90,
            late,
            v(Venue.DORMITORY, Venue.OTHER),
            t(OTHER | PSYCHOLOGY, ACADEMIC | OTHER, OTHER),
            1,
            3));
    m.put(
        ActivityType.RESEARCH_VISIT,
        p(
            60,
            180,
            day,
            v(Venue.LABORATORY, Venue.CLASSROOM, Venue.OTHER),
            t(ACADEMIC, OTHER, ACADEMIC | CAREER),
            5,
            30));
    m.put(
        ActivityType.ASSOCIATION_EVENT,
        p(60, 180, late, v(Venue.ASSOCIATION), t(OTHER, IDEOLOGY | OTHER), 20, 100));
    m.put(
        ActivityType.ONLINE_ENGAGEMENT,
        p(30, 60, late, v(Venue.ONLINE), t(IDEOLOGY, PSYCHOLOGY, CAREER), 0, 0));
    m.put(ActivityType.OTHER, p(30, 90, ANY, v(Venue.OTHER), t(OTHER), 5, 30));
    return Maps.immutableEnumMap(m);
  }

  private static Profile p(
      int min, int max, int slots, ImmutableList<Venue> venues, int[] topics, int lo, int hi) {
    return new Profile(min, max, slots, venues, topics, lo, hi);
  }

  private static ImmutableList<Venue> v(Venue... venues) {
    return ImmutableList.copyOf(venues);
  }

  private static int[] t(int... topics) {
    return topics;
  }

  static Profile of(ActivityType type) {
    return PROFILES.get(type);
  }

  static ImmutableSet<Topic> topics(int mask) {
    return TOPIC_SETS.get(mask);
  }

  int minutes(SplittableRandom r) {
    return minMinutes + 5 * r.nextInt((maxMinutes - minMinutes) / 5 + 1);
  }

  Venue venue(SplittableRandom r) {
    return venues.get(r.nextInt(venues.size()));
  }

  int topics(SplittableRandom r) {
    return topics.get(r.nextInt(topics.size()));
  }

  /** Participants without a contact unit; -1 for none recorded. */
  int people(SplittableRandom r) {
    if (maxPeople == 0 || r.nextInt(100) < 4) {
      return -1;
    }
    return minPeople + r.nextInt(maxPeople - minPeople + 1);
  }
}
