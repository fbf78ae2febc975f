package org.lianxi.core.testkit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Assignment;
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
import org.lianxi.core.domain.StudentLevel;
import org.lianxi.core.domain.Topic;
import org.lianxi.core.domain.UnitKind;
import org.lianxi.core.domain.Venue;

/**
 * A small, consistent university (one of everything the SPEC names, every id resolving) for example
 * tests and port contracts: one university, three functional departments, two colleges, a cadre of
 * each tier and role, a contact unit of each type, their assignments, the terms of academic year
 * 2024-2025 with their breaks and the 2024 public holidays and 调休 days. The ids are constants, so a
 * test can name the cadre or unit it cares about. For a large seeded university use {@code
 * org.lianxi.core.sample}; for random ones, {@link DomainGenerators#datasets()}.
 *
 * <p>Values are immutable; the class is stateless and thread-safe.
 */
public final class UniversityFixture {
  /** The university (苏州大学-like). */
  public static final String UNIVERSITY = "U";

  /** 党委办公室: tags {@code party-office}, {@code party-work}. */
  public static final String PARTY_OFFICE = "D-DB";

  /** 学生工作部(处): tags {@code student-work}, {@code listed-department}, {@code hotline}. */
  public static final String STUDENT_AFFAIRS = "D-XGB";

  /** 后勤管理处: tags {@code listed-department}, {@code hotline}. */
  public static final String LOGISTICS = "D-HQ";

  /** 计算机科学与技术学院. */
  public static final String COMPUTING_COLLEGE = "K-CS";

  /** 文学院. */
  public static final String LITERATURE_COLLEGE = "K-WX";

  /** 党委书记: a university principal, party member. */
  public static final String PARTY_SECRETARY = "C-SJ";

  /** 副校长: a university leader, party member, not a principal. */
  public static final String VICE_PRESIDENT = "C-FXZ";

  /** 学生工作部部长: the department's principal, party member. */
  public static final String STUDENT_AFFAIRS_HEAD = "C-XGB-1";

  /** 后勤管理处 支部书记: branch secretary, party member. */
  public static final String LOGISTICS_BRANCH_SECRETARY = "C-HQ-2";

  /** 计算机学院 院长: a college principal, not a party member. */
  public static final String COMPUTING_DEAN = "C-CS-1";

  /** 文学院 副院长: a college leader, party member. */
  public static final String LITERATURE_VICE_DEAN = "C-WX-2";

  /** A freshman class of the computing college. */
  public static final String FRESHMAN_CLASS = "CU-CS-2401";

  /** A dormitory building (university level: no college). */
  public static final String DORMITORY = "CU-DORM-12";

  /** A student association (university level). */
  public static final String ASSOCIATION = "CU-ASSOC-1";

  /** A student party branch of the computing college (graduate students). */
  public static final String PARTY_BRANCH = "CU-PB-CS";

  /** A focus student (重点联系学生) of the literature college. */
  public static final String FOCUS_STUDENT = "CU-STU-1";

  /**
   * Texts that trip up CSV and SQL codecs: Chinese, a leading {@code =}/{@code +}/{@code
   * -}/{@code @} (spreadsheet formulas), quotes, commas (ASCII and full-width), a newline, a
   * semicolon, a backslash, a single quote. None is blank or has surrounding spaces.
   */
  public static final ImmutableList<String> AWKWARD_TEXTS =
      ImmutableList.of(
          "苏州大学",
          "计算机科学与技术学院",
          "=SUM(A1:A9)",
          "=\"张三\"",
          "+86 512 6511 2345",
          "-1",
          "@管理员",
          "他说\"你好\"",
          "a,b,c",
          "逗号，和“引号”",
          "第一行\n第二行",
          "line one\nline two, \"quoted\"",
          "分号;不是分隔符",
          "C:\\path\\file",
          "O'Brien",
          "𠮷野家");

  private UniversityFixture() {}

  /** The org units: the university, three departments and two colleges, parents set. */
  public static ImmutableList<OrgUnit> orgUnits() {
    return ImmutableList.of(
        OrgUnit.builder().unitId(UNIVERSITY).name("苏州大学").kind(UnitKind.UNIVERSITY).build(),
        department(PARTY_OFFICE, "党委办公室", "party-office", "party-work"),
        department(STUDENT_AFFAIRS, "学生工作部(处)", "student-work", "listed-department", "hotline"),
        department(LOGISTICS, "后勤管理处", "listed-department", "hotline"),
        college(COMPUTING_COLLEGE, "计算机科学与技术学院"),
        college(LITERATURE_COLLEGE, "文学院"));
  }

