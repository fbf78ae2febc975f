package org.lianxi.core.policy;

import static org.lianxi.core.domain.ActivityType.CLASS_MEETING;
import static org.lianxi.core.domain.ActivityType.FIRST_LESSON;
import static org.lianxi.core.domain.ActivityType.GRADUATION_EVENT;
import static org.lianxi.core.domain.ActivityType.HARDSHIP_SUPPORT;
import static org.lianxi.core.domain.ActivityType.HEART_TO_HEART;
import static org.lianxi.core.domain.ActivityType.ORGANIZATIONAL_LIFE;
import static org.lianxi.core.domain.ActivityType.ORIENTATION;
import static org.lianxi.core.domain.ActivityType.PARTY_DAY;
import static org.lianxi.core.domain.ActivityType.PARTY_LECTURE;
import static org.lianxi.core.domain.ActivityType.THEORY_LECTURE;
import static org.lianxi.core.domain.ContactUnitType.ASSOCIATION;
import static org.lianxi.core.domain.ContactUnitType.CLASS;
import static org.lianxi.core.domain.ContactUnitType.DORMITORY;
import static org.lianxi.core.domain.ContactUnitType.PARTY_BRANCH;
import static org.lianxi.core.domain.ContactUnitType.STUDENT;
import static org.lianxi.core.domain.Tier.COLLEGE_LEADERSHIP;
import static org.lianxi.core.domain.Tier.FUNCTIONAL_DEPARTMENT;
import static org.lianxi.core.domain.Tier.UNIVERSITY_LEADERSHIP;
import static org.lianxi.core.policy.Basis.INTERPRETATION;
import static org.lianxi.core.policy.Basis.LITERAL;
import static org.lianxi.core.policy.Strength.MANDATORY;
import static org.lianxi.core.policy.Strength.RECOMMENDED;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.Season;
import org.lianxi.core.domain.UnitKind;

/**
 * The built-in policies: the Ministry notice {@code moe-2019-34} (教党函〔2019〕34号) and Soochow
 * University's {@code soochow-2019-95} (苏大委〔2019〕95号), which implements and refines it. Both ship
 * as YAML resources equal to these values. Thread-safe: every method returns an immutable value.
 */
public final class Policies {
  /** The id of the Ministry notice. */
  public static final String MOE_2019_34 = "moe-2019-34";

  /** The id of Soochow University's implementation plan. */
  public static final String SOOCHOW_2019_95 = "soochow-2019-95";

  private static final Policy MOE = buildMoe();
  private static final Policy SOOCHOW = buildSoochow(MOE);

  private Policies() {}

  /** 教党函〔2019〕34号: the Ministry notice every university's plan implements. */
  public static Policy moe2019() {
    return MOE;
  }

  /** 苏大委〔2019〕95号: every obligation of SPEC §3, a child of {@link #moe2019()}. */
  public static Policy soochow2019() {
    return SOOCHOW;
  }

  /** Both built-in policies, parent first. */
  public static ImmutableList<Policy> all() {
    return ImmutableList.of(MOE, SOOCHOW);
  }

