package org.lianxi.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.domain.ActivityType.CLASS_MEETING;
import static org.lianxi.core.domain.ActivityType.DORM_VISIT;
import static org.lianxi.core.domain.ActivityType.FACE_TO_FACE;
import static org.lianxi.core.domain.ActivityType.FIRST_LESSON;
import static org.lianxi.core.domain.ActivityType.GRADUATION_EVENT;
import static org.lianxi.core.domain.ActivityType.HARDSHIP_SUPPORT;
import static org.lianxi.core.domain.ActivityType.HEART_TO_HEART;
import static org.lianxi.core.domain.ActivityType.ORGANIZATIONAL_LIFE;
import static org.lianxi.core.domain.ActivityType.ORIENTATION;
import static org.lianxi.core.domain.ActivityType.OTHER;
import static org.lianxi.core.domain.ActivityType.PARTY_DAY;
import static org.lianxi.core.domain.ActivityType.PARTY_LECTURE;
import static org.lianxi.core.domain.ActivityType.THEORY_LECTURE;
import static org.lianxi.core.evaluation.World.aCollegeLeader;
import static org.lianxi.core.evaluation.World.aDepartmentCadre;
import static org.lianxi.core.evaluation.World.aUniversityLeader;
import static org.lianxi.core.evaluation.World.anActivity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Venue;
import org.lianxi.core.policy.Basis;
import org.lianxi.core.policy.Policies;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.policy.Strength;

/** Every obligation of soochow-2019-95 (SPEC §3) met and short, each citing its clause. */
class SoochowObligationsTest {
  static final Policy SOOCHOW = Policies.soochow2019();

  static Verdict verdict(Evaluation e, String subject, String obligation) {
    return e.verdict(subject, obligation)
        .orElseThrow(() -> new AssertionError("no verdict " + obligation + " for " + subject));
  }

  static Verdict autumn(World w, String subject, String obligation) {
    return verdict(w.autumn(SOOCHOW), subject, obligation);
  }

  static Verdict spring(World w, String subject, String obligation) {
    return verdict(w.spring(SOOCHOW), subject, obligation);
  }

  @Nested
  @DisplayName("三 (preamble) III.0-frontline-days")
  class FrontlineDays {
    /** Adds an activity on each of the given weekdays of every teaching week of the autumn term. */
    World withActivitiesOn(World w, DayOfWeek... days) {
      int n = 0;
      for (LocalDate monday = LocalDate.parse("2024-09-02");
          monday.isBefore(World.AUTUMN_END);
          monday = monday.plusWeeks(1)) {
        if (monday.equals(LocalDate.parse("2024-11-04"))) {
          continue; // the break week
        }
        for (DayOfWeek d : days) {
          w.activity("F" + n++, "C1", OTHER, monday.plusDays(d.getValue() - 1L).toString());
        }
      }
      return w;
    }

