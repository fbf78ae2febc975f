package org.lianxi.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.domain.ActivityType.CLASS_MEETING;
import static org.lianxi.core.domain.ActivityType.CLASS_OBSERVATION;
import static org.lianxi.core.domain.ActivityType.DORM_VISIT;
import static org.lianxi.core.domain.ActivityType.LEADER_MEAL;
import static org.lianxi.core.evaluation.SoochowObligationsTest.verdict;
import static org.lianxi.core.evaluation.World.AUTUMN;
import static org.lianxi.core.evaluation.World.aCollegeLeader;
import static org.lianxi.core.evaluation.World.aDepartmentCadre;
import static org.lianxi.core.evaluation.World.aUniversityLeader;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lianxi.core.document.PolicyDocuments;
import org.lianxi.core.domain.FeedbackChannel;
import org.lianxi.core.policy.Policies;
import org.lianxi.core.policy.Policy;

/** The Ministry notice and the three variants shipped as YAML load and evaluate. */
class VariantsTest {
  @Nested
  @DisplayName("moe-2019-34 (教党函〔2019〕34号)")
  class Notice {
    final Policy moe = PolicyDocuments.shipped("moe-2019-34");

    @Test
    @DisplayName("二: a lecture and weekly contacts are met; the link is only recommended")
    void theNoticeEvaluatesOnItsOwn() {
      World w = World.university().cadre(aUniversityLeader("C1")).weeklyContacts("C1");
      w.activity("A1", "C1", org.lianxi.core.domain.ActivityType.THEORY_LECTURE, "2024-10-10");
      Evaluation e = w.autumn(moe);
      assertThat(verdict(e, "C1", "II-theory-lecture").status()).isEqualTo(Status.MET);
      assertThat(verdict(e, "C1", "II-weekly-contact").status()).isEqualTo(Status.MET);
      Verdict link = verdict(e, "C1", "II-link-unit");
      assertThat(link.status()).isEqualTo(Status.SHORTFALL);
      assertThat(link.strength()).isEqualTo(org.lianxi.core.policy.Strength.RECOMMENDED);
      assertThat(link.clause()).isEqualTo("二");
      assertThat(e.verdictsFor("C1")).hasSize(3);
    }
  }

  @Nested
  @DisplayName("shenzhen-style: a leaders' meal with students every calendar month")
  class Shenzhen {
    final Policy policy = PolicyDocuments.shipped("shenzhen-style");

    World meals(String... days) {
      World w = World.university().cadre(aUniversityLeader("C1"));
      int i = 0;
      for (String d : days) {
        w.activity("M" + i++, "C1", LEADER_MEAL, d);
      }
      return w;
    }

    @Test
    void aMealInEachOfTheFiveMonthsIsMet() {
      World w = meals("2024-09-10", "2024-10-10", "2024-11-10", "2024-12-10", "2025-01-05");
      Verdict v = verdict(w.autumn(policy), "C1", "leader-meal-monthly");
      assertThat(v.status()).isEqualTo(Status.MET);
      assertThat(v.required()).isEqualTo(5);
      assertThat(v.activityIds()).hasSize(5);
    }

    @Test
    void aMonthWithoutAMealIsAShortfallNamingTheMonth() {
      World w = meals("2024-09-10", "2024-10-10", "2024-12-10", "2025-01-05");
      Verdict v = verdict(w.autumn(policy), "C1", "leader-meal-monthly");
      assertThat(v.status()).isEqualTo(Status.SHORTFALL);
      assertThat(v.achieved()).isEqualTo(4);
      assertThat(v.missing()).containsExactly("2024-11");
      assertThat(v.explanation().zh()).contains("应 5 个月，实 4 个月，缺 2024-11");
    }

    @Test
    void onlyEndedMonthsAreDueBeforeTheTermEnds() {
      World w = meals("2024-09-10", "2024-10-10");
      Verdict v =
          verdict(
              w.evaluate(policy, AUTUMN, LocalDate.parse("2024-11-15")),
              "C1",
              "leader-meal-monthly");
      assertThat(v.status()).isEqualTo(Status.MET);
      assertThat(v.required()).isEqualTo(2);
    }

    @Test
    void aMonthOfAbsenceIsExcused() {
      World w = meals("2024-09-10", "2024-10-10", "2024-12-10", "2025-01-05");
      w.absent("C1", "2024-11-01", "2024-11-30");
      Verdict v = verdict(w.autumn(policy), "C1", "leader-meal-monthly");
      assertThat(v.status()).isEqualTo(Status.MET);
      assertThat(v.required()).isEqualTo(4);
    }

    @Test
    void theNoticesObligationsAreInheritedAndCiteTheNotice() {
      World w = meals("2024-09-10");
      Verdict v = verdict(w.autumn(policy), "C1", "II-weekly-contact");
      assertThat(v.clause()).isEqualTo("教党函〔2019〕34号 二");
      assertThat(v.explanation().zh()).startsWith("教党函〔2019〕34号 二 每周至少");
    }
  }

  @Nested
  @DisplayName(
      "shandong-xiehe-style: one or two classes, meetings, a dormitory visit, monthly observation")
  class ShandongXiehe {
    final Policy policy = PolicyDocuments.shipped("shandong-xiehe-style");

