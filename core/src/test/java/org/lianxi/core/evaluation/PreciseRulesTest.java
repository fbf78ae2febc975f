package org.lianxi.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lianxi.core.domain.ActivityType.FACE_TO_FACE;
import static org.lianxi.core.domain.ActivityType.FIRST_LESSON;
import static org.lianxi.core.domain.ActivityType.GRADUATION_EVENT;
import static org.lianxi.core.domain.ActivityType.HARDSHIP_SUPPORT;
import static org.lianxi.core.domain.ActivityType.ONLINE_ENGAGEMENT;
import static org.lianxi.core.domain.ActivityType.OTHER;
import static org.lianxi.core.domain.ActivityType.PARTY_DAY;
import static org.lianxi.core.domain.ActivityType.PARTY_LECTURE;
import static org.lianxi.core.domain.ActivityType.THEORY_LECTURE;
import static org.lianxi.core.evaluation.SoochowObligationsTest.SOOCHOW;
import static org.lianxi.core.evaluation.SoochowObligationsTest.verdict;
import static org.lianxi.core.evaluation.World.AUTUMN;
import static org.lianxi.core.evaluation.World.AUTUMN_END;
import static org.lianxi.core.evaluation.World.SPRING;
import static org.lianxi.core.evaluation.World.aCollegeLeader;
import static org.lianxi.core.evaluation.World.aDepartmentCadre;
import static org.lianxi.core.evaluation.World.aUniversityLeader;
import static org.lianxi.core.evaluation.World.anActivity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.UnitKind;
import org.lianxi.core.domain.Venue;
import org.lianxi.core.memory.InMemoryFacts;
import org.lianxi.core.port.in.EvaluateTermUseCase;

/** The precise rules of SPEC §3.1, one behaviour per test. */
class PreciseRulesTest {
  static final LocalDate MID_TERM = LocalDate.parse("2024-11-15");

  static World leader() {
    return World.university().cadre(aUniversityLeader("C1").partyMember(true).principal(true));
  }

  @Nested
  class TermWindowAndAsOf {
    @Test
    void anActivityOnTheOpeningDayBeforeTeachingStartsCounts() {
      World w = leader().activity("A1", "C1", THEORY_LECTURE, "2024-08-31");
      assertThat(verdict(w.autumn(SOOCHOW), "C1", "III.1.1-theory-lecture").status())
          .isEqualTo(Status.MET);
    }

    @Test
    void anActivityAfterTheTermEndsDoesNotCount() {
      World w = leader().activity("A1", "C1", THEORY_LECTURE, "2025-01-13");
      assertThat(verdict(w.autumn(SOOCHOW), "C1", "III.1.1-theory-lecture").status())
          .isEqualTo(Status.SHORTFALL);
    }

    @Test
    @DisplayName("三、1.(1): no lecture yet at a mid-term as-of is PENDING with the full quota")
    void termQuotaNotYetMetAtMidTermIsPending() {
      World w = leader();
      Verdict v = verdict(w.evaluate(SOOCHOW, AUTUMN, MID_TERM), "C1", "III.1.1-theory-lecture");
      assertThat(v.status()).isEqualTo(Status.PENDING);
      assertThat(v.required()).isEqualTo(1);
      assertThat(v.explanation().en()).contains("due when the term ends on 2025-01-12");
    }

    @Test
    void aTermQuotaMetEarlyIsMet() {
      World w = leader().activity("A1", "C1", THEORY_LECTURE, "2024-09-20");
      Verdict v = verdict(w.evaluate(SOOCHOW, AUTUMN, MID_TERM), "C1", "III.1.1-theory-lecture");
      assertThat(v.status()).isEqualTo(Status.MET);
    }

    @Test
    void activitiesStartingAfterAsOfAreIgnored() {
      World w = leader().activity("A1", "C1", THEORY_LECTURE, "2024-11-16");
      Verdict v = verdict(w.evaluate(SOOCHOW, AUTUMN, MID_TERM), "C1", "III.1.1-theory-lecture");
      assertThat(v.status()).isEqualTo(Status.PENDING);
      assertThat(v.activityIds()).isEmpty();
    }

    @Test
    @DisplayName("三、1.(3): at a mid-term as-of only the ended weeks are required")
    void weeklyObligationCountsDueWeeksOnly() {
      World w = leader().weeklyContacts("C1");
      // as-of Friday 2024-11-15: W36..W45 have ended; W45 is the break week → 9 teaching weeks due
      Verdict v = verdict(w.evaluate(SOOCHOW, AUTUMN, MID_TERM), "C1", "III.1.3-weekly-contact");
      assertThat(v.status()).isEqualTo(Status.MET);
      assertThat(v.required()).isEqualTo(9);
      assertThat(v.achieved()).isEqualTo(9);
      assertThat(v.activityIds()).hasSize(9);
    }

