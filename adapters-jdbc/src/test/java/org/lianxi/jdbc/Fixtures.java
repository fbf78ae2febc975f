package org.lianxi.jdbc;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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

/**
 * A small two-university dataset that uses every field of every fact, absent and present, with text
 * that databases like to mangle (Chinese, emoji, quotes, commas, new lines, trailing spaces, ids
 * differing only in case).
 */
final class Fixtures {
  private Fixtures() {}

  static final LocalDate TERM_START = LocalDate.of(2024, 9, 2);

  static Dataset small() {
    return Dataset.builder()
        .addOrgUnits(
            unit("SU", "苏州大学", UnitKind.UNIVERSITY, null),
            unit("XG", "学生工作部(处)", UnitKind.FUNCTIONAL_DEPARTMENT, "SU", "student-work", "hotline"),
            unit("XB", "学部 \"理工\"", UnitKind.COLLEGE, "SU"),
            unit("CS", "计算机科学与技术学院", UnitKind.COLLEGE, "XB"),
            unit("OU", "Other University, Inc.", UnitKind.UNIVERSITY, null),
            unit("ou-c", "College of Things", UnitKind.COLLEGE, "OU"))
        .addCadres(
            cadre("C001", "江涌", Tier.UNIVERSITY_LEADERSHIP, "SU", true, true, false),
            cadre("C002", "王\n二", Tier.FUNCTIONAL_DEPARTMENT, "XG", true, false, true),
            cadre("c002", "lower-case id", Tier.COLLEGE_LEADERSHIP, "CS", false, true, false),
            cadre("C003", "Ann O'Neil ", Tier.COLLEGE_LEADERSHIP, "ou-c", false, false, false))
        .addContactUnits(
            ContactUnit.builder()
                .contactUnitId("CL-2024-1")
                .type(ContactUnitType.CLASS)
                .name("2024级计科1班")
                .collegeId("CS")
                .level(StudentLevel.UNDERGRADUATE)
                .size(42)
                .addTags("freshman", "hardship")
                .build(),
            ContactUnit.builder()
                .contactUnitId("PB-1")
                .type(ContactUnitType.PARTY_BRANCH)
                .name("研究生第一党支部")
                .collegeId("CS")
                .level(StudentLevel.GRADUATE)
                .size(17)
                .build(),
            ContactUnit.builder()
                .contactUnitId("AS-1")
                .type(ContactUnitType.ASSOCIATION)
                .name("Robotics, \"Club\" 🤖")
                .size(0)
                .build(),
            ContactUnit.builder()
                .contactUnitId("DM-9")
                .type(ContactUnitType.DORMITORY)
                .name("Dorm 9")
                .collegeId("ou-c")
                .size(120)
                .build(),
            ContactUnit.builder()
                .contactUnitId("ST-7")
                .type(ContactUnitType.STUDENT)
                .name("重点学生七")
                .collegeId("CS")
                .size(1)
                .addTags("hardship")
                .build())
        .addAssignments(
            assignment("C001", "CL-2024-1", TERM_START, null),
            assignment("C001", "PB-1", TERM_START.minusYears(1), TERM_START.plusMonths(3)),
            assignment("c002", "ST-7", TERM_START, null),
            assignment("C003", "DM-9", TERM_START, TERM_START))
        .addActivities(
            Activity.builder()
                .activityId("A1")
                .cadreId("C001")
                .type(ActivityType.THEORY_LECTURE)
                .start(LocalDateTime.of(2024, 9, 3, 8, 0))
                .minutes(90)
                .contactUnitId("CL-2024-1")
                .venue(Venue.CLASSROOM)
                .addTopics(Topic.IDEOLOGY, Topic.ACADEMIC)
                .participants(40)
                .evidence("https://example.edu/a1.jpg; \"photo\", notes\nsecond line")
                .recordedAt(LocalDateTime.of(2024, 9, 3, 10, 15, 30))
                .build(),
            Activity.builder()
                .activityId("a1")
                .cadreId("c002")
                .type(ActivityType.ONLINE_ENGAGEMENT)
                .start(LocalDateTime.of(2024, 9, 4, 20, 0))
                .minutes(30)
                .venue(Venue.ONLINE)
                .recordedAt(LocalDateTime.of(2024, 9, 4, 21, 0))
                .build(),
            Activity.builder()
                .activityId("A2")
                .cadreId("C003")
                .type(ActivityType.DORM_VISIT)
                .start(LocalDateTime.of(2024, 9, 5, 19, 30))
                .minutes(45)
                .contactUnitId("DM-9")
                .venue(Venue.DORMITORY)
                .addTopics(Topic.PSYCHOLOGY, Topic.CAREER, Topic.OTHER)
                .participants(0)
                .evidence("")
                .recordedAt(LocalDateTime.of(2024, 9, 5, 21, 0))
                .build(),
            Activity.builder()
                .activityId("A2-fix")
                .cadreId("C003")
                .type(ActivityType.DORM_VISIT)
                .start(LocalDateTime.of(2024, 9, 5, 19, 30))
                .minutes(60)
                .contactUnitId("DM-9")
                .venue(Venue.DORMITORY)
                .evidence("更正：时长 60 分钟 😀")
                .recordedAt(LocalDateTime.of(2024, 9, 6, 9, 0))
                .supersedes("A2")
                .build())
        .addAbsences(
            Absence.builder()
                .cadreId("C001")
                .startsOn(LocalDate.of(2024, 10, 14))
                .endsOn(LocalDate.of(2024, 10, 18))
                .reason("出访 abroad")
                .build(),
            Absence.builder()
                .cadreId("C001")
                .startsOn(LocalDate.of(2024, 10, 14))
                .endsOn(LocalDate.of(2024, 10, 18))
                .reason("出访 abroad")
                .build(),
            Absence.builder()
                .cadreId("C003")
                .startsOn(LocalDate.of(2024, 11, 1))
                .endsOn(LocalDate.of(2024, 11, 1))
                .build())
        .addTerms(
            Term.builder()
                .termId("2024-2025-1")
                .academicYear("2024-2025")
                .season(Season.AUTUMN)
                .startsOn(TERM_START)
                .endsOn(LocalDate.of(2025, 1, 12))
                .opensOn(LocalDate.of(2024, 8, 30))
                .build(),
            Term.builder()
                .termId("2024-2025-2")
                .academicYear("2024-2025")
                .season(Season.SPRING)
                .startsOn(LocalDate.of(2025, 2, 17))
                .endsOn(LocalDate.of(2025, 6, 29))
                .build())
        .addBreaks(
            Break.builder()
                .startsOn(LocalDate.of(2024, 10, 1))
                .endsOn(LocalDate.of(2024, 10, 7))
                .name("国庆节")
                .build(),
            Break.builder()
                .startsOn(LocalDate.of(2025, 1, 13))
                .endsOn(LocalDate.of(2025, 2, 16))
                .build())
        .addWorkdays(
            WorkdayOverride.of(LocalDate.of(2024, 10, 1), false, "国庆节"),
            WorkdayOverride.of(LocalDate.of(2024, 9, 29), true, "调休"),
            WorkdayOverride.of(LocalDate.of(2024, 10, 12), true, ""))
        .addFeedback(
            Feedback.builder()
                .feedbackId("F1")
                .channel(FeedbackChannel.HOTLINE)
                .unitId("XG")
                .receivedAt(LocalDateTime.of(2024, 9, 10, 9, 0))
                .acknowledgedAt(LocalDateTime.of(2024, 9, 10, 11, 0))
                .closedAt(LocalDateTime.of(2024, 9, 20, 17, 0, 59))
                .category("宿舍, 维修")
                .build(),
            Feedback.builder()
                .feedbackId("F2")
                .channel(FeedbackChannel.MAILBOX)
                .unitId("CS")
                .receivedAt(LocalDateTime.of(2024, 9, 11, 9, 0))
                .build())
        .addReviews(
            Review.builder()
                .activityId("A1")
                .rule(IntegrityRule.LATE_ENTRY)
                .decision(ReviewDecision.DISMISS)
                .reviewer("纪委 Reviewer")
                .reviewedAt(LocalDateTime.of(2024, 9, 30, 12, 0))
                .reason("late, but real")
                .build(),
            Review.builder()
                .activityId("A2")
                .rule(IntegrityRule.DUPLICATE)
                .decision(ReviewDecision.CONFIRM)
                .reviewer("R2")
                .reviewedAt(LocalDateTime.of(2024, 10, 1, 8, 0))
                .build())
        .build();
  }