    @Test
    void twoClassesAreMetAndAThirdIsAShortfall() {
      World w = World.university().cadre(aCollegeLeader("C1")).cadre(aCollegeLeader("C2"));
      w.assign("C1", "K1").assign("C1", "K2");
      w.assign("C2", "K1").assign("C2", "K2").assign("C2", "K3");
      Evaluation e = w.autumn(policy);
      assertThat(verdict(e, "C1", "link-classes").status()).isEqualTo(Status.MET);
      Verdict three = verdict(e, "C2", "link-classes");
      assertThat(three.status()).isEqualTo(Status.SHORTFALL);
      assertThat(three.achieved()).isEqualTo(3);
      assertThat(three.explanation().en()).contains("above the maximum 2");
      assertThat(three.explanation().zh()).contains("应联系 1–2 个");
    }

    @Test
    void aDepartmentCadreIsBoundAndTheLinkRefinesTheNotice() {
      World w = World.university().cadre(aDepartmentCadre("C1", "CWC"));
      Evaluation e = w.autumn(policy);
      assertThat(verdict(e, "C1", "link-classes").status()).isEqualTo(Status.SHORTFALL);
      assertThat(e.verdict("C1", "II-link-unit")).isEmpty();
      assertThat(policy.obligation("link-classes").get().refines()).contains("II-link-unit");
    }

    @Test
    void meetingsAVisitAndMonthlyObservationsAreMet() {
      World w = World.university().cadre(aCollegeLeader("C1")).assign("C1", "K1");
      w.activity("A1", "C1", CLASS_MEETING, "2024-09-20", "K1");
      w.activity("A2", "C1", CLASS_MEETING, "2024-12-20", "K1");
      w.activity("A3", "C1", DORM_VISIT, "2024-10-20");
      int i = 0;
      for (String d : new String[] {"2024-09-05", "2024-10-09", "2024-11-12", "2024-12-03"}) {
        w.activity("O" + i++, "C1", CLASS_OBSERVATION, d);
      }
      Evaluation e = w.autumn(policy);
      assertThat(verdict(e, "C1", "class-meetings").status()).isEqualTo(Status.MET);
      assertThat(verdict(e, "C1", "dorm-visit").status()).isEqualTo(Status.MET);
      Verdict observe = verdict(e, "C1", "class-observation");
      assertThat(observe.status()).isEqualTo(Status.SHORTFALL);
      assertThat(observe.missing()).containsExactly("2025-01");
    }

    @Test
    void oneClassMeetingIsAShortfall() {
      World w = World.university().cadre(aUniversityLeader("C1"));
      w.activity("A1", "C1", CLASS_MEETING, "2024-09-20");
      assertThat(verdict(w.autumn(policy), "C1", "class-meetings").status())
          .isEqualTo(Status.SHORTFALL);
    }
  }

  @Nested
  @DisplayName("dalian-style: mailbox items acknowledged within 5 working days")
  class Dalian {
    final Policy policy = PolicyDocuments.shipped("dalian-style");

    @Test
    void anItemAcknowledgedOnTheFifthWorkingDayIsMet() {
      World w = World.university();
      // received Monday 10-14: the fifth working day is Monday 10-21
      w.feedback(
          "F1", "CWC", FeedbackChannel.MAILBOX, "2024-10-14T09:00", "2024-10-21T18:00", null);
      Verdict v = verdict(w.autumn(policy), "CWC", "mailbox-acknowledge");
      assertThat(v.status()).isEqualTo(Status.MET);
      assertThat(v.feedbackIds()).containsExactly("F1");
    }

    @Test
    void anItemAcknowledgedOnTheSixthWorkingDayIsAShortfall() {
      World w = World.university();
      w.feedback(
          "F1", "WXY", FeedbackChannel.MAILBOX, "2024-10-14T09:00", "2024-10-22T09:00", null);
      Verdict v = verdict(w.autumn(policy), "WXY", "mailbox-acknowledge");
      assertThat(v.status()).isEqualTo(Status.SHORTFALL);
      assertThat(v.explanation().en()).contains("F1 (acknowledged late)");
    }

    @Test
    void anUnansweredItemIsDueWhenItsDeadlineEnds() {
      World w = World.university();
      w.feedback("F1", "SUDA", FeedbackChannel.MAILBOX, "2024-10-14T09:00", null, null);
      assertThat(
              w.evaluate(policy, AUTUMN, LocalDate.parse("2024-10-20"))
                  .verdict("SUDA", "mailbox-acknowledge"))
          .isEmpty();
      Verdict v =
          verdict(
              w.evaluate(policy, AUTUMN, LocalDate.parse("2024-10-21")),
              "SUDA",
              "mailbox-acknowledge");
      assertThat(v.status()).isEqualTo(Status.SHORTFALL);
      assertThat(v.explanation().zh()).contains("F1（未受理）");
    }

    @Test
    void hotlineItemsAreNotCounted() {
      World w = World.university();
      w.feedback("F1", "CWC", FeedbackChannel.HOTLINE, "2024-10-14T09:00", null, null);
      assertThat(w.autumn(policy).verdictsFor("CWC")).isEmpty();
    }
  }

  @Test
  void theBuiltInSoochowAndItsYamlEvaluateIdentically() {
    World w = World.university().cadre(aUniversityLeader("C1").partyMember(true));
    w.weeklyContacts("C1").assign("C1", "B1");
    assertThat(w.autumn(PolicyDocuments.shipped("soochow-2019-95")))
        .isEqualTo(w.autumn(Policies.soochow2019()));
  }
}