    @Test
    void beforeTheFirstSundayTheWeeklyObligationIsPendingWithTheFullQuota() {
      World w = leader().weeklyContacts("C1");
      Verdict v =
          verdict(
              w.evaluate(SOOCHOW, AUTUMN, LocalDate.parse("2024-09-07")),
              "C1",
              "III.1.3-weekly-contact");
      assertThat(v.status()).isEqualTo(Status.PENDING);
      assertThat(v.required()).isEqualTo(18);
      assertThat(v.achieved()).isZero();
    }

    @Test
    void aWeekEndsOnItsSunday() {
      World w = leader().weeklyContacts("C1");
      Verdict v =
          verdict(
              w.evaluate(SOOCHOW, AUTUMN, LocalDate.parse("2024-09-08")),
              "C1",
              "III.1.3-weekly-contact");
      assertThat(v.status()).isEqualTo(Status.MET);
      assertThat(v.required()).isEqualTo(1);
    }

    @Test
    void activitiesCountOnWeekendsAndInBreakDays() {
      World w = leader();
      w.activity("SAT", "C1", FACE_TO_FACE, "2024-09-07"); // a Saturday of W36
      Verdict v =
          verdict(
              w.evaluate(SOOCHOW, AUTUMN, LocalDate.parse("2024-09-08")),
              "C1",
              "III.1.3-weekly-contact");
      assertThat(v.status()).isEqualTo(Status.MET);
      assertThat(v.activityIds()).containsExactly("SAT");
    }

    @Test
    void aWeekWhollyInsideABreakIsNotATeachingWeek() {
      World w = leader().weeklyContacts("C1");
      Verdict v = verdict(w.autumn(SOOCHOW), "C1", "III.1.3-weekly-contact");
      assertThat(v.missing()).doesNotContain("2024-W45");
      assertThat(v.required()).isEqualTo(18);
    }

    @Test
    void anOnlineEngagementIsNotInPersonWhateverTheVenue() {
      World w = leader();
      w.add(anActivity("E1", "C1", ONLINE_ENGAGEMENT, "2024-09-03").venue(Venue.CANTEEN));
      Verdict v =
          verdict(
              w.evaluate(SOOCHOW, AUTUMN, LocalDate.parse("2024-09-08")),
              "C1",
              "III.1.3-weekly-contact");
      assertThat(v.status()).isEqualTo(Status.SHORTFALL);
      assertThat(v.missing()).containsExactly("2024-W36");
    }

    @Test
    void rawCountsAreNotCapped() {
      World w = leader();
      w.activity("A1", "C1", THEORY_LECTURE, "2024-09-20");
      w.activity("A2", "C1", THEORY_LECTURE, "2024-10-20");
      w.activity("A3", "C1", THEORY_LECTURE, "2024-11-20");
      Verdict v = verdict(w.autumn(SOOCHOW), "C1", "III.1.1-theory-lecture");
      assertThat(v.achieved()).isEqualTo(3);
      assertThat(v.activityIds()).containsExactly("A1", "A2", "A3");
    }

    @Test
    void theDefaultAsOfComesFromTheClockAndStopsAtTheTermsLastDay() {
      World w = leader();
      Clock clock = Clock.fixed(Instant.parse("2024-10-10T01:00:00Z"), ZoneOffset.UTC);
      EvaluateTermUseCase use =
          EvaluateTermUseCase.using(InMemoryFacts.factsOf(w.dataset()), clock);
      Evaluation autumn = use.evaluate(SOOCHOW, AUTUMN);
      assertThat(autumn.asOf()).isEqualTo(LocalDate.parse("2024-10-10"));
      assertThat(autumn.evaluatedAt()).isEqualTo(Instant.parse("2024-10-10T01:00:00Z"));
      Clock later = Clock.fixed(Instant.parse("2025-03-01T01:00:00Z"), ZoneOffset.UTC);
      assertThat(
              EvaluateTermUseCase.using(InMemoryFacts.factsOf(w.dataset()), later)
                  .evaluate(SOOCHOW, AUTUMN)
                  .asOf())
          .isEqualTo(AUTUMN_END);
    }

