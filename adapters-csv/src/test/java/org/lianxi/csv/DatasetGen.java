package org.lianxi.csv;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.Break;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.domain.FeedbackChannel;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Review;
import org.lianxi.core.domain.ReviewDecision;
import org.lianxi.core.domain.Season;
import org.lianxi.core.domain.StudentLevel;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.domain.Topic;
import org.lianxi.core.domain.UnitKind;
import org.lianxi.core.domain.Venue;
import org.lianxi.core.domain.WorkdayOverride;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Generates valid datasets (every reference resolves) whose texts are hostile to CSV and Excel:
 * names that start with {@code =}, {@code +}, {@code -} or {@code @}, contain quotes, commas,
 * {@code ;}, line breaks of every kind, tabs, spaces at either end, and Chinese. Every draw goes
 * through QuickTheories' randomness source, so failures shrink.
 */
final class DatasetGen {
  private static final List<String> PIECES =
      List.of(
          "a",
          "Z",
          "7",
          "=SUM(A1:A9)",
          "+1",
          "-2",
          "@cmd",
          "\"",
          "\"\"",
          ",",
          ";",
          "\n",
          "\r\n",
          "\r",
          "\t",
          " ",
          "'",
          "苏州大学",
          "学生工作部(处)",
          "王",
          "，",
          "\uFEFF",
          "#",
          "\\",
          "𠀀");

  private final RandomnessSource in;

  private DatasetGen(RandomnessSource in) {
    this.in = in;
  }

  /** Generated datasets. */
  static Gen<Dataset> datasets() {
    return in -> new DatasetGen(in).dataset();
  }

  /** Generated hostile texts (possibly empty). */
  static Gen<String> texts() {
    return in -> new DatasetGen(in).text(0);
  }

  int between(int min, int max) {
    return (int) in.next(Constraint.between(min, max));
  }

  boolean chance() {
    return between(0, 1) == 1;
  }

  <T> T pick(List<T> values) {
    return values.get(between(0, values.size() - 1));
  }