  private static OrgUnit department(String id, String name, String... tags) {
    return OrgUnit.builder()
        .unitId(id)
        .name(name)
        .kind(UnitKind.FUNCTIONAL_DEPARTMENT)
        .addTags(tags)
        .parentId(UNIVERSITY)
        .build();
  }

  private static OrgUnit college(String id, String name) {
    return OrgUnit.builder()
        .unitId(id)
        .name(name)
        .kind(UnitKind.COLLEGE)
        .parentId(UNIVERSITY)
        .build();
  }

  /** One cadre of each tier and role. */
  public static ImmutableList<Cadre> cadres() {
    return ImmutableList.of(
        CadreFixture.aUniversityLeader()
            .withId(PARTY_SECRETARY)
            .named("王书记")
            .titled("党委书记")
            .principal()
            .partyMember()
            .build(),
        CadreFixture.aUniversityLeader()
            .withId(VICE_PRESIDENT)
            .named("李副校长")
            .titled("副校长")
            .partyMember()
            .build(),
        CadreFixture.aDepartmentCadre()
            .withId(STUDENT_AFFAIRS_HEAD)
            .inUnit(STUDENT_AFFAIRS)
            .named("张部长")
            .titled("学生工作部部长")
            .principal()
            .partyMember()
            .build(),
        CadreFixture.aDepartmentCadre()
            .withId(LOGISTICS_BRANCH_SECRETARY)
            .inUnit(LOGISTICS)
            .named("赵书记")
            .titled("后勤管理处党支部书记")
            .branchSecretary()
            .partyMember()
            .build(),
        CadreFixture.aCollegeLeader()
            .withId(COMPUTING_DEAN)
            .inUnit(COMPUTING_COLLEGE)
            .named("陈院长")
            .titled("院长")
            .principal()
            .build(),
        CadreFixture.aCollegeLeader()
            .withId(LITERATURE_VICE_DEAN)
            .inUnit(LITERATURE_COLLEGE)
            .named("刘副院长")
            .titled("副院长")
            .partyMember()
            .build());
  }

  /** A contact unit of each type. */
  public static ImmutableList<ContactUnit> contactUnits() {
    return ImmutableList.of(
        ContactUnit.builder()
            .contactUnitId(FRESHMAN_CLASS)
            .type(ContactUnitType.CLASS)
            .name("计算机科学与技术2024级1班")
            .collegeId(COMPUTING_COLLEGE)
            .level(StudentLevel.UNDERGRADUATE)
            .size(32)
            .addTags("freshman")
            .build(),
        ContactUnit.builder()
            .contactUnitId(DORMITORY)
            .type(ContactUnitType.DORMITORY)
            .name("独墅湖校区12号楼")
            .size(240)
            .build(),
        ContactUnit.builder()
            .contactUnitId(ASSOCIATION)
            .type(ContactUnitType.ASSOCIATION)
            .name("辩论协会")
            .size(45)
            .build(),
        ContactUnit.builder()
            .contactUnitId(PARTY_BRANCH)
            .type(ContactUnitType.PARTY_BRANCH)
            .name("计算机学院研究生第一党支部")
            .collegeId(COMPUTING_COLLEGE)
            .level(StudentLevel.GRADUATE)
            .size(28)
            .build(),
        ContactUnit.builder()
            .contactUnitId(FOCUS_STUDENT)
            .type(ContactUnitType.STUDENT)
            .name("孙同学")
            .collegeId(LITERATURE_COLLEGE)
            .level(StudentLevel.UNDERGRADUATE)
            .size(1)
            .addTags("hardship")
            .build());
  }

  /** Each university leader linked to a unit and a branch; the others to one unit each. */
  public static ImmutableList<Assignment> assignments() {
    LocalDate from = LocalDate.of(2024, 9, 1);
    return ImmutableList.of(
        assignment(PARTY_SECRETARY, FRESHMAN_CLASS, from),
        assignment(PARTY_SECRETARY, PARTY_BRANCH, from),
        assignment(VICE_PRESIDENT, DORMITORY, from),
        assignment(STUDENT_AFFAIRS_HEAD, ASSOCIATION, from),
        Assignment.builder()
            .cadreId(LOGISTICS_BRANCH_SECRETARY)
            .contactUnitId(DORMITORY)
            .validFrom(from)
            .validTo(LocalDate.of(2025, 1, 12))
            .build(),
        assignment(COMPUTING_DEAN, FRESHMAN_CLASS, from),
        assignment(LITERATURE_VICE_DEAN, FOCUS_STUDENT, from));
  }