    @Test
    void theEvaluationNamesThePolicyAndTerm() {
      Evaluation e = leader().autumn(SOOCHOW);
      assertThat(e.policyId()).isEqualTo("soochow-2019-95");
      assertThat(e.policyVersion()).isEqualTo("2019-10-16");
      assertThat(e.policyHash()).isEqualTo(SOOCHOW.contentHash()).hasSize(64);
      assertThat(e.termId()).isEqualTo(AUTUMN);
      assertThat(e.asOf()).isEqualTo(AUTUMN_END);
    }

    @Test
    void anUnknownTermIsAnError() {
      assertThatThrownBy(() -> leader().evaluate(SOOCHOW, "2030-2031-1", AUTUMN_END))
          .isInstanceOf(LianxiException.class)
          .hasMessageContaining("2030-2031-1");
    }
  }

  @Nested
  class Assignments {
    @Test
    @DisplayName(
        "三、1.(2): a branch assigned only from the next day does not make a party day count")
    void anActivityWithAUnitAssignedOnlyFromTheNextDayDoesNotCount() {
      World w = leader().assign("C1", "B1", "2024-10-21", null);
      w.activity("A1", "C1", PARTY_DAY, "2024-10-20", "B1");
      Evaluation e = w.autumn(SOOCHOW);
      assertThat(verdict(e, "C1", "III.1.2-branch-life").status()).isEqualTo(Status.SHORTFALL);
      assertThat(verdict(e, "C1", "III.1.2-link-branch").status()).isEqualTo(Status.MET);
    }

    @Test
    void anActivityOnTheLastDayOfAnAssignmentCounts() {
      World w = leader().assign("C1", "B1", "2024-08-01", "2024-10-20");
      w.activity("A1", "C1", PARTY_DAY, "2024-10-20", "B1");
      assertThat(verdict(w.autumn(SOOCHOW), "C1", "III.1.2-branch-life").status())
          .isEqualTo(Status.MET);
    }

    @Test
    void anAssignmentEndedBeforeTheTermDoesNotCount() {
      World w = leader().assign("C1", "K1", "2024-03-01", "2024-08-31");
      assertThat(verdict(w.autumn(SOOCHOW), "C1", "III.1.2-link-unit").status())
          .isEqualTo(Status.SHORTFALL);
    }

    @Test
    void anAssignmentBeginningAfterAsOfDoesNotCountYet() {
      World w = leader().assign("C1", "K1", "2024-12-01", null);
      assertThat(verdict(w.evaluate(SOOCHOW, AUTUMN, MID_TERM), "C1", "III.1.2-link-unit").status())
          .isEqualTo(Status.SHORTFALL);
      assertThat(verdict(w.autumn(SOOCHOW), "C1", "III.1.2-link-unit").status())
          .isEqualTo(Status.MET);
    }

    @Test
    void beforeTheTermStartsALinkNotYetMadeIsPending() {
      World w = leader();
      Verdict v =
          verdict(
              w.evaluate(SOOCHOW, AUTUMN, LocalDate.parse("2024-08-31")),
              "C1",
              "III.1.2-link-unit");
      assertThat(v.status()).isEqualTo(Status.PENDING);
    }

    @Test
    void oneAssignmentSatisfiesSeveralObligations() {
      World w = World.university().cadre(aCollegeLeader("C1").partyMember(true));
      w.assign("C1", "B1");
      Evaluation e = w.autumn(SOOCHOW);
      assertThat(verdict(e, "C1", "III.3.2-link-unit").status()).isEqualTo(Status.MET);
      assertThat(verdict(e, "C1", "III.3.2-link-branch").status()).isEqualTo(Status.MET);
    }

    @Test
    void distinctUnitsAreCountedOnce() {
      World w = leader().assign("C1", "K1").assign("C1", "K1", "2024-12-01", null);
      w.assign("C1", "D1");
      Verdict v = verdict(w.autumn(SOOCHOW), "C1", "III.1.2-link-unit");
      assertThat(v.achieved()).isEqualTo(2);
      assertThat(v.unitIds()).containsExactly("D1", "K1");
    }
  }

  @Nested
  class DuplicatesCorrectionsExclusions {
    @Test
    @DisplayName("三、3.(3): an exact duplicate counts once, as its first recorded copy")
    void anExactDuplicateCountsOnce() {
      World w = World.university().cadre(aCollegeLeader("C1"));
      w.add(
          anActivity("A1", "C1", HARDSHIP_SUPPORT, "2024-10-10T10:00")
              .recordedAt(java.time.LocalDateTime.parse("2024-10-10T15:00")));
      w.add(
          anActivity("A2", "C1", HARDSHIP_SUPPORT, "2024-10-10T10:00")
              .recordedAt(java.time.LocalDateTime.parse("2024-10-10T12:00")));
      Verdict v = verdict(w.autumn(SOOCHOW), "C1", "III.3.3-hardship");
      assertThat(v.achieved()).isEqualTo(1);
      assertThat(v.activityIds()).containsExactly("A2");
      assertThat(v.status()).isEqualTo(Status.SHORTFALL);
    }

