package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.evaluation.Status;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.integrity.Finding;
import org.lianxi.core.integrity.FindingState;

/** 纳入干部任用: the cadre dossiers. */
final class Dossiers {
  private Dossiers() {}

  static ImmutableList<CadreDossier> build(ReportContext c) {
    List<Cadre> cadres = new ArrayList<>(c.org.cadres().values());
    cadres.sort(Comparator.comparing(Cadre::cadreId));
    ImmutableList.Builder<CadreDossier> out = ImmutableList.builder();
    for (Cadre cadre : cadres) {
      out.add(dossier(c, cadre));
    }
    return out.build();
  }

  static Share compliance(List<Verdict> verdicts) {
    int met = 0;
    int due = 0;
    for (Verdict v : verdicts) {
      if (v.status() == Status.MET) {
        met++;
        due++;
      } else if (v.status() == Status.SHORTFALL) {
        due++;
      }
    }
    return new Share(met, due);
  }

  private static CadreDossier dossier(ReportContext c, Cadre cadre) {
    ImmutableList.Builder<DossierTerm> terms = ImmutableList.builder();
    List<Verdict> all = new ArrayList<>();
    int confirmed = 0;
    int open = 0;
    for (TermAudit a : c.audits) {
      List<Verdict> verdicts = a.evaluation().verdictsFor(cadre.cadreId());
      List<Finding> findings = a.integrity().findingsOf(cadre.cadreId());
      all.addAll(verdicts);
      confirmed += (int) findings.stream().filter(f -> f.state() == FindingState.CONFIRMED).count();
      open += (int) findings.stream().filter(f -> f.state() == FindingState.OPEN).count();
      terms.add(
          new DossierTerm(
              a.term().termId(),
              a.asOf(),
              ImmutableList.copyOf(verdicts),
              ImmutableList.copyOf(findings),
              compliance(verdicts)));
    }
    Share rate = compliance(all);
    String unitName = c.org.unit(cadre.unitId()).map(OrgUnit::name).orElse(cadre.unitId());
    Explanation why =
        Explanation.of(
            cadre.name()
                + "（"
                + unitName
                + cadre.title()
                + "）："
                + c.audits.size()
                + " 个学期，达标率 "
                + rate.text()
                + "（达标数/应考核数，免于考核和未到期的不计）；认定弄虚作假 "
                + confirmed
                + " 项，待核实疑点 "
                + open
                + " 项",
            cadre.name()
                + " ("
                + cadre.title()
                + ", "
                + unitName
                + "): "
                + c.audits.size()
                + " term(s), compliance "
                + rate.textEn()
                + " (verdicts met of verdicts due; exempt and pending ones not counted); "
                + confirmed
                + " confirmed falsification(s), "
                + open
                + " open suspicion(s)");
    return new CadreDossier(
        cadre.cadreId(),
        cadre.name(),
        cadre.tier(),
        cadre.unitId(),
        unitName,
        cadre.title(),
        cadre.partyMember(),
        terms.build(),
        rate,
        why);
  }
}
