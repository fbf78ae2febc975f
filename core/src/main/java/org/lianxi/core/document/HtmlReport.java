package org.lianxi.core.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.calendar.IsoWeek;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.domain.UnitKind;
import org.lianxi.core.evaluation.Status;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.integrity.Finding;
import org.lianxi.core.integrity.FindingState;
import org.lianxi.core.integrity.IntegrityChecker;
import org.lianxi.core.integrity.IntegrityReport;
import org.lianxi.core.policy.Obligation;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.policy.Strength;
import org.lianxi.core.report.AccountabilityLead;
import org.lianxi.core.report.AccountabilityReport;
import org.lianxi.core.report.Evidence;
import org.lianxi.core.report.FeedbackItem;
import org.lianxi.core.report.FeedbackReport;
import org.lianxi.core.report.FeedbackStatus;
import org.lianxi.core.report.UnitFeedback;

/**
 * The term report as one self-contained HTML page for a coordinating office: no network, no
 * external style sheet, script or font; Chinese by default, English at the press of a button (both
 * texts of every line are in the page, each in an element with its {@code lang} attribute; a few
 * lines of inline script switch which one shows). It holds compliance per tier and per college, a
 * week-by-week heat map of the university leaders' in-person contact (三、1.(3)), the accountability
 * leads, the integrity findings, feedback timeliness and every cadre's verdicts with clause and
 * explanation. Every text from the data is HTML-escaped.
 *
 * <p>Stable hooks for hosts and tests: sections {@code #summary}, {@code #tiers}, {@code
 * #colleges}, {@code #heatmap}, {@code #leads}, {@code #findings}, {@code #feedback}, {@code
 * #cadres}; heat-map cells {@code td.hm[data-cadre][data-week][data-state]} with state {@code
 * contact}, {@code none}, {@code excused} or {@code pending} (not yet due); each cadre's block
 * {@code [data-cadre]} with one row {@code tr[data-obligation][data-status]} per verdict; the
 * language button {@code #lang-toggle}.
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlReport {
  private final Policy policy;
  private final Dataset data;
  private final AccountabilityReport report;

  private HtmlReport(Policy policy, Dataset data, AccountabilityReport report) {
    this.policy = policy;
    this.data = data;
    this.report = report;
  }

  /**
   * The page of {@code report}, the reports of a term over {@code dataset} under {@code policy}
   * (from {@code Reports.of(policy, dataset, clock).report(termId, asOf)}). The heat map leaves out
   * the activities the policy's integrity rules keep from counting, as the verdicts do.
   */
  public static HtmlReport of(Policy policy, Dataset dataset, AccountabilityReport report) {
    LianxiException.check(policy != null, "HtmlReport", "policy", null, "must not be null");
    LianxiException.check(dataset != null, "HtmlReport", "dataset", null, "must not be null");
    LianxiException.check(report != null, "HtmlReport", "report", null, "must not be null");
    LianxiException.check(
        report.policyHash().equals(policy.contentHash()),
        "HtmlReport",
        "report.policyHash",
        report.policyHash(),
        "must be the hash of policy " + policy.id() + " (" + policy.contentHash() + ")");
    return new HtmlReport(policy, dataset, report);
  }

  /** Writes the page to {@code out} in UTF-8 (the stream is flushed, not closed). */
  public void write(OutputStream out) {
    try {
      out.write(render().getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page. */
  public String render() {
    return new Page().render();
  }

  /** HTML-escapes text for element content and double- or single-quoted attribute values. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  // ------------------------------------------------------------------ the page

  /** One rendering: indexes of the facts and the output. Confined to one call of render(). */
  private final class Page {
    private final StringBuilder h = new StringBuilder(1 << 20);
    private final Map<String, Cadre> cadres = new LinkedHashMap<>();
    private final Map<String, OrgUnit> units = new HashMap<>();
    private final Map<String, List<Finding>> findingsBySubject = new HashMap<>();
    private final Map<String, List<Verdict>> verdictsBySubject = new LinkedHashMap<>();
    private final List<Verdict> verdicts = report.verdicts();
    private final List<Finding> findings = report.findings();
    private final AcademicCalendar calendar;
    private final Term term;
    private final LocalDate asOf = report.asOf();

    Page() {
      data.cadres().forEach(c -> cadres.put(c.cadreId(), c));
      data.orgUnits().forEach(u -> units.put(u.unitId(), u));
      findings.forEach(
          f -> findingsBySubject.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f));
      verdicts.forEach(
          v -> verdictsBySubject.computeIfAbsent(v.subject(), k -> new ArrayList<>()).add(v));
      calendar =
          AcademicCalendar.builder()
              .terms(data.terms())
              .breaks(data.breaks())
              .workdays(data.workdays())
              .clock(Clock.fixed(Instant.EPOCH, AcademicCalendar.DEFAULT_ZONE))
              .build();
      term = calendar.requireTerm(report.termId());
    }

    private List<Verdict> verdictsFor(String subject) {
      return verdictsBySubject.getOrDefault(subject, List.of());
    }

    String render() {
      String university =
          data.orgUnits().stream()
              .filter(u -> u.kind() == UnitKind.UNIVERSITY)
              .map(OrgUnit::name)
              .collect(Collectors.joining("、"));
      h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<title>")
          .append(esc(university + " 联系学生工作报告 " + term.termId()))
          .append("</title>\n<style>")
          .append(CSS)
          .append("</style>\n</head>\n<body class=\"lang-zh\">\n");
      header(university);
      nav();
      summary();
      tiers();
      colleges();
      heatmap();
      leads();
      findings();
      feedback();
      cadreVerdicts();
      h.append("<footer>")
          .append(
              t(
                  "由 Lianxi（联系）生成；本页离线可用，不访问网络。",
                  "Generated by Lianxi; this page works offline and loads nothing from the network."))
          .append("</footer>\n<script>")
          .append(SCRIPT)
          .append("</script>\n</body>\n</html>\n");
      return h.toString();
    }

    // ---------------------------------------------------------------- header, summary

    private void header(String university) {
      h.append("<header>\n<div class=\"top\"><h1>")
          .append(
              t(
                  university + " 领导干部联系学生工作报告",
                  university + ": leading cadres' contact with students"))
          .append("</h1>")
          .append(
              "<button id=\"lang-toggle\" type=\"button\" aria-label=\"切换语言 / switch language\">")
          .append("<span lang=\"zh-CN\">English</span><span lang=\"en\">中文</span></button></div>\n")
          .append("<p class=\"meta\">")
          .append(t(policy.title()))
          .append(" · ")
          .append(esc(policy.documentNumber()))
          .append("</p>\n<p class=\"meta\">")
          .append(
              t(
                  "学期 "
                      + term.termId()
                      + "（"
                      + term.startsOn()
                      + " 至 "
                      + term.endsOn()
                      + "），截至 "
                      + asOf,
                  "term "
                      + term.termId()
                      + " ("
                      + term.startsOn()
                      + " to "
                      + term.endsOn()
                      + "), as of "
                      + asOf))
          .append(" · ")
          .append(
              t(
                  "政策 " + report.policyId() + " 版本 " + report.policyVersion(),
                  "policy " + report.policyId() + " version " + report.policyVersion()))
          .append(" · <code title=\"SHA-256\">")
          .append(esc(report.policyHash().substring(0, Math.min(12, report.policyHash().length()))))
          .append("</code></p>\n</header>\n");
    }

    private void nav() {
      h.append("<nav>");
      link("summary", "概览", "Overview");
      link("tiers", "分层级", "Tiers");
      link("colleges", "分学院", "Colleges");
      link("heatmap", "校领导每周联系", "Leaders week by week");
      link("leads", "问责线索", "Accountability leads");
      link("findings", "疑点", "Findings");
      link("feedback", "反馈办理", "Feedback");
      link("cadres", "逐人结论", "Verdicts by cadre");
      h.append("</nav>\n");
    }

    private void link(String id, String zh, String en) {
      h.append("<a href=\"#").append(id).append("\">").append(t(zh, en)).append("</a>");
    }

    private void section(String id, String zh, String en) {
      h.append("<section id=\"").append(id).append("\">\n<h2>").append(t(zh, en)).append("</h2>\n");
    }

    private void summary() {
      Counts all = new Counts();
      verdicts.forEach(all::add);
      long open = findings.stream().filter(f -> f.state() == FindingState.OPEN).count();
      long confirmed = findings.stream().filter(f -> f.state() == FindingState.CONFIRMED).count();
      section("summary", "概览", "Overview");
      h.append("<div class=\"cards\">");
      card(String.valueOf(cadres.size()), "领导干部", "leading cadres", "");
      card(all.metShare(), "到期义务达标率", "obligations due that are met", "");
      card(String.valueOf(all.shortfall), "未达标", "shortfalls", all.shortfall > 0 ? "bad" : "good");
      card(String.valueOf(open), "待核查疑点", "open suspicions", open > 0 ? "warn" : "good");
      card(
          String.valueOf(confirmed),
          "认定弄虚作假",
          "confirmed falsifications",
          confirmed > 0 ? "bad" : "good");
      h.append("</div>\n<p class=\"note\">")
          .append(
              t(
                  "达标率 = 达标结论 ÷（达标 + 未达标）结论；未到期与免于考核的不计入。",
                  "Share met = verdicts met ÷ (met + shortfall); pending and exempt verdicts are left out."))
          .append("</p>\n</section>\n");
    }

    private void card(String value, String zh, String en, String cls) {
      h.append("<div class=\"card ")
          .append(cls)
          .append("\"><div class=\"value\">")
          .append(esc(value))
          .append("</div><div class=\"label\">")
          .append(t(zh, en))
          .append("</div></div>");
    }

    // ---------------------------------------------------------------- tiers and colleges

    private void tiers() {
      Map<Tier, Counts> byTier = new EnumMap<>(Tier.class);
      Map<Tier, Integer> people = new EnumMap<>(Tier.class);
      for (Tier tier : Tier.values()) {
        byTier.put(tier, new Counts());
        people.put(tier, 0);
      }
      cadres.values().forEach(c -> people.merge(c.tier(), 1, Integer::sum));
      Counts unitsCounts = new Counts();
      for (Verdict v : verdicts) {
        Cadre c = cadres.get(v.subject());
        if (c != null) {
          byTier.get(c.tier()).add(v);
        } else {
          unitsCounts.add(v);
        }
      }
      for (Finding f : findings) {
        Cadre c = cadres.get(f.subject());
        if (c != null && f.state() == FindingState.OPEN) {
          byTier.get(c.tier()).openSuspicions++;
        }
      }
      section("tiers", "分层级达标情况", "Compliance per tier");
      h.append("<table id=\"tier-table\" class=\"grid\">\n<thead><tr>");
      th("层级", "tier");
      th("人数", "cadres");
      th("达标率", "share met");
      th("达标", "met");
      th("未达标", "shortfalls");
      th("未到期", "pending");
      th("免于考核", "exempt");
      th("待核查疑点", "open suspicions");
      h.append("</tr></thead>\n<tbody>\n");
      for (Tier tier : Tier.values()) {
        Counts c = byTier.get(tier);
        h.append("<tr data-tier=\"")
            .append(tier.name())
            .append("\"><td>")
            .append(t(tier.zh(), tier.en()));
        h.append("</td><td class=\"num\">").append(people.get(tier)).append("</td>");
        countCells(c);
        h.append("<td class=\"num\">").append(c.openSuspicions).append("</td></tr>\n");
      }
      if (unitsCounts.total() > 0) {
        h.append("<tr data-tier=\"UNITS\"><td>")
            .append(t("反馈办理单位（三、2.(3)、三、3.(4)）", "units answering feedback (三、2.(3), 三、3.(4))"))
            .append("</td><td class=\"num\">")
            .append(
                verdicts.stream()
                    .filter(v -> !cadres.containsKey(v.subject()))
                    .map(Verdict::subject)
                    .distinct()
                    .count())
            .append("</td>");
        countCells(unitsCounts);
        h.append("<td class=\"num\">–</td></tr>\n");
      }
      h.append("</tbody></table>\n</section>\n");
    }

    private void countCells(Counts c) {
      h.append("<td class=\"num\">").append(bar(c)).append("</td>");
      h.append("<td class=\"num\">").append(c.met).append("</td>");
      h.append("<td class=\"num")
          .append(c.shortfall > 0 ? " bad" : "")
          .append("\">")
          .append(c.shortfall)
          .append("</td>");
      h.append("<td class=\"num\">").append(c.pending).append("</td>");
      h.append("<td class=\"num\">").append(c.exempt).append("</td>");
    }

    private String bar(Counts c) {
      if (c.due() == 0) {
        return "–";
      }
      double share = 100.0 * c.met / c.due();
      return "<span class=\"bar\"><span style=\"width:"
          + String.format(Locale.ROOT, "%.1f", share)
          + "%\"></span></span> "
          + c.metShare();
    }

    private void colleges() {
      List<OrgUnit> collegeUnits =
          data.orgUnits().stream()
              .filter(u -> u.kind() == UnitKind.COLLEGE)
              .collect(Collectors.toList());
      section("colleges", "分学院达标情况", "Compliance per college");
      h.append("<table id=\"college-table\" class=\"grid\">\n<thead><tr>");
      th("学院", "college");
      th("领导班子人数", "leaders");
      th("达标率", "share met");
      th("达标", "met");
      th("未达标", "shortfalls");
      th("未到期", "pending");
      th("免于考核", "exempt");
      th("待核查疑点", "open suspicions");
      th("反馈办理", "feedback");
      h.append("</tr></thead>\n<tbody>\n");
      for (OrgUnit college : collegeUnits) {
        Counts c = new Counts();
        int leaders = 0;
        for (Cadre cadre : cadres.values()) {
          if (cadre.tier() == Tier.COLLEGE_LEADERSHIP && cadre.unitId().equals(college.unitId())) {
            leaders++;
            verdictsFor(cadre.cadreId()).forEach(c::add);
            for (Finding f : findingsBySubject.getOrDefault(cadre.cadreId(), List.of())) {
              if (f.state() == FindingState.OPEN) {
                c.openSuspicions++;
              }
            }
          }
        }
        h.append("<tr data-college=\"")
            .append(esc(college.unitId()))
            .append("\"><td>")
            .append(esc(college.name()))
            .append("</td><td class=\"num\">")
            .append(leaders)
            .append("</td>");
        countCells(c);
        h.append("<td class=\"num\">").append(c.openSuspicions).append("</td><td>");
        List<Verdict> fb = verdictsFor(college.unitId());
        if (fb.isEmpty()) {
          h.append(t("无到期事项", "nothing due"));
        } else {
          for (Verdict v : fb) {
            status(v.status());
            h.append(" ").append(v.achieved()).append("/").append(v.required());
          }
        }
        h.append("</td></tr>\n");
      }
      h.append("</tbody></table>\n</section>\n");
    }

    // ---------------------------------------------------------------- heat map

    private void heatmap() {
      List<IsoWeek> weeks = calendar.teachingWeeks(term);
      List<Cadre> leaders =
          cadres.values().stream()
              .filter(c -> c.tier() == Tier.UNIVERSITY_LEADERSHIP)
              .collect(Collectors.toList());
      IntegrityReport integrity = IntegrityChecker.of(policy.integrity()).check(data, term, asOf);
      Set<String> superseded = new HashSet<>();
      data.activities().forEach(a -> a.supersedes().ifPresent(superseded::add));
      Map<String, Map<IsoWeek, Integer>> contacts = new HashMap<>();
      for (Activity a : data.activities()) {
        if (superseded.contains(a.activityId())
            || integrity.isExcluded(a.activityId())
            || !a.inPerson()
            || !AcademicCalendar.inWindow(term, a.start(), asOf)) {
          continue;
        }
        contacts
            .computeIfAbsent(a.cadreId(), k -> new HashMap<>())
            .merge(IsoWeek.of(a.day()), 1, Integer::sum);
      }
      Map<String, List<Absence>> absences = new HashMap<>();
      data.absences()
          .forEach(a -> absences.computeIfAbsent(a.cadreId(), k -> new ArrayList<>()).add(a));

      section(
          "heatmap",
          "校领导每周面对面联系学生（三、1.(3)）",
          "University leaders' in-person contact week by week (三、1.(3))");
      h.append("<p class=\"note\">")
          .append(
              t(
                  "每格为一个教学周；数字为当周计入的线下活动次数（不含网络活动、被更正的记录和高风险疑点未排除的活动）。",
                  "One cell per teaching week; the number counts the in-person activities that count that week (online activities, corrected records and activities kept out by a high-severity finding are left out)."))
          .append("</p>\n<div class=\"legend\">");
      legend("contact", "已联系", "contact");
      legend("none", "未联系", "no contact");
      legend("excused", "请假免计", "excused (absent)");
      legend("pending", "未到期", "not yet due");
      h.append(
              "</div>\n<div class=\"scroll\"><table id=\"heatmap-table\" class=\"heat\">\n<thead><tr><th>")
          .append(t("校领导", "leader"))
          .append("</th>");
      for (int i = 0; i < weeks.size(); i++) {
        IsoWeek w = weeks.get(i);
        h.append("<th data-week=\"")
            .append(w.label())
            .append("\" title=\"")
            .append(esc(w.label() + " " + w.monday() + "–" + w.sunday()))
            .append("\">")
            .append(i + 1)
            .append("</th>");
      }
      h.append("<th>").append(t("未联系周", "weeks missed")).append("</th></tr></thead>\n<tbody>\n");
      for (Cadre leader : leaders) {
        Map<IsoWeek, Integer> counts = contacts.getOrDefault(leader.cadreId(), Map.of());
        List<Absence> away = absences.getOrDefault(leader.cadreId(), List.of());
        h.append("<tr data-cadre=\"")
            .append(esc(leader.cadreId()))
            .append("\"><th class=\"who\">")
            .append(esc(leader.name()))
            .append(" <small>")
            .append(esc(leader.title()))
            .append("</small></th>");
        int missed = 0;
        for (IsoWeek w : weeks) {
          int n = counts.getOrDefault(w, 0);
          String state;
          if (n > 0) {
            state = "contact";
          } else if (AcademicCalendar.isExcused(w, away)) {
            state = "excused";
          } else if (!AcademicCalendar.isDue(w, asOf)) {
            state = "pending";
          } else {
            state = "none";
            missed++;
          }
          h.append("<td class=\"hm hm-")
              .append(state)
              .append("\" data-cadre=\"")
              .append(esc(leader.cadreId()))
              .append("\" data-week=\"")
              .append(w.label())
              .append("\" data-state=\"")
              .append(state)
              .append("\" title=\"")
              .append(esc(leader.name() + " " + w.label() + ": " + cellTitle(state, n)))
              .append("\">")
              .append(n > 0 ? String.valueOf(n) : "")
              .append("</td>");
        }
        h.append("<td class=\"num")
            .append(missed > 0 ? " bad" : "")
            .append("\">")
            .append(missed)
            .append("</td></tr>\n");
      }
      h.append("</tbody></table></div>\n</section>\n");
    }

    private String cellTitle(String state, int n) {
      return switch (state) {
        case "contact" -> n + " 次 / " + n + (n == 1 ? " activity" : " activities");
        case "excused" -> "请假免计 / excused";
        case "pending" -> "未到期 / not yet due";
        default -> "未联系 / no contact";
      };
    }

    private void legend(String state, String zh, String en) {
      h.append("<span class=\"key\"><span class=\"swatch hm-")
          .append(state)
          .append("\"></span>")
          .append(t(zh, en))
          .append("</span>");
    }

    // ---------------------------------------------------------------- leads and findings

    private void leads() {
      List<AccountabilityLead> list = report.leads();
      section("leads", "追责问责线索（四、4）", "Accountability leads (四、4)");
      h.append("<p class=\"note\">")
          .append(
              t(
                  "不到位：必须履行、原文规定的义务未达标，或同一解释口径义务连续两个学期未达标；弄虚作假：疑点经复核认定。倡导性义务和未经认定的疑点不列入。",
                  "Not in place: a shortfall on a mandatory literal obligation, or on the same mandatory interpretation obligation in two consecutive terms; falsification: a finding a reviewer confirmed. Recommended obligations and unconfirmed suspicions never appear."))
          .append("</p>\n");
      if (list.isEmpty()) {
        h.append("<p class=\"empty\">").append(t("无", "none")).append("</p>\n</section>\n");
        return;
      }
      h.append("<table id=\"lead-table\" class=\"grid\">\n<thead><tr>");
      th("类别", "kind");
      th("对象", "subject");
      th("说明", "explanation");
      th("依据", "evidence");
      h.append("</tr></thead>\n<tbody>\n");
      for (AccountabilityLead l : list) {
        h.append("<tr data-subject=\"")
            .append(esc(l.subject()))
            .append("\" data-kind=\"")
            .append(l.kind().name())
            .append("\"><td class=\"bad\">")
            .append(t(l.kind().zh(), l.kind().en()))
            .append("</td><td>")
            .append(subject(l.subject()))
            .append("</td><td>")
            .append(t(l.explanation()))
            .append("</td><td class=\"evidence\">");
        for (Evidence e : l.evidence()) {
          h.append("<div>")
              .append(esc(e.termId()))
              .append(" · ")
              .append(esc(e.clause()))
              .append(" <code>")
              .append(esc(e.reference()))
              .append("</code> ")
              .append(esc(e.status()))
              .append("</div>");
        }
        h.append("</td></tr>\n");
      }
      h.append("</tbody></table>\n</section>\n");
    }

    private void findings() {
      section("findings", "诚信疑点（四）", "Integrity findings");
      if (findings.isEmpty()) {
        h.append("<p class=\"empty\">").append(t("无", "none")).append("</p>\n</section>\n");
        return;
      }
      h.append("<table id=\"finding-table\" class=\"grid\">\n<thead><tr>");
      th("规则", "rule");
      th("风险", "severity");
      th("对象", "subject");
      th("活动", "activities");
      th("状态", "state");
      th("说明", "explanation");
      h.append("</tr></thead>\n<tbody>\n");
      for (Finding f : findings) {
        h.append("<tr data-rule=\"")
            .append(f.rule().name())
            .append("\" data-state=\"")
            .append(f.state().name())
            .append("\"><td>")
            .append(t(f.rule().zh(), f.rule().en()))
            .append(" <code>")
            .append(f.rule().name())
            .append("</code></td><td class=\"sev-")
            .append(f.severity().name().toLowerCase(Locale.ROOT))
            .append("\">")
            .append(t(f.severity().zh(), f.severity().en()))
            .append("</td><td>")
            .append(subject(f.subject()))
            .append("</td><td class=\"ids\">")
            .append(esc(String.join(" ", f.activityIds())))
            .append("</td><td class=\"state-")
            .append(f.state().name().toLowerCase(Locale.ROOT))
            .append("\">")
            .append(t(f.state().zh(), f.state().en()))
            .append("</td><td>")
            .append(t(f.explanation()))
            .append("</td></tr>\n");
      }
      h.append("</tbody></table>\n</section>\n");
    }

    // ---------------------------------------------------------------- feedback

    private void feedback() {
      FeedbackReport feedback = report.feedback();
      section("feedback", "学生反馈办理时效（三、2.(3)、三、3.(4)）", "Feedback timeliness (三、2.(3), 三、3.(4))");
      h.append("<p class=\"note\">")
          .append(
              t(
                  feedback.deadlines().acknowledge()
                      + " 个工作日内受理，"
                      + feedback.deadlines().close()
                      + " 个工作日内办结。",
                  "Acknowledge within "
                      + feedback.deadlines().acknowledge()
                      + " working days, close within "
                      + feedback.deadlines().close()
                      + " working days."))
          .append("</p>\n");
      if (feedback.units().isEmpty()) {
        h.append("<p class=\"empty\">")
            .append(t("本学期无反馈事项", "no feedback this term"))
            .append("</p>\n</section>\n");
        return;
      }
      h.append("<table id=\"feedback-table\" class=\"grid\">\n<thead><tr>");
      th("单位", "unit");
      th("收到", "received");
      th("到期", "due");
      th("按时办结", "on time");
      for (FeedbackStatus s : FeedbackStatus.values()) {
        if (s != FeedbackStatus.ON_TIME) {
          th(s.zh(), s.en());
        }
      }
      th("结论", "verdict");
      h.append("</tr></thead>\n<tbody>\n");
      for (UnitFeedback u : feedback.units()) {
        h.append("<tr data-unit=\"")
            .append(esc(u.unitId()))
            .append("\"><td>")
            .append(esc(u.unitName()))
            .append("</td><td class=\"num\">")
            .append(u.received())
            .append("</td><td class=\"num\">")
            .append(u.required())
            .append("</td><td class=\"num\">")
            .append(u.achieved())
            .append("</td>");
        for (FeedbackStatus s : FeedbackStatus.values()) {
          if (s != FeedbackStatus.ON_TIME) {
            int n = u.byStatus().getOrDefault(s, 0);
            h.append("<td class=\"num")
                .append(n > 0 && s.due() ? " bad" : "")
                .append("\">")
                .append(n)
                .append("</td>");
          }
        }
        h.append("<td>");
        List<Verdict> vs = verdictsFor(u.unitId());
        if (vs.isEmpty()) {
          h.append(t("不适用", "no verdict"));
        }
        vs.forEach(v -> status(v.status()));
        h.append("</td></tr>\n");
      }
      h.append("</tbody></table>\n");
      List<FeedbackItem> late =
          feedback.items().stream()
              .filter(i -> i.status().due() && i.status() != FeedbackStatus.ON_TIME)
              .collect(Collectors.toList());
      if (!late.isEmpty()) {
        h.append("<h3>")
            .append(t("未按时办理的事项", "Items not handled in time"))
            .append("</h3>\n<ul class=\"items\">");
        for (FeedbackItem i : late) {
          h.append("<li data-feedback=\"")
              .append(esc(i.feedback().feedbackId()))
              .append("\">")
              .append(esc(unitName(i.feedback().unitId())))
              .append("：")
              .append(t(i.explanation()))
              .append("</li>\n");
        }
        h.append("</ul>\n");
      }
      h.append("</section>\n");
    }

    // ---------------------------------------------------------------- verdicts by cadre

    private void cadreVerdicts() {
      Map<String, List<Verdict>> bySubject = verdictsBySubject;
      section("cadres", "逐人结论", "Verdicts by cadre");
      h.append("<p class=\"note\">")
          .append(
              t(
                  "有未达标或疑点的对象默认展开；点击姓名展开或收起。",
                  "Subjects with a shortfall or a finding are open; click a name to open or close."))
          .append("</p>\n<div id=\"cadre-table\">\n");
      for (Map.Entry<String, List<Verdict>> e : bySubject.entrySet()) {
        String id = e.getKey();
        Counts c = new Counts();
        e.getValue().forEach(c::add);
        List<Finding> fs = findingsBySubject.getOrDefault(id, List.of());
        boolean open = c.shortfall > 0 || !fs.isEmpty();
        Cadre cadre = cadres.get(id);
        h.append("<details class=\"subject\" data-cadre=\"")
            .append(esc(id))
            .append("\"")
            .append(open ? " open" : "")
            .append("><summary>")
            .append(subject(id));
        if (cadre != null) {
          h.append(" <span class=\"muted\">")
              .append(t(cadre.tier().zh(), cadre.tier().en()))
              .append(" · ")
              .append(esc(cadre.title()))
              .append(" · ")
              .append(esc(unitName(cadre.unitId())))
              .append("</span>");
        }
        h.append(" <span class=\"tally\">")
            .append(t("达标 " + c.met + "/" + c.due(), "met " + c.met + "/" + c.due()))
            .append(
                c.shortfall > 0
                    ? " <span class=\"badge bad\">"
                        + t("未达标 " + c.shortfall, c.shortfall + " shortfall")
                        + "</span>"
                    : "")
            .append(
                fs.isEmpty()
                    ? ""
                    : " <span class=\"badge warn\">"
                        + t("疑点 " + fs.size(), fs.size() + " finding" + (fs.size() == 1 ? "" : "s"))
                        + "</span>")
            .append("</span></summary>\n<table class=\"grid verdicts\"><thead><tr>");
        th("义务", "obligation");
        th("条款", "clause");
        th("结论", "status");
        th("应/实", "required/achieved");
        th("说明", "explanation");
        h.append("</tr></thead><tbody>\n");
        for (Verdict v : e.getValue()) {
          Optional<Obligation> o = policy.obligation(v.obligationId());
          h.append("<tr data-obligation=\"")
              .append(esc(v.obligationId()))
              .append("\" data-status=\"")
              .append(v.status().name())
              .append("\"><td>")
              .append(o.map(ob -> t(ob.title())).orElse(""))
              .append(" <code>")
              .append(esc(v.obligationId()))
              .append("</code>")
              .append(
                  v.strength() == Strength.RECOMMENDED
                      ? " <span class=\"badge\">" + t("倡导", "recommended") + "</span>"
                      : "")
              .append("</td><td>")
              .append(esc(v.clause()))
              .append("</td><td>");
          status(v.status());
          h.append("</td><td class=\"num\">")
              .append(v.required())
              .append("/")
              .append(v.achieved())
              .append("</td><td>")
              .append(t(v.explanation()))
              .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        if (!fs.isEmpty()) {
          h.append("<ul class=\"items\">");
          for (Finding f : fs) {
            h.append("<li>")
                .append(t(f.rule().zh(), f.rule().en()))
                .append("（")
                .append(t(f.state().zh(), f.state().en()))
                .append("）：")
                .append(t(f.explanation()))
                .append("</li>");
          }
          h.append("</ul>\n");
        }
        h.append("</details>\n");
      }
      h.append("</div>\n</section>\n");
    }

    // ---------------------------------------------------------------- bits

    private void status(Status s) {
      h.append("<span class=\"status st-")
          .append(s.name().toLowerCase(Locale.ROOT))
          .append("\">")
          .append(t(s.zh(), s.en()))
          .append("</span>");
    }

    private void th(String zh, String en) {
      h.append("<th>").append(t(zh, en)).append("</th>");
    }

    /** A subject's name and id: a cadre, an org unit, or the id alone. */
    private String subject(String id) {
      Cadre c = cadres.get(id);
      if (c != null) {
        return "<span class=\"name\">" + esc(c.name()) + "</span> <code>" + esc(id) + "</code>";
      }
      OrgUnit u = units.get(id);
      if (u != null) {
        return "<span class=\"name\">" + esc(u.name()) + "</span> <code>" + esc(id) + "</code>";
      }
      return "<code>" + esc(id) + "</code>";
    }

    private String unitName(String unitId) {
      OrgUnit u = units.get(unitId);
      return u == null ? unitId : u.name();
    }
  }

  /** Both texts, each in an element with its {@code lang}, escaped. */
  static String t(String zh, String en) {
    return "<span lang=\"zh-CN\">" + esc(zh) + "</span><span lang=\"en\">" + esc(en) + "</span>";
  }

  static String t(Explanation x) {
    return t(x.zh(), x.en());
  }

  /** Verdict tallies. Confined to one rendering. */
  private static final class Counts {
    int met;
    int shortfall;
    int pending;
    int exempt;
    int openSuspicions;

    void add(Verdict v) {
      switch (v.status()) {
        case MET -> met++;
        case SHORTFALL -> shortfall++;
        case PENDING -> pending++;
        case EXEMPT -> exempt++;
      }
    }

    int due() {
      return met + shortfall;
    }

    int total() {
      return met + shortfall + pending + exempt;
    }

    String metShare() {
      return due() == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * met / due());
    }
  }

  private static final String CSS =
      """
      :root{--ink:#1f2933;--muted:#616e7c;--line:#d9e2ec;--bg:#f5f7fa;--accent:#b42318;\
      --good:#2f855a;--good-bg:#c6f6d5;--bad:#c53030;--bad-bg:#fed7d7;--warn:#b7791f;\
      --warn-bg:#fefcbf;--ex-bg:#e2e8f0;--pend-bg:#ffffff}
      *{box-sizing:border-box}
      body{margin:0;font:14px/1.55 "PingFang SC","Hiragino Sans GB","Noto Sans CJK SC",\
      "Microsoft YaHei","Source Han Sans SC",system-ui,sans-serif;color:var(--ink);background:var(--bg)}
      body.lang-zh [lang="en"]{display:none}
      body.lang-en [lang="zh-CN"]{display:none}
      header{background:#7a1c1c;color:#fff;padding:18px 28px 12px}
      header .top{display:flex;align-items:center;justify-content:space-between;gap:16px}
      h1{font-size:22px;margin:0 0 6px}
      header .meta{margin:2px 0;opacity:.9;font-size:13px}
      header code{background:rgba(255,255,255,.15);color:#fff;padding:0 4px;border-radius:3px}
      #lang-toggle{font:inherit;font-weight:600;border:1px solid #fff;background:transparent;\
      color:#fff;border-radius:16px;padding:4px 14px;cursor:pointer;white-space:nowrap}
      #lang-toggle:hover{background:rgba(255,255,255,.15)}
      nav{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);\
      padding:8px 28px;display:flex;flex-wrap:wrap;gap:6px 18px}
      nav a{color:#7a1c1c;text-decoration:none;font-weight:600}
      section{background:#fff;margin:16px 28px;padding:14px 20px;border:1px solid var(--line);border-radius:8px}
      h2{font-size:17px;margin:0 0 10px;border-left:4px solid #7a1c1c;padding-left:8px}
      h3{font-size:15px;margin:14px 0 6px}
      .note{color:var(--muted);font-size:12.5px;margin:0 0 10px}
      .empty{color:var(--muted)}
      .cards{display:flex;flex-wrap:wrap;gap:12px}
      .card{flex:1 1 150px;border:1px solid var(--line);border-radius:8px;padding:10px 14px}
      .card .value{font-size:26px;font-weight:700}
      .card .label{color:var(--muted)}
      .card.good .value{color:var(--good)}.card.bad .value{color:var(--bad)}.card.warn .value{color:var(--warn)}
      table{border-collapse:collapse}
      table.grid{width:100%}
      .grid th,.grid td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
      .grid thead th{background:var(--bg);font-weight:600;white-space:nowrap}
      td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
      td.bad,.bad{color:var(--bad);font-weight:600}
      .bar{display:inline-block;width:70px;height:8px;background:var(--bad-bg);border-radius:4px;\
      vertical-align:middle;overflow:hidden}
      .bar>span{display:block;height:100%;background:var(--good)}
      code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}
      .ids{font:12px ui-monospace,Menlo,Consolas,monospace;max-width:220px}
      .status{display:inline-block;padding:0 8px;border-radius:10px;font-size:12.5px;white-space:nowrap}
      .st-met{background:var(--good-bg);color:var(--good)}
      .st-shortfall{background:var(--bad-bg);color:var(--bad);font-weight:600}
      .st-pending{background:var(--warn-bg);color:var(--warn)}
      .st-exempt{background:var(--ex-bg);color:var(--muted)}
      .sev-high{color:var(--bad);font-weight:600}.sev-medium{color:var(--warn)}.sev-low{color:var(--muted)}
      .state-confirmed{color:var(--bad);font-weight:600}.state-open{color:var(--warn)}.state-dismissed{color:var(--muted)}
      .scroll{overflow-x:auto}
      table.heat th,table.heat td{border:1px solid #fff;padding:0;text-align:center}
      table.heat thead th{font-size:11px;color:var(--muted);min-width:26px;padding:2px}
      table.heat th.who{text-align:left;white-space:nowrap;padding:3px 10px 3px 0;font-weight:600}
      table.heat th.who small{color:var(--muted);font-weight:400}
      td.hm{width:26px;height:24px;font-size:11px}
      .hm-contact{background:#38a169;color:#fff}
      .hm-none{background:#e53e3e;color:#fff}
      .hm-excused{background:repeating-linear-gradient(45deg,#cbd5e0 0 4px,#edf2f7 4px 8px)}
      .hm-pending{background:#f7fafc;outline:1px dashed #cbd5e0;outline-offset:-3px}
      .legend{display:flex;gap:16px;margin:0 0 8px;font-size:12.5px}
      .key{display:inline-flex;align-items:center;gap:5px}
      .swatch{display:inline-block;width:16px;height:14px;border-radius:2px}
      details.subject{border-bottom:1px solid var(--line);padding:6px 0}
      details.subject summary{cursor:pointer}
      details.subject .name{font-weight:600}
      .muted{color:var(--muted);font-size:12.5px}
      .badge{display:inline-block;padding:0 7px;border-radius:9px;font-size:12px;background:var(--ex-bg);color:var(--muted)}
      .badge.bad{background:var(--bad-bg);color:var(--bad);font-weight:600}
      .badge.warn{background:var(--warn-bg);color:var(--warn)}
      table.verdicts{margin:6px 0 4px}
      ul.items{margin:6px 0;padding-left:20px}
      footer{color:var(--muted);font-size:12px;margin:0 28px 24px}
      @media print{nav,#lang-toggle{display:none}section{break-inside:avoid-page}}
      """;

  private static final String SCRIPT =
      """
      (function(){var b=document.body,t=document.getElementById('lang-toggle');
      function set(l){b.classList.remove('lang-zh','lang-en');b.classList.add('lang-'+l);
      document.documentElement.lang=l==='en'?'en':'zh-CN';}
      if(location.hash==='#en'){set('en');}
      t.addEventListener('click',function(){set(b.classList.contains('lang-en')?'zh':'en');});})();
      """;
}