    @Test
    void copiesRecordedAtTheSameTimeKeepTheSmallerId() {
      World w = World.university().cadre(aCollegeLeader("C1"));
      w.activity("A9", "C1", HARDSHIP_SUPPORT, "2024-10-10T10:00");
      w.activity("A1", "C1", HARDSHIP_SUPPORT, "2024-10-10T10:00");
      assertThat(verdict(w.autumn(SOOCHOW), "C1", "III.3.3-hardship").activityIds())
          .containsExactly("A1");
    }

    @Test
    void recordsDifferingInMinutesAreNotDuplicates() {
      World w = World.university().cadre(aCollegeLeader("C1"));
      w.activity("A1", "C1", HARDSHIP_SUPPORT, "2024-10-10T10:00");
      w.add(anActivity("A2", "C1", HARDSHIP_SUPPORT, "2024-10-10T10:00").minutes(90));
      assertThat(verdict(w.autumn(SOOCHOW), "C1", "III.3.3-hardship").status())
          .isEqualTo(Status.MET);
    }

    @Test
    @DisplayName("三、1.(1): a superseded record stops counting and its correction counts")
    void aSupersededRecordStopsCountingAndItsCorrectionCounts() {
      World w = leader();
      w.activity("A1", "C1", THEORY_LECTURE, "2024-10-10");
      w.add(anActivity("A2", "C1", OTHER, "2024-10-10").supersedes("A1"));
      assertThat(verdict(w.autumn(SOOCHOW), "C1", "III.1.1-theory-lecture").status())
          .isEqualTo(Status.SHORTFALL);

      World fixed = leader();
      fixed.activity("B1", "C1", OTHER, "2024-10-10");
      fixed.add(anActivity("B2", "C1", THEORY_LECTURE, "2024-10-10").supersedes("B1"));
      Verdict v = verdict(fixed.autumn(SOOCHOW), "C1", "III.1.1-theory-lecture");
      assertThat(v.status()).isEqualTo(Status.MET);
      assertThat(v.activityIds()).containsExactly("B2");
    }

    @Test
    void aChainOfCorrectionsCountsOnlyTheLast() {
      World w = World.university().cadre(aCollegeLeader("C1"));
      w.activity("A1", "C1", HARDSHIP_SUPPORT, "2024-10-10");
      w.add(anActivity("A2", "C1", HARDSHIP_SUPPORT, "2024-10-11").supersedes("A1"));
      w.add(anActivity("A3", "C1", HARDSHIP_SUPPORT, "2024-10-12").supersedes("A2"));
      assertThat(verdict(w.autumn(SOOCHOW), "C1", "III.3.3-hardship").activityIds())
          .containsExactly("A3");
    }

    @Test
    @DisplayName("三、1.(1): an excluded activity does not count and the verdict says why")
    void anExcludedActivityDoesNotCountAndIsExplained() {
      World w = leader();
      w.activity("A1", "C1", THEORY_LECTURE, "2024-10-10");
      Exclusions x =
          Exclusions.builder()
              .exclude("A1", IntegrityRule.OVERLAP, Explanation.of("与 A2 时间重叠", "overlaps A2"))
              .build();
      Verdict v =
          verdict(w.evaluate(SOOCHOW, AUTUMN, AUTUMN_END, x), "C1", "III.1.1-theory-lecture");
      assertThat(v.status()).isEqualTo(Status.SHORTFALL);
      assertThat(v.activityIds()).isEmpty();
      assertThat(v.excluded()).extracting(ExcludedActivity::activityId).containsExactly("A1");
      assertThat(v.excluded().get(0).reasons())
          .extracting(Exclusion::rule)
          .containsExactly(IntegrityRule.OVERLAP);
      assertThat(v.explanation().zh()).contains("不计 A1（时间重叠：与 A2 时间重叠）");
      assertThat(v.explanation().en())
          .contains("not counted: A1 (overlapping activities: overlaps A2)");
    }