  private static Assignment assignment(String cadre, String unit, LocalDate from) {
    return Assignment.builder().cadreId(cadre).contactUnitId(unit).validFrom(from).build();
  }

  /** One absence: the vice president away for a week in October 2024. */
  public static ImmutableList<Absence> absences() {
    return ImmutableList.of(
        Absence.builder()
            .cadreId(VICE_PRESIDENT)
            .startsOn(LocalDate.of(2024, 10, 14))
            .endsOn(LocalDate.of(2024, 10, 18))
            .reason("出国访问")
            .build());
  }

  /** Two feedback items to the student affairs hotline: one closed, one still open. */
  public static ImmutableList<Feedback> feedback() {
    return ImmutableList.of(
        Feedback.builder()
            .feedbackId("F-1")
            .channel(FeedbackChannel.HOTLINE)
            .unitId(STUDENT_AFFAIRS)
            .receivedAt(LocalDateTime.of(2024, 10, 8, 9, 30))
            .acknowledgedAt(LocalDateTime.of(2024, 10, 8, 15, 0))
            .closedAt(LocalDateTime.of(2024, 10, 18, 16, 45))
            .category("宿舍报修")
            .build(),
        Feedback.builder()
            .feedbackId("F-2")
            .channel(FeedbackChannel.MAILBOX)
            .unitId(LOGISTICS)
            .receivedAt(LocalDateTime.of(2024, 12, 20, 21, 5))
            .build());
  }

  /**
   * The university without activities and reviews: what a port contract loads before it appends.
   */
  public static Dataset aSmallUniversity() {
    return Dataset.builder()
        .addAllOrgUnits(orgUnits())
        .addAllCadres(cadres())
        .addAllContactUnits(contactUnits())
        .addAllAssignments(assignments())
        .addAllAbsences(absences())
        .addAllTerms(List.of(CalendarFixture.autumn2024(), CalendarFixture.spring2025()))
        .addAllBreaks(CalendarFixture.autumn2024Breaks())
        .addAllWorkdays(CalendarFixture.workdays2024())
        .addAllFeedback(feedback())
        .build();
  }

  /** Three activities of the party secretary, the third correcting the second. */
  public static ImmutableList<Activity> activities() {
    Activity lecture =
        ActivityFixture.anActivity()
            .withId("A-1")
            .by(PARTY_SECRETARY)
            .ofType(ActivityType.THEORY_LECTURE)
            .at(LocalDateTime.of(2024, 9, 10, 14, 0))
            .lasting(90)
            .atVenue(Venue.CLASSROOM)
            .with(FRESHMAN_CLASS)
            .about(Topic.IDEOLOGY)
            .participants(32)
            .evidence("照片 2 张；签到表")
            .recordedAt(LocalDateTime.of(2024, 9, 10, 18, 0))
            .build();
    Activity visit =
        ActivityFixture.anActivity()
            .withId("A-2")
            .by(PARTY_SECRETARY)
            .ofType(ActivityType.DORM_VISIT)
            .at(LocalDateTime.of(2024, 9, 18, 19, 30))
            .lasting(45)
            .atVenue(Venue.DORMITORY)
            .recordedAt(LocalDateTime.of(2024, 9, 19, 8, 0))
            .build();
    Activity correction =
        ActivityFixture.anActivity()
            .withId("A-3")
            .by(PARTY_SECRETARY)
            .ofType(ActivityType.DORM_VISIT)
            .at(LocalDateTime.of(2024, 9, 18, 19, 30))
            .lasting(60)
            .atVenue(Venue.DORMITORY)
            .with(DORMITORY)
            .about(Topic.PSYCHOLOGY, Topic.ACADEMIC)
            .recordedAt(LocalDateTime.of(2024, 9, 19, 9, 15))
            .superseding("A-2")
            .build();
    return ImmutableList.of(lecture, visit, correction);
  }

  /** The small university with {@link #activities()} and a review of the first one. */
  public static Dataset aSmallUniversityWithActivities() {
    return Dataset.builder()
        .from(aSmallUniversity())
        .addAllActivities(activities())
        .addReviews(
            Review.builder()
                .activityId("A-1")
                .rule(IntegrityRule.LATE_ENTRY)
                .decision(ReviewDecision.DISMISS)
                .reviewer("党委办公室 周老师")
                .reviewedAt(LocalDateTime.of(2024, 11, 2, 10, 0))
                .reason("系统故障，补录有据")
                .build())
        .build();
  }
}
