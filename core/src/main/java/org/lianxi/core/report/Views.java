package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.evaluation.ExcludedActivity;
import org.lianxi.core.evaluation.Exclusion;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.integrity.Finding;

/**
 * Cuts a report down to one viewer's scope and pseudonymises what they may not see in clear. Rows
 * of the scorecard are subjects too: the university's row goes to the party and president offices,
 * the functional departments' row to the student-work and graduate-work offices, a college's row to
 * that college (or a unit above it); the auditor sees all of their university; a cadre none.
 */
final class Views {
  private Views() {}

  static AccountabilityReport filter(
      AccountabilityReport r, ViewScope s, Redactor x, OrgChart org) {
    return new AccountabilityReport(
        r.policyId(),
        r.policyVersion(),
        r.policyHash(),
        r.termId(),
        r.asOf(),
        verdicts(r.verdicts(), s, x),
        findings(r.findings(), s, x),
        r.dossiers().stream()
            .filter(d -> s.covers(d.cadreId()))
            .map(d -> dossier(d, s, x))
            .collect(ImmutableList.toImmutableList()),
        checklists(r.checklists(), s, x),
        r.scorecard().stream()
            .filter(row -> sees(row, s, org))
            .collect(ImmutableList.toImmutableList()),
        r.nominees().stream()
            .filter(n -> s.covers(n.cadreId()))
            .map(
                n ->
                    new ExemplarNominee(
                        n.rank(),
                        n.cadreId(),
                        n.name(),
                        n.unitId(),
                        n.university(),
                        n.met(),
                        n.venues(),
                        n.topics(),
                        x.ids(n.contactUnitIds()),
                        n.activities(),
                        n.breadth(),
                        x.text(n.explanation())))
            .collect(ImmutableList.toImmutableList()),
        r.leads().stream()
            .filter(l -> s.covers(l.subject()))
            .map(
                l ->
                    new AccountabilityLead(
                        l.kind(),
                        l.subject(),
                        l.name(),
                        l.university(),
                        l.evidence().stream()
                            .map(
                                e ->
                                    new Evidence(
                                        e.kind(),
                                        e.termId(),
                                        e.reference(),
                                        e.clause(),
                                        e.status(),
                                        e.activityIds(),
                                        x.text(e.explanation())))
                            .collect(ImmutableList.toImmutableList()),
                        x.text(l.explanation())))
            .collect(ImmutableList.toImmutableList()),
        feedback(r.feedback(), s, x),
        coverage(r.coverage(), s, x),
        r.reminders().stream()
            .filter(m -> s.covers(m.subject()))
            .map(
                m ->
                    new Reminder(
                        m.subject(),
                        m.name(),
                        m.university(),
                        m.obligationId(),
                        m.clause(),
                        m.title(),
                        m.remaining(),
                        m.dueOn(),
                        m.recipients(),
                        x.text(m.explanation())))
            .collect(ImmutableList.toImmutableList()));
  }

  static boolean sees(ScorecardRow row, ViewScope s, OrgChart org) {
    if (!row.university().equals(s.university())) {
      return false;
    }
    switch (s.viewer().kind()) {
      case AUDITOR:
        return true;
      case CADRE:
        return false;
      case OFFICE:
        Optional<OrgUnit> office = org.unit(s.viewer().id());
        switch (row.kind()) {
          case UNIVERSITY:
            return office
                .map(o -> o.hasTag(ViewScope.PARTY_OFFICE) || o.hasTag(ViewScope.PRESIDENT_OFFICE))
                .orElse(false);
          case FUNCTIONAL_DEPARTMENTS:
            return office
                .map(o -> o.hasTag(ViewScope.STUDENT_WORK) || o.hasTag(ViewScope.GRADUATE_WORK))
                .orElse(false);
          case COLLEGE:
            return s.unitIds().contains(row.unitId())
                && office.map(o -> org.isUnder(row.unitId(), o.unitId())).orElse(false);
        }
    }
    return false;
  }

  static ImmutableList<Verdict> verdicts(List<Verdict> verdicts, ViewScope s, Redactor x) {
    return verdicts.stream()
        .filter(v -> s.covers(v.subject()))
        .map(v -> verdict(v, x))
        .collect(ImmutableList.toImmutableList());
  }

  static Verdict verdict(Verdict v, Redactor x) {
    if (x.isEmpty()) {
      return v;
    }
    return Verdict.builder()
        .from(v)
        .unitIds(x.ids(v.unitIds()))
        .excluded(
            v.excluded().stream()
                .map(
                    e ->
                        new ExcludedActivity(
                            e.activityId(),
                            e.reasons().stream()
                                .map(r -> new Exclusion(r.rule(), x.text(r.reason())))
                                .collect(ImmutableList.toImmutableList())))
                .collect(ImmutableList.toImmutableList()))
        .missing(x.texts(v.missing()))
        .explanation(x.text(v.explanation()))
        .build();
  }

  static ImmutableList<Finding> findings(List<Finding> findings, ViewScope s, Redactor x) {
    return findings.stream()
        .filter(f -> s.covers(f.subject()))
        .map(
            f ->
                x.isEmpty()
                    ? f
                    : Finding.builder().from(f).explanation(x.text(f.explanation())).build())
        .collect(ImmutableList.toImmutableList());
  }