    @Test
    void anExclusionIsExplainedOnlyWhereTheActivityWouldHaveCounted() {
      World w = leader().weeklyContacts("C1");
      w.activity("A1", "C1", THEORY_LECTURE, "2024-10-10");
      Exclusions x =
          Exclusions.builder()
              .exclude("A1", IntegrityRule.DURING_ABSENCE, Explanation.of("请假期间", "absent"))
              .build();
      Evaluation e = w.evaluate(SOOCHOW, AUTUMN, AUTUMN_END, x);
      assertThat(verdict(e, "C1", "III.1.1-first-lesson").excluded()).isEmpty();
      assertThat(verdict(e, "C1", "III.1.3-weekly-contact").excluded()).hasSize(1);
    }
  }

  @Nested
  class AcademicYears {
    @Test
    @DisplayName("三、1.(2): a party lecture in autumn meets the year quota evaluated in spring")
    void anAcademicYearQuotaMetInAutumnIsMetInSpring() {
      World w = leader().assign("C1", "B1");
      w.activity("A1", "C1", PARTY_LECTURE, "2024-10-15", "B1");
      Verdict v = verdict(w.spring(SOOCHOW), "C1", "III.1.2-party-lecture");
      assertThat(v.status()).isEqualTo(Status.MET);
      assertThat(v.activityIds()).containsExactly("A1");
      assertThat(verdict(w.autumn(SOOCHOW), "C1", "III.1.2-party-lecture").status())
          .isEqualTo(Status.MET);
    }

    @Test
    void aYearQuotaNotMetByTheAutumnEndIsPending() {
      World w = leader().assign("C1", "B1");
      Verdict v = verdict(w.autumn(SOOCHOW), "C1", "III.1.2-party-lecture");
      assertThat(v.status()).isEqualTo(Status.PENDING);
      assertThat(v.explanation().zh()).contains("学年结束（2025-06-29）时到期");
    }

    @Test
    void spring_activitiesDoNotCountForAnAutumnYearQuotaBeforeTheyHappen() {
      World w = leader().assign("C1", "B1");
      w.activity("A1", "C1", PARTY_LECTURE, "2025-04-15", "B1");
      assertThat(verdict(w.autumn(SOOCHOW), "C1", "III.1.2-party-lecture").status())
          .isEqualTo(Status.PENDING);
    }
  }

  @Nested
  class Absences {
    @Test
    @DisplayName("三、1.(3): a week wholly absent Monday to Friday is not required")
    void aWeekWhollyInsideAnAbsenceIsNotRequired() {
      World w = leader().weeklyContacts("C1").absent("C1", "2024-09-16", "2024-09-20");
      w.activities.removeIf(a -> a.day().equals(LocalDate.parse("2024-09-17")));
      Verdict v = verdict(w.autumn(SOOCHOW), "C1", "III.1.3-weekly-contact");
      assertThat(v.status()).isEqualTo(Status.MET);
      assertThat(v.required()).isEqualTo(17);
      assertThat(v.explanation().zh()).contains("请假免计 1 周");
    }

    @Test
    void aPartlyAbsentWeekIsStillRequired() {
      World w = leader().weeklyContacts("C1").absent("C1", "2024-09-16", "2024-09-19");
      w.activities.removeIf(a -> a.day().equals(LocalDate.parse("2024-09-17")));
      Verdict v = verdict(w.autumn(SOOCHOW), "C1", "III.1.3-weekly-contact");
      assertThat(v.status()).isEqualTo(Status.SHORTFALL);
      assertThat(v.missing()).containsExactly("2024-W38");
    }

    @Test
    @DisplayName("三、1: an absence covering the whole term makes every verdict EXEMPT")
    void anAbsenceCoveringTheTermIsExempt() {
      World w = leader().absent("C1", "2024-08-20", "2025-01-20");
      Evaluation e = w.autumn(SOOCHOW);
      assertThat(e.verdictsFor("C1")).isNotEmpty();
      assertThat(e.verdictsFor("C1"))
          .allSatisfy(
              v -> {
                assertThat(v.status()).isEqualTo(Status.EXEMPT);
                assertThat(v.required()).isZero();
              });
      assertThat(verdict(e, "C1", "III.1.1-theory-lecture").explanation().zh()).contains("免于考核");
    }

    @Test
    void termQuotasAreNotProRatedByPartialAbsences() {
      World w = leader().absent("C1", "2024-09-01", "2024-12-31");
      Verdict v = verdict(w.autumn(SOOCHOW), "C1", "III.1.1-theory-lecture");
      assertThat(v.status()).isEqualTo(Status.SHORTFALL);
      assertThat(v.required()).isEqualTo(1);
    }