  /** A text of at least {@code min} pieces. */
  String text(int min) {
    int n = between(min, 5);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(pick(PIECES));
    }
    return s.toString();
  }

  String nonBlank() {
    String s = text(1);
    return s.isBlank() ? s + "x" : s;
  }

  String id(String prefix, int i) {
    return chance() ? prefix + i : prefix + i + nonBlank();
  }

  String tag() {
    String t = text(1).replace(";", "").strip();
    return t.isEmpty() ? "tag" : t;
  }

  ImmutableSet<String> tags() {
    int n = between(0, 3);
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    for (int i = 0; i < n; i++) {
      b.add(tag());
    }
    return b.build();
  }

  LocalDate date() {
    return LocalDate.of(2000, 1, 1).plusDays(between(0, 12000));
  }

  LocalDateTime dateTime() {
    return date().atTime(between(0, 23), between(0, 59), chance() ? 0 : between(0, 59));
  }

  <E extends Enum<E>> E choice(Class<E> type) {
    return pick(List.of(type.getEnumConstants()));
  }

  Dataset dataset() {
    Dataset.Builder d = Dataset.builder();
    List<OrgUnit> units = new ArrayList<>();
    boolean tree = chance();
    int universities = tree ? between(1, 2) : 1;
    for (int i = 0; i < universities; i++) {
      units.add(
          OrgUnit.builder()
              .unitId(id("U", i))
              .name(nonBlank())
              .kind(UnitKind.UNIVERSITY)
              .tags(tags())
              .build());
    }
    int others = between(0, 5);
    for (int i = 0; i < others; i++) {
      OrgUnit.Builder b =
          OrgUnit.builder()
              .unitId(id("D", i))
              .name(nonBlank())
              .kind(chance() ? UnitKind.COLLEGE : UnitKind.FUNCTIONAL_DEPARTMENT)
              .tags(tags());
      if (tree) {
        b.parentId(pick(units).unitId());
      }
      units.add(b.build());
    }
    d.addAllOrgUnits(units);
    List<String> colleges =
        units.stream().filter(u -> u.kind() == UnitKind.COLLEGE).map(OrgUnit::unitId).toList();

    List<Cadre> cadres = new ArrayList<>();
    for (int i = between(0, 5); i > 0; i--) {
      cadres.add(
          Cadre.builder()
              .cadreId(id("C", i))
              .name(nonBlank())
              .tier(choice(Tier.class))
              .unitId(pick(units).unitId())
              .title(text(0))
              .principal(chance())
              .partyMember(chance())
              .branchSecretary(chance())
              .build());
    }
    d.addAllCadres(cadres);

    List<ContactUnit> contactUnits = new ArrayList<>();
    for (int i = between(0, 5); i > 0; i--) {
      contactUnits.add(
          ContactUnit.builder()
              .contactUnitId(id("K", i))
              .type(choice(ContactUnitType.class))
              .name(nonBlank())
              .collegeId(
                  colleges.isEmpty() || chance() ? Optional.empty() : Optional.of(pick(colleges)))
              .level(chance() ? Optional.empty() : Optional.of(choice(StudentLevel.class)))
              .size(between(0, 500))
              .tags(tags())
              .build());
    }
    d.addAllContactUnits(contactUnits);

    if (!cadres.isEmpty() && !contactUnits.isEmpty()) {
      for (int i = between(0, 4); i > 0; i--) {
        LocalDate from = date();
        d.addAssignments(
            Assignment.builder()
                .cadreId(pick(cadres).cadreId())
                .contactUnitId(pick(contactUnits).contactUnitId())
                .validFrom(from)
                .validTo(chance() ? Optional.empty() : Optional.of(from.plusDays(between(0, 900))))
                .build());
      }
    }

    for (int i = between(0, 3); i > 0; i--) {
      LocalDate starts = date();
      Term.Builder t =
          Term.builder()
              .termId(id("T", i))
              .academicYear(starts.getYear() + "-" + (starts.getYear() + 1))
              .season(choice(Season.class))
              .startsOn(starts)
              .endsOn(starts.plusDays(between(0, 150)));
      if (chance()) {
        t.opensOn(starts.minusDays(between(0, 5)));
      }
      d.addTerms(t.build());
    }
    for (int i = between(0, 3); i > 0; i--) {
      LocalDate starts = date();
      d.addBreaks(
          Break.builder()
              .startsOn(starts)
              .endsOn(starts.plusDays(between(0, 10)))
              .name(text(0))
              .build());
    }
    Set<LocalDate> days = new HashSet<>();
    for (int i = between(0, 3); i > 0; i--) {
      LocalDate day = date();
      if (days.add(day)) {
        d.addWorkdays(WorkdayOverride.of(day, chance(), text(0)));
      }
    }
    if (!cadres.isEmpty()) {
      for (int i = between(0, 3); i > 0; i--) {
        LocalDate starts = date();
        d.addAbsences(
            Absence.builder()
                .cadreId(pick(cadres).cadreId())
                .startsOn(starts)
                .endsOn(starts.plusDays(between(0, 30)))
                .reason(text(0))
                .build());
      }
    }
    List<Activity> activities = new ArrayList<>();
    if (!cadres.isEmpty()) {
      for (int i = between(0, 6); i > 0; i--) {
        LocalDateTime start = dateTime().withSecond(0);
        ImmutableSet.Builder<Topic> topics = ImmutableSet.builder();
        for (int k = between(0, 3); k > 0; k--) {
          topics.add(choice(Topic.class));
        }
        activities.add(
            Activity.builder()
                .activityId(id("A", i))
                .cadreId(pick(cadres).cadreId())
                .type(choice(ActivityType.class))
                .start(start)
                .minutes(between(1, 600))
                .contactUnitId(
                    contactUnits.isEmpty() || chance()
                        ? Optional.empty()
                        : Optional.of(pick(contactUnits).contactUnitId()))
                .venue(choice(Venue.class))
                .topics(topics.build())
                .participants(chance() ? OptionalInt.empty() : OptionalInt.of(between(0, 300)))
                .evidence(chance() ? Optional.empty() : Optional.of(nonBlank()))
                .recordedAt(start.plusMinutes(between(-60, 100000)).withSecond(between(0, 59)))
                .supersedes(
                    activities.isEmpty() || chance()
                        ? Optional.empty()
                        : Optional.of(pick(activities).activityId()))
                .build());
      }
    }
    d.addAllActivities(activities);
    for (int i = between(0, 3); i > 0; i--) {
      LocalDateTime received = dateTime();
      d.addFeedback(
          Feedback.builder()
              .feedbackId(id("F", i))
              .channel(choice(FeedbackChannel.class))
              .unitId(pick(units).unitId())
              .receivedAt(received)
              .acknowledgedAt(
                  chance() ? Optional.empty() : Optional.of(received.plusMinutes(between(0, 5000))))
              .closedAt(
                  chance()
                      ? Optional.empty()
                      : Optional.of(received.plusMinutes(between(0, 50000))))
              .category(text(0))
              .build());
    }
    if (!activities.isEmpty()) {
      for (int i = between(0, 3); i > 0; i--) {
        d.addReviews(
            Review.builder()
                .activityId(pick(activities).activityId())
                .rule(choice(IntegrityRule.class))
                .decision(choice(ReviewDecision.class))
                .reviewer(nonBlank())
                .reviewedAt(dateTime())
                .reason(text(0))
                .build());
      }
    }
    return d.build();
  }
}
