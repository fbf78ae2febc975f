package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.domain.UnitKind;
import org.lianxi.core.evaluation.Status;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.integrity.Finding;
import org.lianxi.core.integrity.FindingState;
import org.lianxi.core.policy.Strength;

/** 纳入民主生活会对照检查: the checklists per team. */
final class Checklists {
  /** The clause that makes falsification a matter of accountability. */
  static final String FALSIFICATION_CLAUSE = "四、4";

  private Checklists() {}

  static ImmutableList<DemocraticLifeChecklist> build(ReportContext c) {
    ImmutableList.Builder<DemocraticLifeChecklist> out = ImmutableList.builder();
    for (OrgUnit uni : c.universities()) {
      List<Cadre> leaders = c.cadresOf(uni.unitId(), Tier.UNIVERSITY_LEADERSHIP);
      add(out, c, DemocraticLifeChecklist.Team.UNIVERSITY_TEAM, uni, uni.unitId(), leaders);
      for (OrgUnit unit : unitsOf(c, uni.unitId(), UnitKind.COLLEGE)) {
        add(
            out,
            c,
            DemocraticLifeChecklist.Team.COLLEGE_TEAM,
            unit,
            uni.unitId(),
            direct(c, unit, Tier.COLLEGE_LEADERSHIP));
      }
      for (OrgUnit unit : unitsOf(c, uni.unitId(), UnitKind.FUNCTIONAL_DEPARTMENT)) {
        add(
            out,
            c,
            DemocraticLifeChecklist.Team.DEPARTMENT_BRANCH,
            unit,
            uni.unitId(),
            direct(c, unit, Tier.FUNCTIONAL_DEPARTMENT));
      }
    }
    return out.build();
  }

  private static List<OrgUnit> unitsOf(ReportContext c, String university, UnitKind kind) {
    List<OrgUnit> list = new ArrayList<>();
    for (OrgUnit u : c.org.units().values()) {
      if (u.kind() == kind
          && c.org.universityOfUnit(u.unitId()).map(university::equals).orElse(false)) {
        list.add(u);
      }
    }
    list.sort(Comparator.comparing(OrgUnit::unitId));
    return list;
  }

  private static List<Cadre> direct(ReportContext c, OrgUnit unit, Tier tier) {
    List<Cadre> list = new ArrayList<>();
    for (Cadre cadre : c.org.cadres().values()) {
      if (cadre.tier() == tier && cadre.unitId().equals(unit.unitId())) {
        list.add(cadre);
      }
    }
    list.sort(Comparator.comparing(Cadre::cadreId));
    return list;
  }

  private static void add(
      ImmutableList.Builder<DemocraticLifeChecklist> out,
      ReportContext c,
      DemocraticLifeChecklist.Team team,
      OrgUnit unit,
      String university,
      List<Cadre> cadres) {
    ImmutableList.Builder<ChecklistMember> members = ImmutableList.builder();
    int members0 = 0;
    int items = 0;
    for (Cadre cadre : cadres) {
      if (!cadre.partyMember()) {
        continue;
      }
      ImmutableList<ChecklistItem> mine = items(c, cadre.cadreId());
      members.add(new ChecklistMember(cadre.cadreId(), cadre.name(), cadre.title(), mine));
      members0++;
      items += mine.size();
    }
    if (members0 == 0) {
      return;
    }
    out.add(
        new DemocraticLifeChecklist(
            team,
            unit.unitId(),
            unit.name(),
            university,
            members.build(),
            Explanation.of(
                unit.name()
                    + team.zh()
                    + "：党员领导干部 "
                    + members0
                    + " 人，对照检查事项 "
                    + items
                    + " 项（"
                    + c.term().termId()
                    + "）",
                unit.name()
                    + ", "
                    + team.en()
                    + ": "
                    + members0
                    + " Party member(s), "
                    + items
                    + " item(s) for self-examination ("
                    + c.term().termId()
                    + ")")));
  }

  /** A cadre's items of the report's term: mandatory shortfalls, then confirmed findings. */
  static ImmutableList<ChecklistItem> items(ReportContext c, String cadreId) {
    ImmutableList.Builder<ChecklistItem> items = ImmutableList.builder();
    String term = c.term().termId();
    for (Verdict v : c.verdictsOf(cadreId)) {
      if (v.status() == Status.SHORTFALL && v.strength() == Strength.MANDATORY) {
        items.add(
            new ChecklistItem(
                ChecklistItem.Kind.SHORTFALL,
                term,
                v.obligationId(),
                v.clause(),
                v.activityIds(),
                v.explanation()));
      }
    }
    for (Finding f : c.current.integrity().findingsOf(cadreId)) {
      if (f.state() == FindingState.CONFIRMED) {
        items.add(
            new ChecklistItem(
                ChecklistItem.Kind.FALSIFICATION,
                term,
                f.rule().name(),
                FALSIFICATION_CLAUSE,
                f.activityIds(),
                f.explanation()));
      }
    }
    return items.build();
  }
}
