package org.lianxi.cli;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.domain.UnitKind;
import org.lianxi.core.evaluation.Evaluation;
import org.lianxi.core.evaluation.Status;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.integrity.Finding;
import org.lianxi.core.integrity.FindingState;

/**
 * The text format: a summary table per tier, then the shortfalls and findings, in both languages.
 */
final class TextReport {
  private final Dataset data;
  private final Map<String, Cadre> cadres = new HashMap<>();
  private final Map<String, OrgUnit> units = new HashMap<>();

  TextReport(Dataset data) {
    this.data = data;
    data.cadres().forEach(c -> cadres.put(c.cadreId(), c));
    data.orgUnits().forEach(u -> units.put(u.unitId(), u));
  }

  /** One line naming the university, term, as-of day and policy. */
  String heading(Evaluation e) {
    String university =
        data.orgUnits().stream()
            .filter(u -> u.kind() == UnitKind.UNIVERSITY)
            .map(OrgUnit::name)
            .collect(Collectors.joining("、"));
    return university
        + " · 学期 term "
        + e.termId()
        + " · 截至 as of "
        + e.asOf()
        + " · 政策 policy "
        + e.policyId()
        + " "
        + e.policyVersion()
        + " (sha256 "
        + e.policyHash().substring(0, Math.min(12, e.policyHash().length()))
        + "…)\n";
  }

  /** Per tier: cadres, share of due obligations met, shortfalls, open suspicions. */
  String summary(List<Verdict> verdicts, List<Finding> findings) {
    Map<Tier, int[]> byTier = new EnumMap<>(Tier.class);
    for (Tier t : Tier.values()) {
      byTier.put(t, new int[4]);
    }
    int[] unitCounts = new int[4];
    int[] total = new int[4];
    cadres.values().forEach(c -> byTier.get(c.tier())[0]++);
    java.util.Set<String> feedbackUnits = new java.util.HashSet<>();
    for (Verdict v : verdicts) {
      Cadre c = cadres.get(v.subject());
      int[] row = c == null ? unitCounts : byTier.get(c.tier());
      if (c == null) {
        feedbackUnits.add(v.subject());
      }
      count(row, v.status());
      count(total, v.status());
    }
    Map<Tier, Integer> open = new EnumMap<>(Tier.class);
    int openTotal = 0;
    for (Finding f : findings) {
      Cadre c = cadres.get(f.subject());
      if (f.state() == FindingState.OPEN) {
        openTotal++;
        if (c != null) {
          open.merge(c.tier(), 1, Integer::sum);
        }
      }
    }
    unitCounts[0] = feedbackUnits.size();
    total[0] = cadres.size();
    TextTable t = new TextTable(2, false, true, true, true, true);
    t.row("层级", "人数", "达标率", "未达标", "待核查疑点");
    t.row("tier", "cadres", "met", "shortfalls", "open suspicions");
    for (Tier tier : Tier.values()) {
      int[] r = byTier.get(tier);
      t.row(tier.zh(), str(r[0]), share(r), str(r[2]), str(open.getOrDefault(tier, 0)));
      t.row("  " + tier.en(), "", "", "", "");
    }
    if (unitCounts[1] + unitCounts[2] > 0 || !feedbackUnits.isEmpty()) {
      t.row("反馈办理单位", str(unitCounts[0]), share(unitCounts), str(unitCounts[2]), "–");
      t.row("  units answering feedback", "", "", "", "");
    }
    t.row("合计 total", str(total[0]), share(total), str(total[2]), str(openTotal));
    return t.render();
  }

  /** [1] met, [2] shortfall, [3] pending or exempt. */
  private static void count(int[] row, Status s) {
    switch (s) {
      case MET -> row[1]++;
      case SHORTFALL -> row[2]++;
      default -> row[3]++;
    }
  }

  private static String share(int[] row) {
    int due = row[1] + row[2];
    return due == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * row[1] / due);
  }

  private static String str(int n) {
    return Integer.toString(n);
  }

  /** The whole text report of an evaluation and its findings. */
  String full(Evaluation e, List<Finding> findings) {
    StringBuilder s = new StringBuilder(heading(e)).append('\n');
    s.append(summary(e.verdicts(), findings)).append('\n');
    List<Verdict> shortfalls = e.verdicts(Status.SHORTFALL);
    s.append("未达标 shortfalls: ").append(shortfalls.size()).append('\n');
    for (Verdict v : shortfalls) {
      s.append("  ")
          .append(subject(v.subject()))
          .append("  ")
          .append(v.obligationId())
          .append("  ")
          .append(v.clause())
          .append("  ")
          .append(v.strength().name())
          .append("  ")
          .append(v.required())
          .append("/")
          .append(v.achieved())
          .append('\n');
      s.append("    ").append(v.explanation().zh()).append('\n');
      s.append("    ").append(v.explanation().en()).append('\n');
    }
    s.append("未到期 pending: ")
        .append(e.verdicts(Status.PENDING).size())
        .append(" · 免于考核 exempt: ")
        .append(e.verdicts(Status.EXEMPT).size())
        .append(" · 达标 met: ")
        .append(e.verdicts(Status.MET).size())
        .append("\n\n");
    s.append(findings(findings));
    return s.toString();
  }

  /** The findings, one block each. */
  String findings(List<Finding> findings) {
    StringBuilder s = new StringBuilder("疑点 findings: ").append(findings.size()).append('\n');
    for (Finding f : findings) {
      s.append("  ")
          .append(subject(f.subject()))
          .append("  ")
          .append(f.rule().name())
          .append(" ")
          .append(f.rule().zh())
          .append("  ")
          .append(f.severity().name())
          .append("  ")
          .append(f.state().name())
          .append(" ")
          .append(f.state().zh())
          .append("  ")
          .append(String.join(" ", f.activityIds()))
          .append('\n');
      s.append("    ").append(f.explanation().zh()).append('\n');
      s.append("    ").append(f.explanation().en()).append('\n');
    }
    return s.toString();
  }

  private String subject(String id) {
    Cadre c = cadres.get(id);
    if (c != null) {
      return id + " " + c.name() + "（" + c.title() + "）";
    }
    OrgUnit u = units.get(id);
    return u == null ? id : id + " " + u.name();
  }
}