    @Test
    @DisplayName("三 (preamble): frontline on 68 of 86 standard working days is MET (required 43)")
    void metWithFourDaysAWeek() {
      World w = World.university().cadre(aDepartmentCadre("C1", "DWB"));
      withActivitiesOn(
          w, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
      Verdict v = autumn(w, "C1", "III.0-frontline-days");
      assertThat(v.status()).isEqualTo(Status.MET);
      // 18 teaching weeks × 4 days, less the National Day holidays on Mon 10-07, Tue 10-01,
      // Wed 10-02, Thu 10-03; standard days: 18 weeks × 5 − 5 holidays + the 调休 Saturday 10-12
      assertThat(v.achieved()).isEqualTo(68);
      assertThat(v.required()).isEqualTo(43);
      assertThat(v.clause()).isEqualTo("三 (preamble)");
      assertThat(v.explanation().zh()).contains("标准工作日 86 天的 50%");
    }

    @Test
    @DisplayName("三 (preamble): frontline on 34 of 86 standard working days is a SHORTFALL")
    void shortWithTwoDaysAWeek() {
      World w = World.university().cadre(aDepartmentCadre("C1", "XGB"));
      withActivitiesOn(w, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
      Verdict v = autumn(w, "C1", "III.0-frontline-days");
      assertThat(v.status()).isEqualTo(Status.SHORTFALL);
      assertThat(v.achieved()).isEqualTo(34);
      assertThat(v.required()).isEqualTo(43);
      assertThat(v.explanation().zh()).contains("缺 9 天");
      assertThat(v.explanation().en()).contains("9 missing");
    }
  }

  @Nested
  @DisplayName("三、1.(1)")
  class UniversityLectures {
    @Test
    @DisplayName("三、1.(1) III.1.1-theory-lecture: one theory lecture in the term is MET")
    void theoryLectureMet() {
      World w = World.university().cadre(aUniversityLeader("C1"));
      w.activity("A1", "C1", THEORY_LECTURE, "2024-10-15");
      Verdict v = autumn(w, "C1", "III.1.1-theory-lecture");
      assertThat(v.status()).isEqualTo(Status.MET);
      assertThat(v.activityIds()).containsExactly("A1");
      assertThat(v.strength()).isEqualTo(Strength.MANDATORY);
      assertThat(v.basis()).isEqualTo(Basis.LITERAL);
      assertThat(v.explanation().zh()).startsWith("三、1.(1) ").contains("应 1 次，实 1 次");
    }

    @Test
    @DisplayName("三、1.(1) III.1.1-theory-lecture: a term without one is a SHORTFALL")
    void theoryLectureShort() {
      World w = World.university().cadre(aUniversityLeader("C1"));
      w.activity("A1", "C1", PARTY_LECTURE, "2024-10-15");
      Verdict v = autumn(w, "C1", "III.1.1-theory-lecture");
      assertThat(v.status()).isEqualTo(Status.SHORTFALL);
      assertThat(v.required()).isEqualTo(1);
      assertThat(v.achieved()).isZero();
      assertThat(v.explanation().en()).contains("1 missing");
    }

    @Test
    @DisplayName("三、1.(1) III.1.1-first-lesson: the president's first lesson in autumn is MET")
    void firstLessonMet() {
      World w = World.university().cadre(aUniversityLeader("C1").principal(true));
      w.activity("A1", "C1", FIRST_LESSON, "2024-09-05");
      assertThat(autumn(w, "C1", "III.1.1-first-lesson").status()).isEqualTo(Status.MET);
    }

    @Test
    @DisplayName("三、1.(1) III.1.1-first-lesson: no first lesson in autumn is a SHORTFALL")
    void firstLessonShort() {
      World w = World.university().cadre(aUniversityLeader("C1").principal(true));
      w.activity("A1", "C1", THEORY_LECTURE, "2024-09-05");
      assertThat(autumn(w, "C1", "III.1.1-first-lesson").status()).isEqualTo(Status.SHORTFALL);
    }
  }

  @Nested
  @DisplayName("三、1.(2)")
  class UniversityLinks {
    @Test
    @DisplayName("三、1.(2) III.1.2-link-unit: an assigned class is MET")
    void linkUnitMet() {
      World w = World.university().cadre(aUniversityLeader("C1")).assign("C1", "K1");
      Verdict v = autumn(w, "C1", "III.1.2-link-unit");
      assertThat(v.status()).isEqualTo(Status.MET);
      assertThat(v.unitIds()).containsExactly("K1");
      assertThat(v.achieved()).isEqualTo(1);
    }

    @Test
    @DisplayName("三、1.(2) III.1.2-link-unit: only a party branch is a SHORTFALL")
    void linkUnitShort() {
      World w = World.university().cadre(aUniversityLeader("C1")).assign("C1", "B1");
      Verdict v = autumn(w, "C1", "III.1.2-link-unit");
      assertThat(v.status()).isEqualTo(Status.SHORTFALL);
      assertThat(v.unitIds()).isEmpty();
    }

    @Test
    @DisplayName("三、1.(2) III.1.2-link-branch: a party member with a branch is MET")
    void linkBranchMet() {
      World w = World.university().cadre(aUniversityLeader("C1").partyMember(true));
      w.assign("C1", "B1");
      assertThat(autumn(w, "C1", "III.1.2-link-branch").status()).isEqualTo(Status.MET);
    }

    @Test
    @DisplayName("三、1.(2) III.1.2-link-branch: a party member with only a class is a SHORTFALL")
    void linkBranchShort() {
      World w = World.university().cadre(aUniversityLeader("C1").partyMember(true));
      w.assign("C1", "K1");
      assertThat(autumn(w, "C1", "III.1.2-link-branch").status()).isEqualTo(Status.SHORTFALL);
    }

    @Test
    @DisplayName("三、1.(2) III.1.2-branch-life: a party day with the assigned branch is MET")
    void branchLifeMet() {
      World w = World.university().cadre(aUniversityLeader("C1").partyMember(true));
      w.assign("C1", "B1").activity("A1", "C1", PARTY_DAY, "2024-10-20", "B1");
      Verdict v = autumn(w, "C1", "III.1.2-branch-life");
      assertThat(v.status()).isEqualTo(Status.MET);
      assertThat(v.basis()).isEqualTo(Basis.INTERPRETATION);
    }

    @Test
    @DisplayName("三、1.(2) III.1.2-branch-life: a party day with another branch is a SHORTFALL")
    void branchLifeShort() {
      World w = World.university().cadre(aUniversityLeader("C1").partyMember(true));
      w.assign("C1", "B1").activity("A1", "C1", PARTY_DAY, "2024-10-20", "B2");
      assertThat(autumn(w, "C1", "III.1.2-branch-life").status()).isEqualTo(Status.SHORTFALL);
    }

    @Test
    @DisplayName("三、1.(2) III.1.2-party-lecture: a lecture to the branch in the year is MET")
    void partyLectureMet() {
      World w = World.university().cadre(aUniversityLeader("C1").partyMember(true));
      w.assign("C1", "B1").activity("A1", "C1", PARTY_LECTURE, "2025-04-20", "B1");
      Verdict v = spring(w, "C1", "III.1.2-party-lecture");
      assertThat(v.status()).isEqualTo(Status.MET);
      assertThat(v.activityIds()).containsExactly("A1");
    }

    @Test
    @DisplayName("三、1.(2) III.1.2-party-lecture: none by the year's end is a SHORTFALL")
    void partyLectureShort() {
      World w = World.university().cadre(aUniversityLeader("C1").partyMember(true));
      w.assign("C1", "B1").activity("A1", "C1", PARTY_LECTURE, "2025-04-20");
      assertThat(spring(w, "C1", "III.1.2-party-lecture").status()).isEqualTo(Status.SHORTFALL);
    }
  }

  @Nested
  @DisplayName("三、1.(3) III.1.3-weekly-contact")
  class WeeklyContact {
    @Test
    @DisplayName("三、1.(3): an in-person contact in each of the 18 teaching weeks is MET")
    void everyWeekMet() {
      World w = World.university().cadre(aUniversityLeader("C1")).weeklyContacts("C1");
      Verdict v = autumn(w, "C1", "III.1.3-weekly-contact");
      assertThat(v.status()).isEqualTo(Status.MET);
      assertThat(v.required()).isEqualTo(18);
      assertThat(v.achieved()).isEqualTo(18);
      assertThat(v.activityIds()).hasSize(18);
    }

    @Test
    @DisplayName("三、1.(3): three weeks without contact are a SHORTFALL naming them")
    void missingWeeksShort() {
      World w = World.university().cadre(aUniversityLeader("C1")).weeklyContacts("C1");
      w.activities.removeIf(
          a ->
              a.day().equals(LocalDate.parse("2024-10-01"))
                  || a.day().equals(LocalDate.parse("2024-11-12"))
                  || a.day().equals(LocalDate.parse("2024-12-10")));
      Verdict v = autumn(w, "C1", "III.1.3-weekly-contact");
      assertThat(v.status()).isEqualTo(Status.SHORTFALL);
      assertThat(v.required()).isEqualTo(18);
      assertThat(v.achieved()).isEqualTo(15);
      assertThat(v.missing()).containsExactly("2024-W40", "2024-W46", "2024-W50");
      assertThat(v.explanation().zh())
          .isEqualTo("三、1.(3) 每周至少面对面交流1次：应 18 周，实 15 周，缺 2024-W40、2024-W46、2024-W50");
      assertThat(v.explanation().en())
          .isEqualTo(
              "三、1.(3) at least one in-person contact with students every teaching week:"
                  + " required 18 weeks, achieved 15, missing 2024-W40, 2024-W46, 2024-W50");
    }

    @Test
    @DisplayName("三、1.(3): an online contact does not count for its week")
    void onlineDoesNotCount() {
      World w = World.university().cadre(aUniversityLeader("C1")).weeklyContacts("C1");
      w.activities.removeIf(a -> a.day().equals(LocalDate.parse("2024-09-03")));
      w.add(anActivity("ON", "C1", FACE_TO_FACE, "2024-09-04").venue(Venue.ONLINE));
      Verdict v = autumn(w, "C1", "III.1.3-weekly-contact");
      assertThat(v.status()).isEqualTo(Status.SHORTFALL);
      assertThat(v.missing()).containsExactly("2024-W36");
      assertThat(v.activityIds()).doesNotContain("ON");
    }
  }

  @Nested
  @DisplayName("三、2.(1)")
  class DepartmentHeads {
    @Test
    @DisplayName("三、2.(1) III.2.1-link: a department head linking a class is MET")
    void linkMet() {
      World w = World.university().cadre(aDepartmentCadre("C1", "CWC").principal(true));
      w.assign("C1", "K1");
      assertThat(autumn(w, "C1", "III.2.1-link").status()).isEqualTo(Status.MET);
    }

    @Test
    @DisplayName("三、2.(1) III.2.1-link: a branch secretary linking only a dormitory is short")
    void linkShort() {
      World w = World.university().cadre(aDepartmentCadre("C1", "CWC").branchSecretary(true));
      w.assign("C1", "D1");
      assertThat(autumn(w, "C1", "III.2.1-link").status()).isEqualTo(Status.SHORTFALL);
    }

    @Test
    @DisplayName("三、2.(1) III.2.1-attend: a class meeting of the linked class is MET")
    void attendMet() {
      World w = World.university().cadre(aDepartmentCadre("C1", "CWC").principal(true));
      w.assign("C1", "K1").activity("A1", "C1", CLASS_MEETING, "2024-11-20", "K1");
      assertThat(autumn(w, "C1", "III.2.1-attend").status()).isEqualTo(Status.MET);
    }

    @Test
    @DisplayName("三、2.(1) III.2.1-attend: a class meeting of another class is a SHORTFALL")
    void attendShort() {
      World w = World.university().cadre(aDepartmentCadre("C1", "CWC").principal(true));
      w.assign("C1", "K1").activity("A1", "C1", CLASS_MEETING, "2024-11-20", "K2");
      assertThat(autumn(w, "C1", "III.2.1-attend").status()).isEqualTo(Status.SHORTFALL);
    }
  }

  @Nested
  @DisplayName("三、2.(2)")
  class ListedDepartments {
    @Test
    @DisplayName("三、2.(2) III.2.2-link: a party branch counts (the list ends in 等): MET")
    void linkMet() {
      World w = World.university().cadre(aDepartmentCadre("C1", "TW")).assign("C1", "B1");
      assertThat(autumn(w, "C1", "III.2.2-link").status()).isEqualTo(Status.MET);
    }

    @Test
    @DisplayName("三、2.(2) III.2.2-link: a cadre of a listed department without a link is short")
    void linkShort() {
      World w = World.university().cadre(aDepartmentCadre("C1", "TW")).assign("C1", "P1");
      assertThat(autumn(w, "C1", "III.2.2-link").status()).isEqualTo(Status.SHORTFALL);
    }

    @Test
    @DisplayName("三、2.(2) III.2.2-focus-student: two talks with the focus student are MET")
    void focusStudentMet() {
      World w = World.university().cadre(aDepartmentCadre("C1", "TW")).assign("C1", "P1");
      w.activity("A1", "C1", HEART_TO_HEART, "2024-10-10", "P1");
      w.activity("A2", "C1", HARDSHIP_SUPPORT, "2024-12-10", "P1");
      Verdict v = autumn(w, "C1", "III.2.2-focus-student");
      assertThat(v.status()).isEqualTo(Status.MET);
      assertThat(v.strength()).isEqualTo(Strength.RECOMMENDED);
      assertThat(v.activityIds()).containsExactly("A1", "A2");
    }

    @Test
    @DisplayName("三、2.(2) III.2.2-focus-student: one talk is a SHORTFALL (recommended)")
    void focusStudentShort() {
      World w = World.university().cadre(aDepartmentCadre("C1", "TW")).assign("C1", "P1");
      w.activity("A1", "C1", HEART_TO_HEART, "2024-10-10", "P1");
      Verdict v = autumn(w, "C1", "III.2.2-focus-student");
      assertThat(v.status()).isEqualTo(Status.SHORTFALL);
      assertThat(v.strength()).isEqualTo(Strength.RECOMMENDED);
    }

    @Test
    @DisplayName("三、2.(2) III.2.2-focus-student: no verdict where no student is assigned")
    void focusStudentOnlyWhereAssigned() {
      World w = World.university().cadre(aDepartmentCadre("C1", "TW")).assign("C1", "K1");
      assertThat(w.autumn(SOOCHOW).verdict("C1", "III.2.2-focus-student")).isEmpty();
    }

    @Test
    @DisplayName("三、2.(2) III.2.2-focus-student: two assigned students are counted together")
    void focusStudentsTogether() {
      World w = World.university().cadre(aDepartmentCadre("C1", "TW"));
      w.assign("C1", "P1").assign("C1", "P2");
      w.activity("A1", "C1", HEART_TO_HEART, "2024-10-10", "P1");
      w.activity("A2", "C1", HEART_TO_HEART, "2024-10-11", "P2");
      Verdict v = autumn(w, "C1", "III.2.2-focus-student");
      assertThat(v.status()).isEqualTo(Status.MET);
      assertThat(v.required()).isEqualTo(2);
    }
  }

  @Nested
  @DisplayName("三、2.(3) III.2.3-feedback")
  class Hotline {
    @Test
    @DisplayName("三、2.(3): acknowledged in 1 and closed in 10 working days is MET")
    void inTimeMet() {
      World w = World.university();
      w.feedback("F1", "XGB", "2024-10-14T09:00", "2024-10-15T09:00", "2024-10-25T17:00");
      Verdict v = autumn(w, "XGB", "III.2.3-feedback");
      assertThat(v.status()).isEqualTo(Status.MET);
      assertThat(v.required()).isEqualTo(1);
      assertThat(v.achieved()).isEqualTo(1);
      assertThat(v.feedbackIds()).containsExactly("F1");
    }

    @Test
    @DisplayName("三、2.(3): acknowledged on the third working day is a SHORTFALL")
    void lateAcknowledgementShort() {
      World w = World.university();
      // received Monday 10-14: the 2-working-day limit ends at the end of Wednesday 10-16
      w.feedback("F1", "XGB", "2024-10-14T09:00", "2024-10-17T08:00", "2024-10-18T17:00");
      Verdict v = autumn(w, "XGB", "III.2.3-feedback");
      assertThat(v.status()).isEqualTo(Status.SHORTFALL);
      assertThat(v.missing()).containsExactly("F1");
      assertThat(v.explanation().zh()).contains("F1（受理超时）");
      assertThat(v.explanation().en()).contains("F1 (acknowledged late)");
    }
  }

  @Nested
  @DisplayName("三、3.(1)")
  class CollegePrincipals {
    @Test
    @DisplayName("三、3.(1) III.3.1-first-lesson: the dean's first lesson is MET")
    void firstLessonMet() {
      World w = World.university().cadre(aCollegeLeader("C1").principal(true));
      w.activity("A1", "C1", FIRST_LESSON, "2024-09-03");
      assertThat(autumn(w, "C1", "III.3.1-first-lesson").status()).isEqualTo(Status.MET);
    }

    @Test
    @DisplayName("三、3.(1) III.3.1-first-lesson: none is a SHORTFALL")
    void firstLessonShort() {
      World w = World.university().cadre(aCollegeLeader("C1").principal(true));
      assertThat(autumn(w, "C1", "III.3.1-first-lesson").status()).isEqualTo(Status.SHORTFALL);
    }

    @Test
    @DisplayName("三、3.(1) III.3.1-orientation: taking part in orientation is MET")
    void orientationMet() {
      World w = World.university().cadre(aCollegeLeader("C1").principal(true));
      w.activity("A1", "C1", ORIENTATION, "2024-08-31");
      assertThat(autumn(w, "C1", "III.3.1-orientation").status()).isEqualTo(Status.MET);
    }

    @Test
    @DisplayName("三、3.(1) III.3.1-orientation: none is a SHORTFALL")
    void orientationShort() {
      World w = World.university().cadre(aCollegeLeader("C1").principal(true));
      w.activity("A1", "C1", ORIENTATION, "2024-08-30"); // before the term opens
      assertThat(autumn(w, "C1", "III.3.1-orientation").status()).isEqualTo(Status.SHORTFALL);
    }

    @Test
    @DisplayName("三、3.(1) III.3.1-graduation: a graduation event in spring is MET")
    void graduationMet() {
      World w = World.university().cadre(aCollegeLeader("C1").principal(true));
      w.activity("A1", "C1", GRADUATION_EVENT, "2025-06-20");
      assertThat(spring(w, "C1", "III.3.1-graduation").status()).isEqualTo(Status.MET);
    }

    @Test
    @DisplayName("三、3.(1) III.3.1-graduation: none in spring is a SHORTFALL")
    void graduationShort() {
      World w = World.university().cadre(aCollegeLeader("C1").principal(true));
      w.activity("A1", "C1", GRADUATION_EVENT, "2024-12-20"); // autumn does not count
      assertThat(spring(w, "C1", "III.3.1-graduation").status()).isEqualTo(Status.SHORTFALL);
    }
  }

  @Nested
  @DisplayName("三、3.(2)")
  class CollegeLinks {
    @Test
    @DisplayName("三、3.(2) III.3.2-link-unit: an association is MET")
    void linkUnitMet() {
      World w = World.university().cadre(aCollegeLeader("C1")).assign("C1", "S1");
      assertThat(autumn(w, "C1", "III.3.2-link-unit").status()).isEqualTo(Status.MET);
    }

    @Test
    @DisplayName("三、3.(2) III.3.2-link-unit: only a focus student is a SHORTFALL")
    void linkUnitShort() {
      World w = World.university().cadre(aCollegeLeader("C1")).assign("C1", "P1");
      assertThat(autumn(w, "C1", "III.3.2-link-unit").status()).isEqualTo(Status.SHORTFALL);
    }

    @Test
    @DisplayName("三、3.(2) III.3.2-link-branch: a party member with a branch is MET")
    void linkBranchMet() {
      World w = World.university().cadre(aCollegeLeader("C1").partyMember(true));
      w.assign("C1", "B2");
      assertThat(autumn(w, "C1", "III.3.2-link-branch").status()).isEqualTo(Status.MET);
    }

    @Test
    @DisplayName("三、3.(2) III.3.2-link-branch: a party member without one is a SHORTFALL")
    void linkBranchShort() {
      World w = World.university().cadre(aCollegeLeader("C1").partyMember(true));
      assertThat(autumn(w, "C1", "III.3.2-link-branch").status()).isEqualTo(Status.SHORTFALL);
    }

    @Test
    @DisplayName("三、3.(2) III.3.2-branch-life: organisational life with the branch is MET")
    void branchLifeMet() {
      World w = World.university().cadre(aCollegeLeader("C1").partyMember(true));
      w.assign("C1", "B1").activity("A1", "C1", ORGANIZATIONAL_LIFE, "2024-12-01", "B1");
      assertThat(autumn(w, "C1", "III.3.2-branch-life").status()).isEqualTo(Status.MET);
    }

    @Test
    @DisplayName("三、3.(2) III.3.2-branch-life: organisational life with no unit is short")
    void branchLifeShort() {
      World w = World.university().cadre(aCollegeLeader("C1").partyMember(true));
      w.assign("C1", "B1").activity("A1", "C1", ORGANIZATIONAL_LIFE, "2024-12-01");
      assertThat(autumn(w, "C1", "III.3.2-branch-life").status()).isEqualTo(Status.SHORTFALL);
    }

    @Test
    @DisplayName("三、3.(2) III.3.2-party-lecture: a lecture to the branch in the year is MET")
    void partyLectureMet() {
      World w = World.university().cadre(aCollegeLeader("C1").partyMember(true));
      w.assign("C1", "B1").activity("A1", "C1", PARTY_LECTURE, "2025-03-20", "B1");
      assertThat(spring(w, "C1", "III.3.2-party-lecture").status()).isEqualTo(Status.MET);
    }

    @Test
    @DisplayName("三、3.(2) III.3.2-party-lecture: none in the year is a SHORTFALL")
    void partyLectureShort() {
      World w = World.university().cadre(aCollegeLeader("C1").partyMember(true));
      w.assign("C1", "B1").activity("A1", "C1", DORM_VISIT, "2025-03-20", "B1");
      assertThat(spring(w, "C1", "III.3.2-party-lecture").status()).isEqualTo(Status.SHORTFALL);
    }
  }

  @Nested
  @DisplayName("三、3.(3) III.3.3-hardship")
  class Hardship {
    @Test
    @DisplayName("三、3.(3): two hardship supports are MET")
    void met() {
      World w = World.university().cadre(aCollegeLeader("C1"));
      w.activity("A1", "C1", HARDSHIP_SUPPORT, "2024-10-10");
      w.activity("A2", "C1", HARDSHIP_SUPPORT, "2024-11-20");
      Verdict v = autumn(w, "C1", "III.3.3-hardship");
      assertThat(v.status()).isEqualTo(Status.MET);
      assertThat(v.achieved()).isEqualTo(2);
    }

    @Test
    @DisplayName("三、3.(3): one hardship support is a SHORTFALL")
    void short_() {
      World w = World.university().cadre(aCollegeLeader("C1"));
      w.activity("A1", "C1", HARDSHIP_SUPPORT, "2024-10-10");
      Verdict v = autumn(w, "C1", "III.3.3-hardship");
      assertThat(v.status()).isEqualTo(Status.SHORTFALL);
      assertThat(v.required()).isEqualTo(2);
      assertThat(v.achieved()).isEqualTo(1);
    }
  }

  @Nested
  @DisplayName("三、3.(4) III.3.4-feedback")
  class CollegeFeedback {
    @Test
    @DisplayName("三、3.(4): an item to the college closed in time is MET")
    void met() {
      World w = World.university();
      w.feedback("F1", "WXY", "2024-11-11T10:00", null, "2024-11-12T10:00");
      Verdict v = autumn(w, "WXY", "III.3.4-feedback");
      assertThat(v.status()).isEqualTo(Status.MET);
      assertThat(v.clause()).isEqualTo("三、3.(4)");
    }

    @Test
    @DisplayName("三、3.(4): an item closed after 15 working days is a SHORTFALL")
    void short_() {
      World w = World.university();
      w.feedback("F1", "WXY", "2024-11-11T10:00", "2024-11-11T11:00", "2024-12-03T10:00");
      Verdict v = autumn(w, "WXY", "III.3.4-feedback");
      assertThat(v.status()).isEqualTo(Status.SHORTFALL);
      assertThat(v.explanation().en()).contains("F1 (closed late)");
    }
  }
}
