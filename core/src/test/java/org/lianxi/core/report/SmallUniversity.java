package org.lianxi.core.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.domain.FeedbackChannel;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Review;
import org.lianxi.core.domain.ReviewDecision;
import org.lianxi.core.domain.Season;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.domain.Topic;
import org.lianxi.core.domain.UnitKind;
import org.lianxi.core.domain.Venue;
import org.lianxi.core.policy.ActivityCount;
import org.lianxi.core.policy.AppliesTo;
import org.lianxi.core.policy.AssignmentQuota;
import org.lianxi.core.policy.Basis;
import org.lianxi.core.policy.Deadline;
import org.lianxi.core.policy.FeedbackDeadline;
import org.lianxi.core.policy.Obligation;
import org.lianxi.core.policy.Period;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.policy.Strength;

/**
 * A small university {@code U} (and a second one, {@code V}) over two terms, designed by hand so
 * that every verdict of the report for the spring term at its last day is known (see each cadre's
 * comment), under a compact policy with one obligation of each shape:
 *
 * <ul>
 *   <li>{@code lecture} 三、1.(1) literal, mandatory: university leaders ≥ 1 THEORY_LECTURE a term;
 *   <li>{@code hardship} 三、3.(3) interpretation, mandatory: college leaders ≥ 2 HARDSHIP_SUPPORT;
 *   <li>{@code dept-link} 三、2.(1) literal, mandatory: department cadres 1–2 classes or branches;
 *   <li>{@code focus} 三、2.(2) interpretation, recommended: department cadres ≥ 2 HEART_TO_HEART;
 *   <li>{@code party-lecture} 三、3.(2) interpretation, mandatory: Party-member college leaders ≥ 1
 *       PARTY_LECTURE an academic year;
 *   <li>{@code feedback} 三、2.(3) interpretation, mandatory: hotline units, 2 and 15 working days.
 * </ul>
 *
 * One finding is dismissed (G3's activity recorded before it started) and one confirmed (G2's
 * overlapping FACE_TO_FACE, 弄虚作假).
 */
