package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.integrity.Finding;

/**
 * Every report of one term at an as-of day (SPEC §3, 四、2 and 四、4): the term's verdicts and
 * integrity findings, the five accountability outputs (cadre dossiers, democratic-life checklists,
 * party-building scorecard, exemplar nominees, accountability leads), the feedback report, coverage
 * and reminders. The whole report covers every university of the dataset; a {@link ReportView}
 * holds the part one viewer may see. Immutable and thread-safe.
 *
 * @param policyId the policy
 * @param policyVersion its version
 * @param policyHash its content hash
 * @param termId the term
 * @param asOf the as-of day
 * @param verdicts the term's verdicts
 * @param findings the term's integrity findings
 * @param dossiers one per cadre, by cadre id
 * @param checklists per team: universities, colleges, department branches
 * @param scorecard rows per university: the university, each college, the functional departments
 * @param nominees exemplar nominees, ranked
 * @param leads accountability leads, by subject
 * @param feedback the feedback report
 * @param coverage coverage and suggested assignments
 * @param reminders reminders for pending verdicts
 */
public record AccountabilityReport(
    String policyId,
    String policyVersion,
    String policyHash,
    String termId,
    LocalDate asOf,
    ImmutableList<Verdict> verdicts,
    ImmutableList<Finding> findings,
    ImmutableList<CadreDossier> dossiers,
    ImmutableList<DemocraticLifeChecklist> checklists,
    ImmutableList<ScorecardRow> scorecard,
    ImmutableList<ExemplarNominee> nominees,
    ImmutableList<AccountabilityLead> leads,
    FeedbackReport feedback,
    Coverage coverage,
    ImmutableList<Reminder> reminders) {}
