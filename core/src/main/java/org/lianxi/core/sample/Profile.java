package org.lianxi.core.sample;

import com.google.common.collect.ImmutableSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Topic;
import org.lianxi.core.domain.Venue;

/**
 * How an activity type looks: its length, the parts of the day it happens in, its venues and topics
 * and how many students usually take part. Constants only; thread-safe.
 */
final class Profile {
  static final int MORNING = 1;
  static final int AFTERNOON = 2;
  static final int EVENING = 4;
  static final int ANY = MORNING | AFTERNOON | EVENING;

  /** Slot windows in minutes of the day: 08:00–12:00, 13:30–18:00, 18:30–21:30. */
  static final int[] SLOT_FROM = {480, 810, 1110};

  static final int[] SLOT_TO = {720, 1080, 1290};

  static final int IDEOLOGY = 1;
  static final int ACADEMIC = 2;
  static final int PSYCHOLOGY = 4;
  static final int CAREER = 8;
  static final int OTHER = 16;

  @SuppressWarnings("unchecked")
  private static final ImmutableSet<Topic>[] TOPIC_SETS = new ImmutableSet[32];

  static {
    Topic[] topics = {Topic.IDEOLOGY, Topic.ACADEMIC, Topic.PSYCHOLOGY, Topic.CAREER, Topic.OTHER};
    for (int mask = 0; mask < 32; mask++) {
      ImmutableSet.Builder<Topic> b = ImmutableSet.builder();
      for (int i = 0; i < topics.length; i++) {
        if ((mask & (1 << i)) != 0) {
          b.add(topics[i]);
        }
      }
      TOPIC_SETS[mask] = b.build();
    }
  }

  final int minMinutes;
  final int maxMinutes;
  final int slots;
  final Venue[] venues;
  final int[] topics;
  final int minPeople;
  final int maxPeople;

  private Profile(
      int minMinutes,
      int maxMinutes,
      int slots,
      Venue[] venues,
      int[] topics,
      int minPeople,
      int maxPeople) {
    this.minMinutes = minMinutes;
    this.maxMinutes = maxMinutes;
    this.slots = slots;
    this.venues = venues;
    this.topics = topics;
    this.minPeople = minPeople;
    this.maxPeople = maxPeople;
  }

  private static final Map<ActivityType, Profile> PROFILES = new EnumMap<>(ActivityType.class);

  private static void p(
      ActivityType t, int min, int max, int slots, Venue[] venues, int[] topics, int lo, int hi) {
    PROFILES.put(t, new Profile(min, max, slots, venues, topics, lo, hi));
  }

  private static Venue[] v(Venue... venues) {
    return venues;
  }

  private static int[] t(int... topics) {
    return topics;
  }

