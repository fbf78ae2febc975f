package org.lianxi.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.evaluation.Status;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.integrity.Finding;
import org.lianxi.core.integrity.FindingState;

/**
 * The five accountability outputs (四、4) of {@link SmallUniversity}'s spring term at its last day.
 */
@DisplayName("accountability outputs (四、4) on a small university")
class AccountabilityReportTest {
  private static AccountabilityReport report;

  @BeforeAll
  static void evaluate() {
    report = SmallUniversity.spring();
  }

  private static Status status(String subject, String obligation) {
    return report.verdicts().stream()
        .filter(v -> v.subject().equals(subject) && v.obligationId().equals(obligation))
        .map(Verdict::status)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theDesignedVerdictsHoldWithTheConfirmedActivityOutAndTheDismissedOnesIn() {
    assertThat(status("L1", "lecture")).isEqualTo(Status.MET);
    assertThat(status("L2", "lecture")).isEqualTo(Status.SHORTFALL);
    assertThat(status("G1", "hardship")).isEqualTo(Status.SHORTFALL);
    assertThat(status("G2", "hardship")).isEqualTo(Status.MET);
    assertThat(status("G2", "party-lecture")).isEqualTo(Status.SHORTFALL);
    assertThat(status("G3", "hardship")).isEqualTo(Status.MET);
    assertThat(status("D2", "dept-link")).isEqualTo(Status.SHORTFALL);
    assertThat(status("XGB", "feedback")).isEqualTo(Status.MET);
    assertThat(status("HQ", "feedback")).isEqualTo(Status.SHORTFALL);
    assertThat(report.findings())
        .extracting(f -> f.rule() + ":" + f.state())
        .containsExactlyInAnyOrder("OVERLAP:CONFIRMED", "RECORDED_BEFORE_START:DISMISSED");
  }

  @Test
  @DisplayName("cadre dossier: every term, compliance = MET / (MET + SHORTFALL)")
  void dossiersSpanBothTermsWithComplianceOverDueVerdictsOnly() {
    Map<String, CadreDossier> d =
        report.dossiers().stream()
            .collect(Collectors.toMap(CadreDossier::cadreId, Function.identity()));

    assertThat(d).containsOnlyKeys("D1", "D2", "G1", "G2", "G3", "L1", "L2", "V1");
    CadreDossier g2 = d.get("G2");
    assertThat(g2.terms())
        .extracting(DossierTerm::termId)
        .containsExactly("2024-2025-1", "2024-2025-2");
    // autumn: hardship SHORTFALL, party lecture PENDING (left out); spring: hardship MET, party
    // lecture SHORTFALL
    assertThat(g2.terms().get(0).compliance()).isEqualTo(new Share(0, 1));
    assertThat(g2.terms().get(1).compliance()).isEqualTo(new Share(1, 2));
    assertThat(g2.compliance()).isEqualTo(new Share(1, 3));
    assertThat(g2.terms().get(1).findings())
        .extracting(Finding::state)
        .containsExactly(FindingState.CONFIRMED);
    assertThat(g2.explanation().zh()).contains("达标率 1/3（33.3%）", "认定弄虚作假 1 项");
    assertThat(d.get("L1").compliance()).isEqualTo(new Share(2, 2));
    assertThat(d.get("L2").compliance()).isEqualTo(new Share(1, 2));
    assertThat(d.get("L2").compliance().rate())
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.5"));
    assertThat(d.get("G3").partyMember()).isFalse();
  }

  @Test
  @DisplayName(
      "democratic-life checklist: Party members' mandatory shortfalls and confirmed findings")
  void checklistsListPartyMembersWithTheirItems() {
    Map<String, DemocraticLifeChecklist> c =
        report.checklists().stream()
            .collect(Collectors.toMap(DemocraticLifeChecklist::unitId, Function.identity()));

    assertThat(c).containsOnlyKeys("U", "K1", "XGB", "V");
    assertThat(c.get("U").team()).isEqualTo(DemocraticLifeChecklist.Team.UNIVERSITY_TEAM);
    assertThat(items(c.get("U"))).containsExactly("L1:", "L2:SHORTFALL/lecture");
    assertThat(items(c.get("K1")))
        .containsExactly(
            "G1:SHORTFALL/hardship", "G2:SHORTFALL/party-lecture,FALSIFICATION/OVERLAP");
    // D1's only shortfall is on a recommended obligation: no item; D2 and G3 are not Party members.
    assertThat(c.get("XGB").team()).isEqualTo(DemocraticLifeChecklist.Team.DEPARTMENT_BRANCH);
    assertThat(items(c.get("XGB"))).containsExactly("D1:");
    ChecklistItem falsification = c.get("K1").members().get(1).items().get(1);
    assertThat(falsification.clause()).isEqualTo("四、4");
    assertThat(falsification.activityIds()).containsExactly("A-G2-2", "A-G2-3");
  }

  private static List<String> items(DemocraticLifeChecklist l) {
    return l.members().stream()
        .map(
            m ->
                m.cadreId()
                    + ":"
                    + m.items().stream()
                        .map(i -> i.kind() + "/" + i.reference())
                        .collect(Collectors.joining(",")))
        .collect(Collectors.toList());
  }

  @Test
  @DisplayName("party-building scorecard: university, each college, functional departments")
  void scorecardSharesAreCountedAsDocumented() {
    Map<String, ScorecardRow> rows =
        report.scorecard().stream()
            .filter(r -> r.university().equals("U"))
            .collect(Collectors.toMap(r -> r.kind() + "/" + r.unitId(), Function.identity()));

    assertThat(rows)
        .containsOnlyKeys("UNIVERSITY/U", "COLLEGE/K1", "COLLEGE/K2", "FUNCTIONAL_DEPARTMENTS/U");
    ScorecardRow u = rows.get("UNIVERSITY/U");
    // MET: L1, G1 party lecture, G2 hardship, G3 hardship, D1 link, XGB feedback;
    // SHORTFALL: L2, G1 hardship, G2 party lecture, D1 focus, D2 link, D2 focus, HQ feedback.
    assertThat(u.obligations()).isEqualTo(new Share(6, 13));
    assertThat(u.partyBranches()).isEqualTo(new Share(1, 4));
    assertThat(u.classes()).isEqualTo(new Share(1, 2));
    assertThat(rows.get("COLLEGE/K1").obligations()).isEqualTo(new Share(2, 4));
    assertThat(rows.get("COLLEGE/K1").partyBranches()).isEqualTo(new Share(1, 1));
    assertThat(rows.get("COLLEGE/K1").classes()).isEqualTo(new Share(1, 2));
    assertThat(rows.get("COLLEGE/K2").obligations()).isEqualTo(new Share(1, 1));
    assertThat(rows.get("COLLEGE/K2").partyBranches()).isEqualTo(new Share(0, 3));
    assertThat(rows.get("COLLEGE/K2").classes().rate()).isEmpty();
    ScorecardRow fd = rows.get("FUNCTIONAL_DEPARTMENTS/U");
    assertThat(fd.obligations()).isEqualTo(new Share(2, 6));
    assertThat(fd.partyBranches()).isEqualTo(new Share(0, 4));
    assertThat(fd.classes()).isEqualTo(new Share(1, 2));
    assertThat(u.explanation().zh()).contains("任务达标 6/13（46.2%）");
  }

  @Test
  @DisplayName("exemplar nominees: met everything, ranked by breadth of reach")
  void nomineesAreThoseWhoMetEverythingRankedByBreadth() {
    assertThat(report.nominees()).extracting(ExemplarNominee::cadreId).containsExactly("L1", "G3");
    ExemplarNominee first = report.nominees().get(0);
    assertThat(first.rank()).isEqualTo(1);
    assertThat(first.venues()).hasSize(2);
    assertThat(first.topics()).hasSize(2);
    assertThat(first.contactUnitIds()).containsExactly("C1");
    assertThat(first.breadth()).isEqualTo(5);
    ExemplarNominee second = report.nominees().get(1);
    // G3's dismissed finding does not disqualify; A-G3-3 counts.
    assertThat(second.activities()).isEqualTo(2);
    assertThat(second.breadth()).isEqualTo(3);
  }

  @Test
  @DisplayName("accountability leads: 不到位 and 弄虚作假 exactly as SPEC §3 defines them")
  void leadsAreLiteralShortfallsRepeatedInterpretationShortfallsAndConfirmedFindings() {
    assertThat(report.leads())
        .extracting(l -> l.subject() + ":" + l.kind() + ":" + l.evidence().get(0).reference())
        .containsExactly(
            "D2:NOT_IN_PLACE:dept-link",
            "G1:NOT_IN_PLACE:hardship",
            "G2:FALSIFICATION:OVERLAP",
            "L2:NOT_IN_PLACE:lecture",
            "V1:NOT_IN_PLACE:lecture");
    AccountabilityLead g1 = report.leads().get(1);
    assertThat(g1.evidence())
        .extracting(e -> e.termId() + "/" + e.status() + "/" + e.clause())
        .containsExactly("2024-2025-2/SHORTFALL/三、3.(3)", "2024-2025-1/SHORTFALL/三、3.(3)");
    assertThat(g1.evidence().get(1).activityIds()).containsExactly("A-G1-1");
    AccountabilityLead g2 = report.leads().get(2);
    assertThat(g2.evidence().get(0).kind()).isEqualTo(Evidence.Kind.FINDING);
    assertThat(g2.evidence().get(0).activityIds()).containsExactly("A-G2-2", "A-G2-3");
    assertThat(g2.explanation().zh()).startsWith("弄虚作假");
    // Never: D1's recommended focus shortfall, G2's one-term party-lecture and hardship shortfalls,
    // HQ's first feedback shortfall, G3's dismissed finding.
    assertThat(report.leads())
        .extracting(AccountabilityLead::subject)
        .doesNotContain("D1", "G3", "HQ");
  }

  @Test
  void theFeedbackReportListsTheTermsItems() {
    assertThat(report.feedback().items())
        .extracting(i -> i.feedback().feedbackId() + ":" + i.status())
        .containsExactly("F2:OVERDUE", "F1:ON_TIME");
  }

  @Test
  @DisplayName("coverage: unlinked units by type and college, greedy suggestion within the maximum")
  void coverageSuggestsCadresWithinTheirMaximum() {
    Coverage c = report.coverage();

    assertThat(c.unlinked())
        .extracting(UnlinkedUnit::contactUnitId)
        .containsExactly("C2", "B2", "B3", "B4", "VC1");
    assertThat(c.groups())
        .extracting(
            g -> g.type() + "/" + g.collegeId().orElse("-") + "/" + g.unlinked() + "of" + g.total())
        .containsExactly("CLASS/K1/1of2", "PARTY_BRANCH/K2/3of3", "CLASS/VK/1of1");
    // C2: K1's leader with fewest links (G2); B2: no Party member leads K2, D1 has 1 of its max 2;
    // B3: D1 is full, then university leaders by fewest links (L2 none); B4: L1 and L2 tie at one.
    assertThat(c.suggestions())
        .extracting(s -> s.contactUnitId() + "→" + s.cadreId())
        .containsExactly("C2→G2", "B2→D1", "B3→L2", "B4→L1", "VC1→V1");
    assertThat(c.unplaced()).isEmpty();
  }

  @Test
  void aSmallerDefaultMaximumLeavesAUnitUnplaced() {
    Coverage c =
        SmallUniversity.reports()
            .withCoverage(new CoverageOptions(1))
            .report(SmallUniversity.SPRING.termId(), SmallUniversity.SPRING.endsOn())
            .coverage();

    assertThat(c.suggestions())
        .extracting(s -> s.contactUnitId() + "→" + s.cadreId())
        .containsExactly("C2→G2", "B2→D1", "B3→L2", "VC1→V1");
    assertThat(c.unplaced()).containsExactly("B4");
    assertThat(c.explanation().en()).contains("1 cannot");
  }

  @Test
  @DisplayName("reminders: what remains, when, and to whom (四、2)")
  void remindersForPendingVerdictsNameTheCadreAndTheCoordinatingOffices() {
    AccountabilityReport midterm =
        SmallUniversity.reports()
            .report(SmallUniversity.SPRING.termId(), LocalDate.parse("2025-03-31"));

    Reminder l2 = reminder(midterm, "L2", "lecture");
    assertThat(l2.remaining()).isEqualTo(1);
    assertThat(l2.dueOn()).isEqualTo(LocalDate.parse("2025-06-29"));
    assertThat(l2.recipients())
        .extracting(r -> r.kind() + ":" + r.id())
        .containsExactly("CADRE:L2", "OFFICE:DB", "OFFICE:XB");
    Reminder g1 = reminder(midterm, "G1", "hardship");
    assertThat(g1.remaining()).isEqualTo(2);
    assertThat(g1.recipients()).extracting(Recipient::id).containsExactly("G1", "K1");
    assertThat(reminder(midterm, "G2", "party-lecture").dueOn())
        .isEqualTo(LocalDate.parse("2025-06-29"));
    assertThat(reminder(midterm, "D1", "focus").recipients())
        .extracting(Recipient::id)
        .containsExactly("D1", "XGB");
    assertThat(midterm.reminders()).noneMatch(r -> r.obligationId().equals("dept-link"));
    assertThat(l2.explanation().zh()).contains("尚需 1", "2025-06-29");
    assertThat(report.reminders()).isEmpty();
  }

  private static Reminder reminder(AccountabilityReport r, String subject, String obligation) {
    return r.reminders().stream()
        .filter(m -> m.subject().equals(subject) && m.obligationId().equals(obligation))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no reminder for " + subject + "/" + obligation + " in " + r.reminders()));
  }

  @Test
  void theAuditsOfBothTermsAreKept() {
    List<TermAudit> audits =
        SmallUniversity.reports()
            .audits(SmallUniversity.SPRING.termId(), SmallUniversity.SPRING.endsOn());

    assertThat(audits)
        .extracting(a -> a.term().termId() + "@" + a.asOf())
        .containsExactly("2024-2025-1@2025-01-12", "2024-2025-2@2025-06-29");
    assertThat(audits.get(1).integrity().excluded()).containsOnlyKeys("A-G2-3");
    assertThat(TermAudit.exclusions(audits.get(1).integrity()).reasons("A-G2-3"))
        .singleElement()
        .satisfies(e -> assertThat(e.rule()).isEqualTo(IntegrityRule.OVERLAP));
    assertThat(audits.get(1).findingViews()).hasSize(2);
  }
}