public final class SmallUniversity {
  public static final Term AUTUMN =
      Term.builder()
          .termId("2024-2025-1")
          .academicYear("2024-2025")
          .season(Season.AUTUMN)
          .startsOn(LocalDate.parse("2024-09-02"))
          .endsOn(LocalDate.parse("2025-01-12"))
          .build();
  public static final Term SPRING =
      Term.builder()
          .termId("2024-2025-2")
          .academicYear("2024-2025")
          .season(Season.SPRING)
          .startsOn(LocalDate.parse("2025-02-17"))
          .endsOn(LocalDate.parse("2025-06-29"))
          .build();
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneOffset.UTC);
  public static final byte[] KEY =
      "small-university-host-key".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  private SmallUniversity() {}

  private static Obligation.Builder obligation(
      String id, String clause, Basis basis, Strength strength, String zh) {
    return Obligation.builder()
        .id(id)
        .clause(clause)
        .basis(basis)
        .strength(strength)
        .title(Explanation.of(zh, id));
  }

  public static Policy policy() {
    return Policy.builder()
        .id("small-test")
        .title(Explanation.of("测试方案", "test policy"))
        .documentNumber("测〔2025〕1号")
        .version("2025-01-01")
        .addObligations(
            obligation("lecture", "三、1.(1)", Basis.LITERAL, Strength.MANDATORY, "每学期讲1次思政课")
                .appliesTo(AppliesTo.tiers(Tier.UNIVERSITY_LEADERSHIP))
                .kind(
                    ActivityCount.builder()
                        .addActivityTypes(ActivityType.THEORY_LECTURE)
                        .min(1)
                        .period(Period.TERM)
                        .build())
                .build(),
            obligation("hardship", "三、3.(3)", Basis.INTERPRETATION, Strength.MANDATORY, "定期帮扶困难学生")
                .appliesTo(AppliesTo.tiers(Tier.COLLEGE_LEADERSHIP))
                .kind(
                    ActivityCount.builder()
                        .addActivityTypes(ActivityType.HARDSHIP_SUPPORT)
                        .min(2)
                        .period(Period.TERM)
                        .build())
                .build(),
            obligation("dept-link", "三、2.(1)", Basis.LITERAL, Strength.MANDATORY, "联系1个班级或党支部")
                .appliesTo(AppliesTo.tiers(Tier.FUNCTIONAL_DEPARTMENT))
                .kind(
                    AssignmentQuota.builder()
                        .addUnitTypes(ContactUnitType.CLASS, ContactUnitType.PARTY_BRANCH)
                        .min(1)
                        .max(2)
                        .build())
                .build(),
            obligation("focus", "三、2.(2)", Basis.INTERPRETATION, Strength.RECOMMENDED, "可联系重点学生")
                .appliesTo(AppliesTo.tiers(Tier.FUNCTIONAL_DEPARTMENT))
                .kind(
                    ActivityCount.builder()
                        .addActivityTypes(ActivityType.HEART_TO_HEART)
                        .min(2)
                        .period(Period.TERM)
                        .build())
                .build(),
            obligation(
                    "party-lecture",
                    "三、3.(2)",
                    Basis.INTERPRETATION,
                    Strength.MANDATORY,
                    "每学年讲1次党课")
                .appliesTo(
                    AppliesTo.builder().addTiers(Tier.COLLEGE_LEADERSHIP).partyMember(true).build())
                .kind(
                    ActivityCount.builder()
                        .addActivityTypes(ActivityType.PARTY_LECTURE)
                        .min(1)
                        .period(Period.ACADEMIC_YEAR)
                        .build())
                .build(),
            obligation("feedback", "三、2.(3)", Basis.INTERPRETATION, Strength.MANDATORY, "及时回应学生诉求")
                .kind(
                    FeedbackDeadline.builder()
                        .acknowledgeWithin(Deadline.workingDays(2))
                        .closeWithin(Deadline.workingDays(15))
                        .addUnitTags("hotline")
                        .build())
                .build())
        .build();
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
      String title,
      boolean principal,
      boolean party) {
    return Cadre.builder()
        .cadreId(id)
        .name(name)
        .tier(tier)
        .unitId(unit)
        .title(title)
        .principal(principal)
        .partyMember(party)
        .branchSecretary(false)
        .build();
  }

  private static ContactUnit cu(
      String id, ContactUnitType type, String name, String college, String... tags) {
    ContactUnit.Builder b =
        ContactUnit.builder().contactUnitId(id).type(type).name(name).size(30).addTags(tags);
    if (college != null) {
      b.collegeId(college);
    }
    return b.build();
  }

  private static Assignment link(String cadre, String unit) {
    return Assignment.builder()
        .cadreId(cadre)
        .contactUnitId(unit)
        .validFrom(LocalDate.parse("2024-09-01"))
        .build();
  }

  private static Activity act(
      String id,
      String cadre,
      ActivityType type,
      String start,
      Venue venue,
      String unit,
      Topic... topics) {
    LocalDateTime s = LocalDateTime.parse(start);
    Activity.Builder b =
        Activity.builder()
            .activityId(id)
            .cadreId(cadre)
            .type(type)
            .start(s)
            .minutes(60)
            .venue(venue)
            .addTopics(topics)
            .recordedAt(s.plusMinutes(70));
    if (unit != null) {
      b.contactUnitId(unit);
    }
    return b.build();
  }

  private static Review review(String activity, IntegrityRule rule, ReviewDecision d) {
    return Review.builder()
        .activityId(activity)
        .rule(rule)
        .decision(d)
        .reviewer("纪委审查员")
        .reviewedAt(LocalDateTime.parse("2025-03-20T10:00"))
        .reason("核对签到记录")
        .build();
  }

  public static Dataset dataset() {
    List<Activity> a = new ArrayList<>();
    // L1 党委书记: lecture MET in both terms; the broadest reach (exemplar rank 1).
    a.add(
        act(
            "A-L1-1",
            "L1",
            ActivityType.THEORY_LECTURE,
            "2024-10-15T09:00",
            Venue.CLASSROOM,
            "C1",
            Topic.IDEOLOGY));
    a.add(
        act(
            "A-L1-2",
            "L1",
            ActivityType.THEORY_LECTURE,
            "2025-04-15T09:00",
            Venue.LECTURE,
            "C1",
            Topic.IDEOLOGY,
            Topic.CAREER));
    a.add(
        act(
            "A-L1-3",
            "L1",
            ActivityType.DORM_VISIT,
            "2025-05-20T19:00",
            Venue.DORMITORY,
            "C1",
            Topic.CAREER));
    // L2 副校长: lecture MET in autumn, SHORTFALL in spring (literal → 不到位).
    a.add(
        act(
            "A-L2-1",
            "L2",
            ActivityType.THEORY_LECTURE,
            "2024-11-12T09:00",
            Venue.LECTURE,
            null,
            Topic.IDEOLOGY));
    // G1 计算机学院书记: hardship SHORTFALL in both terms (interpretation twice → 不到位); party lecture MET.
    a.add(
        act(
            "A-G1-1",
            "G1",
            ActivityType.HARDSHIP_SUPPORT,
            "2024-10-20T15:00",
            Venue.OTHER,
            "S1",
            Topic.PSYCHOLOGY));
    a.add(
        act(
            "A-G1-2",
            "G1",
            ActivityType.PARTY_LECTURE,
            "2024-11-20T14:00",
            Venue.LECTURE,
            "B1",
            Topic.IDEOLOGY));
    // G2 副院长: hardship SHORTFALL in autumn, MET in spring; party lecture SHORTFALL at the year's
    // end;
    // A-G2-3 overlaps A-G2-2: confirmed for A-G2-3 (弄虚作假), dismissed for A-G2-2.
    a.add(
        act(
            "A-G2-1",
            "G2",
            ActivityType.HARDSHIP_SUPPORT,
            "2024-10-21T15:00",
            Venue.OTHER,
            null,
            Topic.PSYCHOLOGY));
    a.add(
        act(
            "A-G2-2",
            "G2",
            ActivityType.HARDSHIP_SUPPORT,
            "2025-03-10T14:00",
            Venue.OTHER,
            null,
            Topic.PSYCHOLOGY));
    a.add(
        act(
            "A-G2-3",
            "G2",
            ActivityType.FACE_TO_FACE,
            "2025-03-10T14:30",
            Venue.CLASSROOM,
            null,
            Topic.ACADEMIC));
    a.add(
        act(
            "A-G2-4",
            "G2",
            ActivityType.HARDSHIP_SUPPORT,
            "2025-04-10T14:00",
            Venue.OTHER,
            null,
            Topic.PSYCHOLOGY));
    // G3 文学院院长 (not a Party member): hardship MET in both terms; A-G3-3 was recorded before it
    // started, a finding a reviewer dismissed, so it counts.
    a.add(
        act(
            "A-G3-1",
            "G3",
            ActivityType.HARDSHIP_SUPPORT,
            "2024-10-22T15:00",
            Venue.DORMITORY,
            "H1",
            Topic.PSYCHOLOGY));
    a.add(
        act(
            "A-G3-2",
            "G3",
            ActivityType.HARDSHIP_SUPPORT,
            "2024-11-22T15:00",
            Venue.DORMITORY,
            "H1",
            Topic.PSYCHOLOGY));
    a.add(
        Activity.builder()
            .from(
                act(
                    "A-G3-3",
                    "G3",
                    ActivityType.HARDSHIP_SUPPORT,
                    "2025-03-12T15:00",
                    Venue.DORMITORY,
                    "H1",
                    Topic.PSYCHOLOGY))
            .recordedAt(LocalDateTime.parse("2025-03-12T14:00"))
            .build());
    a.add(
        act(
            "A-G3-4",
            "G3",
            ActivityType.HARDSHIP_SUPPORT,
            "2025-04-12T15:00",
            Venue.DORMITORY,
            "H1",
            Topic.PSYCHOLOGY));
    // D1 学工部部长: dept-link MET (C1); focus (recommended) MET in autumn, SHORTFALL in spring.
    a.add(
        act(
            "A-D1-1",
            "D1",
            ActivityType.HEART_TO_HEART,
            "2024-10-09T10:00",
            Venue.OTHER,
            null,
            Topic.PSYCHOLOGY));
    a.add(
        act(
            "A-D1-2",
            "D1",
            ActivityType.HEART_TO_HEART,
            "2024-11-09T10:00",
            Venue.OTHER,
            null,
            Topic.PSYCHOLOGY));
    a.add(
        act(
            "A-D1-3",
            "D1",
            ActivityType.HEART_TO_HEART,
            "2025-03-09T10:00",
            Venue.OTHER,
            null,
            Topic.PSYCHOLOGY));
    // D2 后勤处长 (not a Party member): no link in either term (literal → 不到位); focus SHORTFALL.
    // V1, leader of the other university V: lecture MET in autumn, SHORTFALL in spring.
    a.add(
        act(
            "A-V1-1",
            "V1",
            ActivityType.THEORY_LECTURE,
            "2024-10-10T09:00",
            Venue.LECTURE,
            null,
            Topic.IDEOLOGY));

    return Dataset.builder()
        .addOrgUnits(
            unit("U", "示范大学", UnitKind.UNIVERSITY, null),
            unit("DB", "党委办公室", UnitKind.FUNCTIONAL_DEPARTMENT, "U", "party-office"),
            unit("XB", "校长办公室", UnitKind.FUNCTIONAL_DEPARTMENT, "U", "president-office"),
            unit("XGB", "学生工作部", UnitKind.FUNCTIONAL_DEPARTMENT, "U", "student-work", "hotline"),
            unit("HQ", "后勤管理处", UnitKind.FUNCTIONAL_DEPARTMENT, "U", "hotline"),
            unit("K1", "计算机学院", UnitKind.COLLEGE, "U"),
            unit("K2", "文学院", UnitKind.COLLEGE, "U"),
            unit("V", "邻校大学", UnitKind.UNIVERSITY, null),
            unit("VK", "邻校学院", UnitKind.COLLEGE, "V"))
        .addCadres(
            cadre("L1", "赵书记", Tier.UNIVERSITY_LEADERSHIP, "U", "党委书记", true, true),
            cadre("L2", "钱副校长", Tier.UNIVERSITY_LEADERSHIP, "U", "副校长", false, true),
            cadre("D1", "孙部长", Tier.FUNCTIONAL_DEPARTMENT, "XGB", "部长", true, true),
            cadre("D2", "李处长", Tier.FUNCTIONAL_DEPARTMENT, "HQ", "处长", true, false),
            cadre("G1", "周书记", Tier.COLLEGE_LEADERSHIP, "K1", "党委书记", true, true),
            cadre("G2", "吴副院长", Tier.COLLEGE_LEADERSHIP, "K1", "副院长", false, true),
            cadre("G3", "郑院长", Tier.COLLEGE_LEADERSHIP, "K2", "院长", true, false),
            cadre("V1", "王校长", Tier.UNIVERSITY_LEADERSHIP, "V", "校长", true, true))
        .addContactUnits(
            cu("C1", ContactUnitType.CLASS, "计算机2401班", "K1"),
            cu("C2", ContactUnitType.CLASS, "计算机2402班", "K1"),
            cu("B1", ContactUnitType.PARTY_BRANCH, "计算机研究生党支部", "K1"),
            cu("B2", ContactUnitType.PARTY_BRANCH, "文学院本科生党支部", "K2"),
            cu("B3", ContactUnitType.PARTY_BRANCH, "文学院研究生党支部", "K2"),
            cu("B4", ContactUnitType.PARTY_BRANCH, "文学院教工学生联合党支部", "K2"),
            cu("S1", ContactUnitType.STUDENT, "张小明", "K1"),
            cu("H1", ContactUnitType.DORMITORY, "东区困难学生宿舍", "K2", "hardship"),
            cu("VC1", ContactUnitType.CLASS, "邻校2401班", "VK"))
        .addAssignments(
            link("L1", "C1"),
            link("D1", "C1"),
            link("G1", "B1"),
            link("G1", "S1"),
            link("G3", "H1"))
        .addAllActivities(a)
        .addTerms(AUTUMN, SPRING)
        .addFeedback(
            Feedback.builder()
                .feedbackId("F1")
                .channel(FeedbackChannel.HOTLINE)
                .unitId("XGB")
                .receivedAt(LocalDateTime.parse("2025-03-03T10:00"))
                .acknowledgedAt(LocalDateTime.parse("2025-03-04T10:00"))
                .closedAt(LocalDateTime.parse("2025-03-10T10:00"))
                .category("张小明反映宿舍问题")
                .build(),
            Feedback.builder()
                .feedbackId("F2")
                .channel(FeedbackChannel.MAILBOX)
                .unitId("HQ")
                .receivedAt(LocalDateTime.parse("2025-04-01T10:00"))
                .category("食堂")
                .build())
        .addReviews(
            review("A-G2-3", IntegrityRule.OVERLAP, ReviewDecision.CONFIRM),
            review("A-G2-2", IntegrityRule.OVERLAP, ReviewDecision.DISMISS),
            review("A-G3-3", IntegrityRule.RECORDED_BEFORE_START, ReviewDecision.DISMISS))
        .build();
  }

  public static Reports reports() {
    return Reports.of(policy(), dataset(), CLOCK);
  }

  /** The report of the spring term at its last day. */
  public static AccountabilityReport spring() {
    return reports().report(SPRING.termId(), SPRING.endsOn());
  }
}