  static {
    p(
        ActivityType.THEORY_LECTURE,
        90,
        120,
        MORNING | AFTERNOON,
        v(Venue.CLASSROOM, Venue.LECTURE),
        t(IDEOLOGY),
        60,
        240);
    p(
        ActivityType.FIRST_LESSON,
        90,
        120,
        MORNING | AFTERNOON,
        v(Venue.LECTURE),
        t(IDEOLOGY, IDEOLOGY | ACADEMIC),
        300,
        3000);
    p(
        ActivityType.FACE_TO_FACE,
        30,
        90,
        ANY,
        v(Venue.OTHER, Venue.CLASSROOM, Venue.LABORATORY),
        t(ACADEMIC, PSYCHOLOGY, CAREER, IDEOLOGY, OTHER),
        1,
        12);
    p(
        ActivityType.DORM_VISIT,
        30,
        90,
        AFTERNOON | EVENING,
        v(Venue.DORMITORY),
        t(OTHER, PSYCHOLOGY | OTHER, ACADEMIC | OTHER),
        2,
        12);
    p(ActivityType.CANTEEN_VISIT, 30, 60, MORNING | AFTERNOON, v(Venue.CANTEEN), t(OTHER), 5, 30);
    p(
        ActivityType.CLASS_OBSERVATION,
        45,
        100,
        MORNING | AFTERNOON,
        v(Venue.CLASSROOM, Venue.LABORATORY),
        t(ACADEMIC),
        20,
        120);
    p(
        ActivityType.STUDENT_FORUM,
        90,
        150,
        AFTERNOON | EVENING,
        v(Venue.OTHER),
        t(ACADEMIC | OTHER, OTHER, IDEOLOGY | ACADEMIC),
        10,
        30);
    p(
        ActivityType.GRADUATE_FORUM,
        90,
        150,
        AFTERNOON,
        v(Venue.OTHER),
        t(CAREER, CAREER | IDEOLOGY),
        10,
        40);
    p(
        ActivityType.LEADER_MEAL,
        60,
        90,
        MORNING,
        v(Venue.CANTEEN),
        t(IDEOLOGY | ACADEMIC, CAREER, OTHER),
        8,
        15);
    p(
        ActivityType.PARTY_DAY,
        90,
        180,
        AFTERNOON | EVENING,
        v(Venue.OTHER, Venue.CLASS),
        t(IDEOLOGY),
        10,
        40);
    p(
        ActivityType.LEAGUE_DAY,
        60,
        120,
        AFTERNOON | EVENING,
        v(Venue.CLASS, Venue.OTHER),
        t(IDEOLOGY),
        20,
        45);
    p(
        ActivityType.ORGANIZATIONAL_LIFE,
        90,
        180,
        AFTERNOON | EVENING,
        v(Venue.OTHER),
        t(IDEOLOGY),
        8,
        30);
    p(
        ActivityType.PARTY_LECTURE,
        60,
        120,
        ANY,
        v(Venue.LECTURE, Venue.OTHER),
        t(IDEOLOGY),
        20,
        200);
    p(
        ActivityType.CLASS_MEETING,
        45,
        90,
        AFTERNOON | EVENING,
        v(Venue.CLASS),
        t(IDEOLOGY, ACADEMIC, IDEOLOGY | ACADEMIC, CAREER),
        25,
        45);
    p(
        ActivityType.HEART_TO_HEART,
        30,
        90,
        ANY,
        v(Venue.OTHER),
        t(PSYCHOLOGY, ACADEMIC | PSYCHOLOGY, CAREER),
        1,
        3);
    p(
        ActivityType.ORIENTATION,
        90,
        180,
        MORNING | AFTERNOON,
        v(Venue.LECTURE, Venue.CLASSROOM),
        t(IDEOLOGY | ACADEMIC, ACADEMIC),
        100,
        500);
    p(
        ActivityType.GRADUATION_EVENT,
        90,
        180,
        AFTERNOON | EVENING,
        v(Venue.OTHER, Venue.LECTURE),
        t(CAREER | IDEOLOGY, CAREER),
        80,
        400);
    p(
        ActivityType.HARDSHIP_SUPPORT,
        30,
        90,
        AFTERNOON | EVENING,
        v(Venue.DORMITORY, Venue.OTHER),
        t(OTHER | PSYCHOLOGY, ACADEMIC | OTHER, OTHER),
        1,
        3);
    p(
        ActivityType.RESEARCH_VISIT,
        60,
        180,
        MORNING | AFTERNOON,
        v(Venue.LABORATORY, Venue.CLASSROOM, Venue.OTHER),
        t(ACADEMIC, OTHER, ACADEMIC | CAREER),
        5,
        30);
    p(
        ActivityType.ASSOCIATION_EVENT,
        60,
        180,
        AFTERNOON | EVENING,
        v(Venue.ASSOCIATION),
        t(OTHER, IDEOLOGY | OTHER),
        20,
        100);
    p(
        ActivityType.ONLINE_ENGAGEMENT,
        30,
        60,
        AFTERNOON | EVENING,
        v(Venue.ONLINE),
        t(IDEOLOGY, PSYCHOLOGY, CAREER),
        0,
        0);
    p(ActivityType.OTHER, 30, 90, ANY, v(Venue.OTHER), t(OTHER), 5, 30);
  }

  static Profile of(ActivityType type) {
    return PROFILES.get(type);
  }

  static ImmutableSet<Topic> topics(int mask) {
    return TOPIC_SETS[mask];
  }

  int minutes(SplittableRandom r) {
    return minMinutes + 5 * r.nextInt((maxMinutes - minMinutes) / 5 + 1);
  }

  Venue venue(SplittableRandom r) {
    return venues[r.nextInt(venues.length)];
  }

  int topics(SplittableRandom r) {
    return topics[r.nextInt(topics.length)];
  }

  /** Participants without a contact unit; -1 for none recorded. */
  int people(SplittableRandom r) {
    if (maxPeople == 0 || r.nextInt(100) < 4) {
      return -1;
    }
    return minPeople + r.nextInt(maxPeople - minPeople + 1);
  }
}
