package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.Term;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.port.out.Facts;

/**
 * Builds the reports of SPEC §3 (四、2 and 四、4) for a term: integrity and evaluation of the term and
 * every earlier term ({@link TermAudit}), then the {@link AccountabilityReport} with its five
 * accountability outputs, the feedback report, coverage and reminders; and per {@link Viewer} the
 * {@link ReportView} it may see.
 *
 * <p>Terms: the dossier and the leads read every term of the dataset that starts no later than the
 * report's term and has opened by as-of, each evaluated at its last day or at as-of, whichever is
 * earlier.
 *
 * <p>Immutable and thread-safe (each call reads the dataset given at creation; time comes from the
 * clock, used for the evaluations' {@code evaluatedAt}).
 */
public final class Reports {
  private final Policy policy;
  private final Dataset data;
  private final Clock clock;
  private final CoverageOptions coverage;
  private final OrgChart org;
  private final AcademicCalendar calendar;

  private Reports(Policy policy, Dataset data, Clock clock, CoverageOptions coverage) {
    LianxiException.check(policy != null, "Reports", "policy", null, "must not be null");
    LianxiException.check(data != null, "Reports", "dataset", null, "must not be null");
    LianxiException.check(clock != null, "Reports", "clock", null, "must not be null");
    this.policy = policy;
    this.data = data;
    this.clock = clock;
    this.coverage = coverage;
    this.org = new OrgChart(data);
    this.calendar =
        AcademicCalendar.builder()
            .terms(data.terms())
            .breaks(data.breaks())
            .workdays(data.workdays())
            .clock(clock)
            .build();
  }

  /** Reports of the dataset under the policy. */
  public static Reports of(Policy policy, Dataset dataset, Clock clock) {
    return new Reports(policy, dataset, clock, CoverageOptions.DEFAULT);
  }

  /** Reports of every fact the ports hold (read once, now). */
  public static Reports of(Policy policy, Facts facts, Clock clock) {
    return of(policy, facts.snapshot(), clock);
  }

  /** The same reports with other coverage options. */
  public Reports withCoverage(CoverageOptions options) {
    return new Reports(policy, data, clock, options);
  }

  /**
   * The term and every earlier term that has opened by as-of, checked and evaluated, oldest first.
   */
  public ImmutableList<TermAudit> audits(String termId, LocalDate asOf) {
    Term term = calendar.requireTerm(termId);
    List<Term> terms = new ArrayList<>(data.terms());
    terms.sort(Comparator.comparing(Term::startsOn));
    List<TermAudit> audits = new ArrayList<>();
    for (Term t : terms) {
      if (t.termId().equals(termId)) {
        audits.add(TermAudit.run(policy, data, termId, asOf, clock));
      } else if (t.startsOn().isBefore(term.startsOn()) && !t.opensOn().isAfter(asOf)) {
        LocalDate at = t.endsOn().isAfter(asOf) ? asOf : t.endsOn();
        audits.add(TermAudit.run(policy, data, t.termId(), at, clock));
      }
    }
    return ImmutableList.copyOf(audits);
  }

  /** Every report of the term at the as-of day (all universities). */
  public AccountabilityReport report(String termId, LocalDate asOf) {
    ReportContext c =
        new ReportContext(policy, data, org, calendar, audits(termId, asOf), coverage);
    return new AccountabilityReport(
        policy.id(),
        policy.version(),
        policy.contentHash(),
        termId,
        asOf,
        c.current.evaluation().verdicts(),
        c.current.integrity().findings(),
        Dossiers.build(c),
        Checklists.build(c),
        Scorecards.build(c),
        Exemplars.build(c),
        Leads.build(c),
        FeedbackReport.of(
            data.feedback(),
            data.orgUnits(),
            calendar,
            c.term(),
            asOf,
            Feedbacks.deadlines(policy)),
        CoverageBuilder.build(c),
        Reminders.build(c));
  }

  /**
   * What {@code viewer} may see of the report (四、2), sensitive units pseudonymised with the key.
   */
  public ReportView view(AccountabilityReport report, Viewer viewer, Pseudonymiser pseudonymiser) {
    ViewScope scope = ViewScope.resolve(viewer, org);
    return new ReportView(
        scope, Views.filter(report, scope, scope.redactor(org, pseudonymiser), org));
  }

  /** Who {@code viewer} is and what they may see. */
  public ViewScope scope(Viewer viewer) {
    return ViewScope.resolve(viewer, org);
  }
}