  /** The built-in policy with this id. */
  public static Optional<Policy> builtIn(String id) {
    return all().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  private static Policy buildMoe() {
    return Policy.builder()
        .id(MOE_2019_34)
        .title(
            Explanation.of(
                "中共教育部党组关于加强和改进高校领导干部深入基层联系学生工作的通知",
                "Notice of the Ministry of Education's Party group on strengthening and improving"
                    + " university leaders' contact with students at the grassroots"))
        .documentNumber("教党函〔2019〕34号")
        .version("2019-03-20")
        .effectiveFrom(LocalDate.of(2019, 3, 20))
        .addObligations(
            obligation("II-theory-lecture", "二", LITERAL)
                .title(
                    Explanation.of(
                        "每学期至少给学生讲1堂思想政治理论课或形势政策课",
                        "at least one ideological-political theory or current-affairs lecture to"
                            + " students each term"))
                .strength(MANDATORY)
                .appliesTo(AppliesTo.tiers(UNIVERSITY_LEADERSHIP))
                .kind(term(1, THEORY_LECTURE))
                .build(),
            obligation("II-weekly-contact", "二", LITERAL)
                .title(
                    Explanation.of(
                        "每周至少“面对面”接触学生1次",
                        "at least one in-person contact with students every teaching week"))
                .strength(MANDATORY)
                .appliesTo(AppliesTo.tiers(UNIVERSITY_LEADERSHIP))
                .kind(weeklyInPerson())
                .build(),
            obligation("II-link-unit", "二", LITERAL)
                .title(
                    Explanation.of(
                        "倡导每人联系1个学生班级或1个学生宿舍或1个学生社团等",
                        "each links a class, a dormitory or a student association (recommended)"))
                .strength(RECOMMENDED)
                .appliesTo(AppliesTo.tiers(UNIVERSITY_LEADERSHIP))
                .kind(link(CLASS, DORMITORY, ASSOCIATION, PARTY_BRANCH))
                .build())
        .build();
  }

  private static Policy buildSoochow(Policy moe) {
    AppliesTo universityLeaders = AppliesTo.tiers(UNIVERSITY_LEADERSHIP);
    AppliesTo universityPrincipals =
        AppliesTo.builder().addTiers(UNIVERSITY_LEADERSHIP).addAnyRole(Role.PRINCIPAL).build();
    AppliesTo partyUniversityLeaders =
        AppliesTo.builder().addTiers(UNIVERSITY_LEADERSHIP).partyMember(true).build();
    AppliesTo departmentHeads =
        AppliesTo.builder()
            .addTiers(FUNCTIONAL_DEPARTMENT)
            .addAnyRole(Role.PRINCIPAL, Role.BRANCH_SECRETARY)
            .build();
    AppliesTo listedDepartments = AppliesTo.builder().addUnitTags("listed-department").build();
    AppliesTo collegeLeaders = AppliesTo.tiers(COLLEGE_LEADERSHIP);
    AppliesTo collegePrincipals =
        AppliesTo.builder().addTiers(COLLEGE_LEADERSHIP).addAnyRole(Role.PRINCIPAL).build();
    AppliesTo partyCollegeLeaders =
        AppliesTo.builder().addTiers(COLLEGE_LEADERSHIP).partyMember(true).build();
    return Policy.builder()
        .id(SOOCHOW_2019_95)
        .title(
            Explanation.of(
                "苏州大学关于加强和改进领导干部深入基层联系学生工作的实施方案",
                "Soochow University's implementation plan for strengthening and improving leading"
                    + " cadres' contact with students at the grassroots"))
        .documentNumber("苏大委〔2019〕95号")
        .version("2019-10-16")
        .effectiveFrom(LocalDate.of(2019, 10, 16))
        .parent(moe)
        .addObligations(
            obligation("III.0-frontline-days", "三 (preamble)", INTERPRETATION)
                .title(
                    Explanation.of(
                        "党委工作部门、学生工作部门负责同志一半以上的时间精力放在一线联系学生",
                        "cadres of party-work and student-work departments spend at least half"
                            + " of their working days on the front line with students"))
                .appliesTo(AppliesTo.builder().addUnitTags("party-work", "student-work").build())
                .kind(FrontlineDays.of(new BigDecimal("0.5")))
                .build(),
            obligation("III.1.1-theory-lecture", "三、1.(1)", LITERAL)
                .title(
                    Explanation.of(
                        "每学期至少给学生讲1堂思想政治理论课或形势政策课",
                        "at least one ideological-political theory or current-affairs lecture to"
                            + " students each term"))
                .appliesTo(universityLeaders)
                .refines("II-theory-lecture")
                .kind(term(1, THEORY_LECTURE))
                .build(),
            obligation("III.1.1-first-lesson", "三、1.(1)", LITERAL)
                .title(
                    Explanation.of(
                        "校党委书记和校长为新生讲授“大学第一课”",
                        "the party secretary and the president give freshmen their first lesson of"
                            + " university"))
                .appliesTo(universityPrincipals)
                .season(Season.AUTUMN)
                .kind(term(1, FIRST_LESSON))
                .build(),
            obligation("III.1.2-link-unit", "三、1.(2)", LITERAL)
                .title(
                    Explanation.of(
                        "每人联系1个学生班级或1个学生宿舍或1个学生社团",
                        "each links a class, a dormitory or a student association"))
                .appliesTo(universityLeaders)
                .refines("II-link-unit")
                .kind(link(CLASS, DORMITORY, ASSOCIATION))
                .build(),
            obligation("III.1.2-link-branch", "三、1.(2)", LITERAL)
                .title(
                    Explanation.of(
                        "党员校领导每人联系1个学生党支部",
                        "each Party-member leader links a student party branch"))
                .appliesTo(partyUniversityLeaders)
                .kind(link(PARTY_BRANCH))
                .build(),
            obligation("III.1.2-branch-life", "三、1.(2)", INTERPRETATION)
                .title(
                    Explanation.of(
                        "以党员身份参加所联系党支部的主题党日活动、组织生活会",
                        "takes part in a party day or organisational-life meeting of the linked"
                            + " branch"))
                .appliesTo(partyUniversityLeaders)
                .kind(withUnit(1, Period.TERM, PARTY_BRANCH, PARTY_DAY, ORGANIZATIONAL_LIFE))
                .build(),
            obligation("III.1.2-party-lecture", "三、1.(2)", INTERPRETATION)
                .title(
                    Explanation.of(
                        "为所联系党支部做党课宣讲或专题报告",
                        "gives a party lecture or special report to the linked branch"))
                .appliesTo(partyUniversityLeaders)
                .kind(withUnit(1, Period.ACADEMIC_YEAR, PARTY_BRANCH, PARTY_LECTURE))
                .build(),
            obligation("III.1.3-weekly-contact", "三、1.(3)", LITERAL)
                .title(
                    Explanation.of(
                        "每周至少面对面交流1次",
                        "at least one in-person contact with students every teaching week"))
                .appliesTo(universityLeaders)
                .refines("II-weekly-contact")
                .kind(weeklyInPerson())
                .build(),
            obligation("III.2.1-link", "三、2.(1)", LITERAL)
                .title(
                    Explanation.of(
                        "职能部门主要负责人或党支部书记每人联系1个学生班级或1个学生党支部",
                        "each department head or branch secretary links a class or a student party"
                            + " branch"))
                .appliesTo(departmentHeads)
                .kind(link(CLASS, PARTY_BRANCH))
                .build(),
            obligation("III.2.1-attend", "三、2.(1)", INTERPRETATION)
                .title(
                    Explanation.of(
                        "参加所联系班级班会或党支部的主题党日活动、组织生活会，做党课宣讲或专题报告",
                        "attends a class meeting, party day or organisational-life meeting of the"
                            + " linked class or branch, or gives it a party lecture"))
                .appliesTo(departmentHeads)
                .kind(
                    ActivityCount.builder()
                        .addActivityTypes(
                            CLASS_MEETING, PARTY_DAY, ORGANIZATIONAL_LIFE, PARTY_LECTURE)
                        .addWithUnitTypes(CLASS, PARTY_BRANCH)
                        .min(1)
                        .period(Period.TERM)
                        .build())
                .build(),
            obligation("III.2.2-link", "三、2.(2)", LITERAL)
                .title(
                    Explanation.of(
                        "每人联系1个学生班级或1个学生宿舍或1个学生社团等",
                        "each links a class, a dormitory, a student association or the like"))
                .appliesTo(listedDepartments)
                .kind(link(CLASS, DORMITORY, ASSOCIATION, PARTY_BRANCH))
                .build(),
            obligation("III.2.2-focus-student", "三、2.(2)", INTERPRETATION)
                .title(
                    Explanation.of(
                        "可重点联系1名学生，定期开展谈心谈话和帮扶指导",
                        "may take a focus student: regular heart-to-heart talks and support"))
                .strength(RECOMMENDED)
                .appliesTo(listedDepartments)
                .kind(
                    ActivityCount.builder()
                        .addActivityTypes(HEART_TO_HEART, HARDSHIP_SUPPORT)
                        .addWithUnitTypes(STUDENT)
                        .onlyWhereAssigned(true)
                        .min(2)
                        .period(Period.TERM)
                        .build())
                .build(),
            obligation("III.2.3-feedback", "三、2.(3)", INTERPRETATION)
                .title(
                    Explanation.of(
                        "用好“处长热线”“处长信箱”等，及时沟通、有效解决学生反映的问题",
                        "answers the hotline and mailbox: acknowledges and solves students'"
                            + " problems in time"))
                .kind(
                    FeedbackDeadline.builder()
                        .acknowledgeWithin(Deadline.workingDays(2))
                        .closeWithin(Deadline.workingDays(15))
                        .addUnitTags("hotline")
                        .build())
                .build(),
            obligation("III.3.1-first-lesson", "三、3.(1)", LITERAL)
                .title(
                    Explanation.of(
                        "学院（部）党政主要负责人为本学院（部）新生讲授“大学第一课”",
                        "the college's party secretary and dean give its freshmen their first"
                            + " lesson of university"))
                .appliesTo(collegePrincipals)
                .season(Season.AUTUMN)
                .kind(term(1, FIRST_LESSON))
                .build(),
            obligation("III.3.1-orientation", "三、3.(1)", INTERPRETATION)
                .title(Explanation.of("积极参加新生入学教育", "takes part in freshman orientation"))
                .appliesTo(collegePrincipals)
                .season(Season.AUTUMN)
                .kind(term(1, ORIENTATION))
                .build(),
            obligation("III.3.1-graduation", "三、3.(1)", INTERPRETATION)
                .title(Explanation.of("积极参加毕业季主题活动", "takes part in a graduation-season event"))
                .appliesTo(collegePrincipals)
                .season(Season.SPRING)
                .kind(term(1, GRADUATION_EVENT))
                .build(),
            obligation("III.3.2-link-unit", "三、3.(2)", LITERAL)
                .title(
                    Explanation.of(
                        "每人联系1个学生班级或1个学生宿舍或1个学生社团等",
                        "each links a class, a dormitory, a student association or the like"))
                .appliesTo(collegeLeaders)
                .kind(link(CLASS, DORMITORY, ASSOCIATION, PARTY_BRANCH))
                .build(),
            obligation("III.3.2-link-branch", "三、3.(2)", LITERAL)
                .title(
                    Explanation.of(
                        "党员领导每人联系1个学生党支部", "each Party-member leader links a student party branch"))
                .appliesTo(partyCollegeLeaders)
                .kind(link(PARTY_BRANCH))
                .build(),
            obligation("III.3.2-branch-life", "三、3.(2)", INTERPRETATION)
                .title(
                    Explanation.of(
                        "以党员身份参加所联系党支部的主题党日活动、组织生活会",
                        "takes part in a party day or organisational-life meeting of the linked"
                            + " branch"))
                .appliesTo(partyCollegeLeaders)
                .kind(withUnit(1, Period.TERM, PARTY_BRANCH, PARTY_DAY, ORGANIZATIONAL_LIFE))
                .build(),
            obligation("III.3.2-party-lecture", "三、3.(2)", INTERPRETATION)
                .title(
                    Explanation.of(
                        "为所联系党支部做党课宣讲或专题报告",
                        "gives a party lecture or special report to the linked branch"))
                .appliesTo(partyCollegeLeaders)
                .kind(withUnit(1, Period.ACADEMIC_YEAR, PARTY_BRANCH, PARTY_LECTURE))
                .build(),
            obligation("III.3.3-hardship", "三、3.(3)", INTERPRETATION)
                .title(
                    Explanation.of(
                        "定期联系困难学生，每学期至少帮扶2次",
                        "supports students in hardship regularly: at least twice a term"))
                .appliesTo(collegeLeaders)
                .kind(term(2, HARDSHIP_SUPPORT))
                .build(),
            obligation("III.3.4-feedback", "三、3.(4)", INTERPRETATION)
                .title(
                    Explanation.of(
                        "对学生反映的问题、提出的建议及时汇总分析、研究落实",
                        "acknowledges and settles students' problems and suggestions in time"))
                .kind(
                    FeedbackDeadline.builder()
                        .acknowledgeWithin(Deadline.workingDays(2))
                        .closeWithin(Deadline.workingDays(15))
                        .addUnitKinds(UnitKind.COLLEGE)
                        .build())
                .build())
        .build();
  }

  private static Obligation.Builder obligation(String id, String clause, Basis basis) {
    Obligation.Builder b = Obligation.builder();
    b.id(id).clause(clause).basis(basis).strength(MANDATORY);
    return b;
  }

  private static ActivityCount term(int min, ActivityType type) {
    return ActivityCount.builder().addActivityTypes(type).min(min).period(Period.TERM).build();
  }

  private static ActivityCount weeklyInPerson() {
    return ActivityCount.builder().min(1).period(Period.WEEK).inPersonOnly(true).build();
  }

  private static ActivityCount withUnit(
      int min, Period period, ContactUnitType unit, ActivityType... types) {
    return ActivityCount.builder()
        .addActivityTypes(types)
        .addWithUnitTypes(unit)
        .min(min)
        .period(period)
        .build();
  }

  private static AssignmentQuota link(ContactUnitType... types) {
    return AssignmentQuota.builder().addUnitTypes(types).min(1).build();
  }
}