  private static CadreDossier dossier(CadreDossier d, ViewScope s, Redactor x) {
    return new CadreDossier(
        d.cadreId(),
        d.name(),
        d.tier(),
        d.unitId(),
        d.unitName(),
        d.title(),
        d.partyMember(),
        d.terms().stream()
            .map(
                t ->
                    new DossierTerm(
                        t.termId(),
                        t.asOf(),
                        verdicts(t.verdicts(), s, x),
                        findings(t.findings(), s, x),
                        t.compliance()))
            .collect(ImmutableList.toImmutableList()),
        d.compliance(),
        x.text(d.explanation()));
  }

  private static ImmutableList<DemocraticLifeChecklist> checklists(
      List<DemocraticLifeChecklist> lists, ViewScope s, Redactor x) {
    ImmutableList.Builder<DemocraticLifeChecklist> out = ImmutableList.builder();
    for (DemocraticLifeChecklist l : lists) {
      if (!l.university().equals(s.university())) {
        continue;
      }
      ImmutableList<ChecklistMember> members =
          l.members().stream()
              .filter(m -> s.covers(m.cadreId()))
              .map(
                  m ->
                      new ChecklistMember(
                          m.cadreId(),
                          m.name(),
                          m.title(),
                          m.items().stream()
                              .map(
                                  i ->
                                      new ChecklistItem(
                                          i.kind(),
                                          i.termId(),
                                          i.reference(),
                                          i.clause(),
                                          i.activityIds(),
                                          x.text(i.explanation())))
                              .collect(ImmutableList.toImmutableList())))
              .collect(ImmutableList.toImmutableList());
      if (members.isEmpty()) {
        continue;
      }
      boolean whole = members.size() == l.members().size();
      out.add(
          new DemocraticLifeChecklist(
              l.team(),
              l.unitId(),
              l.unitName(),
              l.university(),
              members,
              whole ? l.explanation() : partial(l, members)));
    }
    return out.build();
  }

  private static org.lianxi.core.domain.Explanation partial(
      DemocraticLifeChecklist l, List<ChecklistMember> members) {
    int items = members.stream().mapToInt(m -> m.items().size()).sum();
    return org.lianxi.core.domain.Explanation.of(
        l.unitName() + l.team().zh() + "（本视图可见 " + members.size() + " 人）：对照检查事项 " + items + " 项",
        l.unitName()
            + ", "
            + l.team().en()
            + " ("
            + members.size()
            + " member(s) in this view): "
            + items
            + " item(s) for self-examination");
  }

  private static FeedbackReport feedback(FeedbackReport f, ViewScope s, Redactor x) {
    return new FeedbackReport(
        f.term(),
        f.asOf(),
        f.deadlines(),
        f.items().stream()
            .filter(i -> s.unitIds().contains(i.feedback().unitId()))
            .map(
                i ->
                    new FeedbackItem(
                        x.isEmpty()
                            ? i.feedback()
                            : Feedback.builder()
                                .from(i.feedback())
                                .category(x.text(i.feedback().category()))
                                .build(),
                        i.status(),
                        i.acknowledgeBy(),
                        i.closeBy(),
                        i.acknowledgementLate(),
                        x.text(i.explanation())))
            .collect(ImmutableList.toImmutableList()),
        f.units().stream()
            .filter(u -> s.unitIds().contains(u.unitId()))
            .collect(ImmutableList.toImmutableList()));
  }

  private static Coverage coverage(Coverage c, ViewScope s, Redactor x) {
    ImmutableList<UnlinkedUnit> unlinked =
        c.unlinked().stream()
            .filter(u -> s.contactUnitIds().contains(u.contactUnitId()))
            .map(
                u ->
                    new UnlinkedUnit(
                        x.id(u.contactUnitId()),
                        x.text(u.name()),
                        u.type(),
                        u.collegeId(),
                        u.university()))
            .collect(ImmutableList.toImmutableList());
    ImmutableList.Builder<CoverageGroup> groups = ImmutableList.builder();
    for (CoverageGroup g : c.groups()) {
      List<String> visible =
          g.contactUnitIds().stream().filter(s.contactUnitIds()::contains).toList();
      if (!visible.isEmpty()) {
        groups.add(
            new CoverageGroup(
                g.type(),
                g.collegeId(),
                g.collegeName(),
                visible.size(),
                g.total(),
                x.ids(visible)));
      }
    }
    ImmutableList<SuggestedAssignment> suggestions =
        c.suggestions().stream()
            .filter(a -> s.contactUnitIds().contains(a.contactUnitId()) && s.covers(a.cadreId()))
            .map(
                a ->
                    new SuggestedAssignment(
                        x.id(a.contactUnitId()),
                        a.cadreId(),
                        a.cadreName(),
                        x.text(a.explanation())))
            .collect(ImmutableList.toImmutableList());
    ImmutableList<String> unplaced =
        x.ids(c.unplaced().stream().filter(s.contactUnitIds()::contains).toList());
    return new Coverage(
        c.termId(),
        c.asOf(),
        unlinked,
        groups.build(),
        suggestions,
        unplaced,
        CoverageBuilder.summary(unlinked.size(), suggestions.size(), unplaced.size()));
  }
}