    @Test
    @DisplayName("三 (preamble): absent days are not standard working days")
    void absentDaysAreNotStandardWorkingDays() {
      World w = World.university().cadre(aDepartmentCadre("C1", "DWB"));
      w.absent("C1", "2024-09-02", "2024-12-31"); // leaves 2025-01-01..01-10: 8 working days
      w.activity("A1", "C1", OTHER, "2025-01-02");
      w.activity("A2", "C1", OTHER, "2025-01-03");
      w.activity("A3", "C1", OTHER, "2025-01-06");
      w.activity("A4", "C1", OTHER, "2025-01-07");
      Verdict v = verdict(w.autumn(SOOCHOW), "C1", "III.0-frontline-days");
      assertThat(v.required()).isEqualTo(4);
      assertThat(v.achieved()).isEqualTo(4);
      assertThat(v.status()).isEqualTo(Status.MET);
    }
  }

  @Nested
  class FrontlineDays {
    World cadre() {
      return World.university().cadre(aDepartmentCadre("C1", "XGB"));
    }

    @Test
    void aFrontlineDayIsAStandardWorkingDayWithAnyActivityOnlineIncluded() {
      World w = cadre();
      w.add(anActivity("A1", "C1", ONLINE_ENGAGEMENT, "2024-09-02").venue(Venue.ONLINE));
      w.activity("A2", "C1", OTHER, "2024-09-02T15:00");
      w.activity("SAT", "C1", OTHER, "2024-09-07");
      w.activity("HOL", "C1", OTHER, "2024-10-01");
      w.activity("TX", "C1", OTHER, "2024-10-12"); // 调休 Saturday: a working day
      Verdict v = verdict(w.autumn(SOOCHOW), "C1", "III.0-frontline-days");
      assertThat(v.achieved()).isEqualTo(2);
      assertThat(v.activityIds()).containsExactly("A1", "A2", "TX");
    }

    @Test
    void frontlineDaysAccrueDayByDay() {
      World w = cadre();
      w.activity("A1", "C1", OTHER, "2024-09-02");
      w.activity("A2", "C1", OTHER, "2024-09-03");
      // as-of Wednesday 09-04: 3 standard days, required ⌈1.5⌉ = 2
      Verdict v =
          verdict(
              w.evaluate(SOOCHOW, AUTUMN, LocalDate.parse("2024-09-04")),
              "C1",
              "III.0-frontline-days");
      assertThat(v.required()).isEqualTo(2);
      assertThat(v.achieved()).isEqualTo(2);
      assertThat(v.status()).isEqualTo(Status.MET);
    }

    @Test
    void beforeTheFirstStandardDayFrontlineDaysArePending() {
      Verdict v =
          verdict(
              cadre().evaluate(SOOCHOW, AUTUMN, LocalDate.parse("2024-09-01")),
              "C1",
              "III.0-frontline-days");
      assertThat(v.status()).isEqualTo(Status.PENDING);
      assertThat(v.required()).isEqualTo(43);
    }

    @Test
    void onlyCadresOfPartyWorkOrStudentWorkUnitsAreBound() {
      World w = World.university().cadre(aDepartmentCadre("C1", "CWC"));
      assertThat(w.autumn(SOOCHOW).verdict("C1", "III.0-frontline-days")).isEmpty();
    }
  }

  @Nested
  class Seasons {
    @Test
    void autumnObligationsGiveNoVerdictInSpring() {
      World w = leader();
      w.activity("A1", "C1", FIRST_LESSON, "2025-03-01");
      assertThat(w.spring(SOOCHOW).verdict("C1", "III.1.1-first-lesson")).isEmpty();
    }

    @Test
    void springObligationsGiveNoVerdictInAutumn() {
      World w = World.university().cadre(aCollegeLeader("C1").principal(true));
      w.activity("A1", "C1", GRADUATION_EVENT, "2024-12-01");
      Evaluation e = w.autumn(SOOCHOW);
      assertThat(e.verdict("C1", "III.3.1-graduation")).isEmpty();
      assertThat(e.verdict("C1", "III.3.1-first-lesson")).isPresent();
    }
  }

  @Nested
  class Who {
    @Test
    void aDepartmentCadreWithoutRoleOrListedUnitIsBoundByNothing() {
      World w = World.university().cadre(aDepartmentCadre("C1", "CWC"));
      assertThat(w.autumn(SOOCHOW).verdictsFor("C1")).isEmpty();
    }

    @Test
    void onlyPartyMembersGetThePartyBranchObligations() {
      World w = World.university().cadre(aUniversityLeader("C1"));
      Evaluation e = w.autumn(SOOCHOW);
      assertThat(e.verdict("C1", "III.1.2-link-branch")).isEmpty();
      assertThat(e.verdict("C1", "III.1.2-link-unit")).isPresent();
      assertThat(e.verdict("C1", "III.1.1-first-lesson")).isEmpty();
    }