  /**
   * {@code n} activities of the small dataset's cadres, ids {@code <prefix>1..n}, every field
   * varied.
   */
  static List<Activity> activities(String prefix, int n) {
    String[] cadres = {"C001", "C002", "c002", "C003"};
    String[] units = {"CL-2024-1", "PB-1", "AS-1", "DM-9", "ST-7"};
    ActivityType[] types = ActivityType.values();
    Venue[] venues = Venue.values();
    Topic[] topics = Topic.values();
    List<Activity> out = new ArrayList<>(n);
    LocalDateTime base = TERM_START.atTime(7, 0);
    for (int i = 1; i <= n; i++) {
      LocalDateTime start = base.plusMinutes(97L * i);
      Activity.Builder b =
          Activity.builder()
              .activityId(prefix + i)
              .cadreId(cadres[i % cadres.length])
              .type(types[i % types.length])
              .start(start)
              .minutes(15 + i % 120)
              .venue(venues[i % venues.length])
              .recordedAt(start.plusHours(2).plusSeconds(i % 60));
      if (i % 3 != 0) {
        b.contactUnitId(units[i % units.length]);
      }
      if (i % 4 != 0) {
        b.addTopics(topics[i % topics.length], topics[(i / 4) % topics.length]);
      }
      if (i % 5 != 0) {
        b.participants(i % 50);
      }
      if (i % 7 == 1) {
        b.evidence("证据 " + i + ", \"quoted\"\n🎓 \\N \\ end ");
      }
      out.add(b.build());
    }
    return out;
  }

  /** The small dataset with {@code n} more activities. */
  static Dataset withActivities(Dataset d, String prefix, int n) {
    return Dataset.builder().from(d).addAllActivities(activities(prefix, n)).build();
  }

  private static OrgUnit unit(
      String id, String name, UnitKind kind, String parent, String... tags) {
    OrgUnit.Builder b = OrgUnit.builder().unitId(id).name(name).kind(kind).addTags(tags);
    if (parent != null) {
      b.parentId(parent);
    }
    return b.build();
  }

  private static Cadre cadre(
      String id,
      String name,
      Tier tier,
      String unit,
      boolean principal,
      boolean party,
      boolean branchSecretary) {
    return Cadre.builder()
        .cadreId(id)
        .name(name)
        .tier(tier)
        .unitId(unit)
        .title(principal ? "主要负责人" : "")
        .principal(principal)
        .partyMember(party)
        .branchSecretary(branchSecretary)
        .build();
  }

  private static Assignment assignment(String cadre, String unit, LocalDate from, LocalDate to) {
    Assignment.Builder b = Assignment.builder().cadreId(cadre).contactUnitId(unit).validFrom(from);
    if (to != null) {
      b.validTo(to);
    }
    return b.build();
  }
}
