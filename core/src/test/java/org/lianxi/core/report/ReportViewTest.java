package org.lianxi.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lianxi.core.evaluation.Verdict;

/** Coordinator views (四、2) of {@link SmallUniversity}'s spring report. */
@DisplayName("report views (四、2)")
class ReportViewTest {
  private static final Pseudonymiser KEY = Pseudonymiser.withKey(SmallUniversity.KEY);
  private static Reports reports;
  private static AccountabilityReport report;

  @BeforeAll
  static void build() {
    reports = SmallUniversity.reports();
    report = reports.report(SmallUniversity.SPRING.termId(), SmallUniversity.SPRING.endsOn());
  }

  private static AccountabilityReport view(Viewer v) {
    return reports.view(report, v, KEY).report();
  }

  private static String pseudonym(String contactUnitId) {
    return KEY.pseudonym(
        SmallUniversity.dataset().contactUnits().stream()
            .filter(u -> u.contactUnitId().equals(contactUnitId))
            .findFirst()
            .orElseThrow());
  }

  @Test
  void thePartyOfficeSeesTheUniversityLeadersAndTheUniversityRowOnly() {
    AccountabilityReport v = view(Viewer.office("DB"));

    assertThat(v.verdicts()).extracting(Verdict::subject).containsOnly("L1", "L2");
    assertThat(v.dossiers()).extracting(CadreDossier::cadreId).containsExactly("L1", "L2");
    assertThat(v.checklists()).extracting(DemocraticLifeChecklist::unitId).containsExactly("U");
    assertThat(v.scorecard())
        .extracting(r -> r.kind() + "/" + r.unitId())
        .containsExactly("UNIVERSITY/U");
    assertThat(v.leads()).extracting(AccountabilityLead::subject).containsExactly("L2");
    assertThat(v.nominees()).extracting(ExemplarNominee::cadreId).containsExactly("L1");
    assertThat(v.coverage().suggestions())
        .extracting(SuggestedAssignment::cadreId)
        .containsExactly("L2", "L1");
    assertThat(v.feedback().items()).isEmpty();
  }

  @Test
  void theStudentWorkOfficeSeesDepartmentCadresAndTheirFeedbackWithStudentsPseudonymised() {
    AccountabilityReport v = view(Viewer.office("XGB"));

    assertThat(v.verdicts()).extracting(Verdict::subject).containsOnly("D1", "D2", "XGB", "HQ");
    assertThat(v.scorecard())
        .extracting(r -> r.kind().name())
        .containsExactly("FUNCTIONAL_DEPARTMENTS");
    FeedbackItem f1 =
        v.feedback().items().stream()
            .filter(i -> i.feedback().feedbackId().equals("F1"))
            .findFirst()
            .orElseThrow();
    assertThat(f1.feedback().category()).isEqualTo(pseudonym("S1") + "反映宿舍问题");
    assertThat(f1.explanation().zh()).doesNotContain("张小明");
  }

  @Test
  void aCollegeOfficeSeesItsLeadersAndItsRowWithHardshipUnitsPseudonymised() {
    AccountabilityReport k2 = view(Viewer.office("K2"));

    assertThat(k2.verdicts()).extracting(Verdict::subject).containsOnly("G3");
    assertThat(k2.scorecard())
        .extracting(r -> r.kind() + "/" + r.unitId())
        .containsExactly("COLLEGE/K2");
    assertThat(k2.nominees())
        .singleElement()
        .satisfies(n -> assertThat(n.contactUnitIds()).containsExactly(pseudonym("H1")));
    assertThat(k2.coverage().unlinked())
        .extracting(UnlinkedUnit::contactUnitId)
        .containsExactly("B2", "B3", "B4");
    // K2 has no Party-member leader: the suggestions for its branches name cadres it does not
    // coordinate.
    assertThat(k2.coverage().suggestions()).isEmpty();
    assertThat(view(Viewer.office("K1")).verdicts())
        .extracting(Verdict::subject)
        .containsOnly("G1", "G2");
  }

  @Test
  void aCadreSeesOnlyTheirOwnVerdictsAndTheirOwnStudentsInClear() {
    AccountabilityReport g3 = view(Viewer.cadre("G3"));

    assertThat(g3.verdicts()).extracting(Verdict::subject).containsOnly("G3");
    assertThat(g3.dossiers()).extracting(CadreDossier::cadreId).containsExactly("G3");
    assertThat(g3.findings()).extracting(f -> f.subject()).containsOnly("G3");
    assertThat(g3.nominees())
        .singleElement()
        .satisfies(n -> assertThat(n.contactUnitIds()).containsExactly("H1"));
    assertThat(g3.scorecard()).isEmpty();
    assertThat(g3.coverage().unlinked()).isEmpty();
    AccountabilityReport g2 = view(Viewer.cadre("G2"));
    assertThat(g2.checklists())
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.members()).extracting(ChecklistMember::cadreId).containsExactly("G2"));
  }

  @Test
  void theAuditorSeesTheWholeUniversityInClearAndNothingOfTheOther() {
    AccountabilityReport u = view(Viewer.auditor("U"));

    assertThat(u.verdicts())
        .extracting(Verdict::subject)
        .doesNotContain("V1")
        .contains("L1", "D2", "G3", "HQ");
    assertThat(u.leads())
        .extracting(AccountabilityLead::subject)
        .containsExactly("D2", "G1", "G2", "L2");
    assertThat(u.scorecard()).hasSize(4);
    assertThat(u.nominees().get(1).contactUnitIds()).containsExactly("H1");
    assertThat(u.coverage().unlinked())
        .extracting(UnlinkedUnit::contactUnitId)
        .doesNotContain("VC1");
    AccountabilityReport v = view(Viewer.auditor("V"));
    assertThat(v.verdicts()).extracting(Verdict::subject).containsOnly("V1");
    assertThat(v.leads()).extracting(AccountabilityLead::subject).containsExactly("V1");
  }
}