    @Test
    void verdictsAreOrderedByCadreThenPolicyOrderThenUnits() {
      World w = World.university();
      w.cadre(aCollegeLeader("C2")).cadre(aUniversityLeader("C1"));
      w.feedback("F1", "XGB", "2024-10-14T09:00", "2024-10-15T09:00", "2024-10-16T09:00");
      List<Verdict> vs = w.autumn(SOOCHOW).verdicts();
      assertThat(vs).extracting(Verdict::subject).startsWith("C1").endsWith("C2", "XGB");
      assertThat(vs.get(0).obligationId()).isEqualTo("III.1.1-theory-lecture");
    }

    @Test
    void aCadreOfAnUnknownUnitIsAnError() {
      World w = World.university().cadre(aCollegeLeader("C1").unitId("NOPE"));
      assertThatThrownBy(() -> w.autumn(SOOCHOW))
          .isInstanceOf(LianxiException.class)
          .hasMessageContaining("C1")
          .hasMessageContaining("NOPE");
    }

    @Test
    void eachCadreIsPlacedInTheUniversityAboveTheirUnit() {
      World w = World.university();
      w.org("NJU", UnitKind.UNIVERSITY, null);
      w.org("NJU-X", UnitKind.COLLEGE, "NJU");
      w.org("NJU-X-1", UnitKind.COLLEGE, "NJU-X"); // a 学院 under a 学部
      w.cadre(aCollegeLeader("C1")).cadre(aCollegeLeader("C2").unitId("NJU-X-1"));
      w.feedback("F1", "NJU-X-1", "2024-10-14T09:00", "2024-10-15T09:00", "2024-10-16T09:00");
      Evaluation e = w.autumn(SOOCHOW);
      assertThat(verdict(e, "C1", "III.3.3-hardship").university()).isEqualTo("SUDA");
      assertThat(verdict(e, "C2", "III.3.3-hardship").university()).isEqualTo("NJU");
      assertThat(verdict(e, "NJU-X-1", "III.3.4-feedback").university()).isEqualTo("NJU");
    }

    @Test
    void inASingleUniversityDatasetWithoutParentsTheUniversityIsEveryonesRoot() {
      World w = new World();
      World base = World.university();
      w.terms.addAll(base.terms);
      w.contactUnits.addAll(base.contactUnits);
      w.org("U", UnitKind.UNIVERSITY, null).org("COL", UnitKind.COLLEGE, null);
      w.cadre(aCollegeLeader("C1").unitId("COL"));
      assertThat(verdict(w.autumn(SOOCHOW), "C1", "III.3.3-hardship").university()).isEqualTo("U");
    }
  }

  @Nested
  @DisplayName("三、2.(3) and 三、3.(4): feedback")
  class FeedbackRules {
    @Test
    void closingWithoutAcknowledgementAcknowledgesAtTheCloseTime() {
      World w = World.university();
      w.feedback("F1", "XGB", "2024-10-14T09:00", null, "2024-10-16T17:00");
      w.feedback("F2", "XGB", "2024-10-14T09:00", null, "2024-10-17T09:00");
      Verdict v = verdict(w.autumn(SOOCHOW), "XGB", "III.2.3-feedback");
      assertThat(v.required()).isEqualTo(2);
      assertThat(v.achieved()).isEqualTo(1);
      assertThat(v.feedbackIds()).containsExactly("F1");
      assertThat(v.missing()).containsExactly("F2");
    }

    @Test
    void holidaysStopTheOfficeClockButBreaksDoNot() {
      World w = World.university();
      // received Monday 09-30; 10-01..10-04 and 10-07 are holidays: 2 working days end on 10-09
      w.feedback("F1", "XGB", "2024-09-30T09:00", "2024-10-09T20:00", "2024-10-10T09:00");
      // received in the break week Monday 11-04: the limit ends on Wednesday 11-06
      w.feedback("F2", "XGB", "2024-11-04T09:00", "2024-11-07T09:00", "2024-11-08T09:00");
      Verdict v = verdict(w.autumn(SOOCHOW), "XGB", "III.2.3-feedback");
      assertThat(v.feedbackIds()).containsExactly("F1");
      assertThat(v.missing()).containsExactly("F2");
    }

    @Test
    void anOpenItemIsDueOnceItsCloseDeadlineHasEnded() {
      World w = World.university();
      w.feedback("F1", "XGB", "2024-10-14T09:00", "2024-10-14T10:00", null);
      // 15 working days after Monday 10-14 end on Monday 11-04
      assertThat(
              w.evaluate(SOOCHOW, AUTUMN, LocalDate.parse("2024-11-03"))
                  .verdict("XGB", "III.2.3-feedback"))
          .isEmpty();
      Verdict v =
          verdict(
              w.evaluate(SOOCHOW, AUTUMN, LocalDate.parse("2024-11-04")),
              "XGB",
              "III.2.3-feedback");
      assertThat(v.status()).isEqualTo(Status.SHORTFALL);
      assertThat(v.explanation().zh()).contains("F1（逾期未办结）");
    }

    @Test
    void aClosedItemIsDueAtOnce() {
      World w = World.university();
      w.feedback("F1", "XGB", "2024-10-14T09:00", "2024-10-14T10:00", "2024-10-15T10:00");
      Verdict v =
          verdict(
              w.evaluate(SOOCHOW, AUTUMN, LocalDate.parse("2024-10-15")),
              "XGB",
              "III.2.3-feedback");
      assertThat(v.status()).isEqualTo(Status.MET);
    }

    @Test
    void aCloseAfterAsOfIsNotYetAClose() {
      World w = World.university();
      w.feedback("F1", "XGB", "2024-10-14T09:00", "2024-10-14T10:00", "2024-10-16T10:00");
      assertThat(
              w.evaluate(SOOCHOW, AUTUMN, LocalDate.parse("2024-10-15"))
                  .verdict("XGB", "III.2.3-feedback"))
          .isEmpty();
    }

    @Test
    void onlyHotlineUnitsAndCollegesGetFeedbackVerdicts() {
      World w = World.university();
      w.feedback("F1", "CWC", "2024-10-14T09:00", null, "2024-10-15T09:00");
      w.feedback("F2", "WXY", "2024-10-14T09:00", null, "2024-10-15T09:00");
      Evaluation e = w.autumn(SOOCHOW);
      assertThat(e.verdictsFor("CWC")).isEmpty();
      assertThat(e.verdictsFor("WXY"))
          .extracting(Verdict::obligationId)
          .containsExactly("III.3.4-feedback");
    }

    @Test
    void itemsReceivedOutsideTheTermWindowAreNotCounted() {
      World w = World.university();
      w.feedback("F1", "XGB", "2024-08-20T09:00", null, null);
      assertThat(w.autumn(SOOCHOW).verdictsFor("XGB")).isEmpty();
    }
  }

  @Nested
  class Engine {
    @Test
    void theParallelEvaluatorGivesTheSameResult() {
      World w = World.university();
      for (int i = 0; i < 40; i++) {
        String id = String.format("C%02d", i);
        w.cadre(i % 2 == 0 ? aUniversityLeader(id).partyMember(true) : aCollegeLeader(id));
        w.assign(id, i % 3 == 0 ? "K1" : "B1");
        w.activity(id + "-1", id, THEORY_LECTURE, "2024-09-" + (10 + i % 15));
        w.activity(id + "-2", id, HARDSHIP_SUPPORT, "2024-10-" + (10 + i % 15), "K1");
      }
      Evaluator ev = Evaluator.create(World.CLOCK);
      Evaluation seq = ev.evaluate(SOOCHOW, w.dataset(), AUTUMN, AUTUMN_END, Exclusions.none());
      Evaluation par =
          ev.parallel().evaluate(SOOCHOW, w.dataset(), AUTUMN, AUTUMN_END, Exclusions.none());
      assertThat(par).isEqualTo(seq);
      // 20 university leaders × 6 obligations + 20 college leaders × 2
      assertThat(seq.verdicts()).hasSize(160);
    }

    @Test
    void evaluatingADatasetEqualsEvaluatingItsFacts() {
      World w = leader().weeklyContacts("C1").assign("C1", "B1");
      Evaluation viaFacts = w.autumn(SOOCHOW);
      Evaluation viaDataset =
          Evaluator.create(World.CLOCK)
              .evaluate(SOOCHOW, w.dataset(), AUTUMN, AUTUMN_END, Exclusions.none());
      assertThat(viaDataset).isEqualTo(viaFacts);
    }

    @Test
    void theVerdictsOfASpringEvaluationNameTheSpringTerm() {
      Evaluation e = leader().evaluate(SOOCHOW, SPRING, World.SPRING_END);
      assertThat(e.termId()).isEqualTo(SPRING);
      assertThat(e.verdict("C1", "III.1.3-weekly-contact")).isPresent();
    }
  }
}
