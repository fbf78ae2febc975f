package org.lianxi.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.evaluation.Status;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.policy.Policies;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.report.AccountabilityReport;
import org.lianxi.core.report.Reports;
import org.lianxi.core.sample.SampleData;
import org.lianxi.core.sample.SampleUniversity;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportTest {
  private static final String SPRING = "2024-2025-2";
  private static final LocalDate SPRING_END = LocalDate.parse("2025-06-29");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-07-01T02:00:00Z"), AcademicCalendar.DEFAULT_ZONE);
  private static final Pattern CELL =
      Pattern.compile(
          "<td class=\"hm hm-(\\w+)\" data-cadre=\"([^\"]+)\" data-week=\"([^\"]+)\""
              + " data-state=\"(\\w+)\"");

  private final Policy policy = Policies.soochow2019();
  private SampleData demo;
  private AccountabilityReport spring;
  private String html;

  @BeforeAll
  void reportTheDemoSpringTerm() {
    demo = SampleUniversity.demo(2024);
    spring = Reports.of(policy, demo.dataset(), CLOCK).report(SPRING, SPRING_END);
    html = HtmlReport.of(policy, demo.dataset(), spring).render();
  }

  private Verdict verdict(String subject, String obligation) {
    return spring.verdicts().stream()
        .filter(v -> v.subject().equals(subject) && v.obligationId().equals(obligation))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyTextFromTheDataIsEscaped() {
    SampleData small = SampleUniversity.small(7);
    Dataset d = small.dataset();
    Cadre first = d.cadres().get(0);
    List<Cadre> cadres = new ArrayList<>(d.cadres());
    cadres.set(0, Cadre.builder().from(first).name("<script>alert(1)</script>").build());
    List<OrgUnit> units = new ArrayList<>();
    for (OrgUnit u : d.orgUnits()) {
      units.add(
          u.kind() == org.lianxi.core.domain.UnitKind.COLLEGE
              ? OrgUnit.builder().from(u).name("学院 \"<b>&'").build()
              : u);
    }
    Dataset evil = Dataset.builder().from(d).cadres(cadres).orgUnits(units).build();
    AccountabilityReport r =
        Reports.of(policy, evil, CLOCK).report("2024-2025-1", LocalDate.parse("2025-01-12"));

    String page = HtmlReport.of(policy, evil, r).render();

    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>&'");
    assertThat(page).contains("学院 &quot;&lt;b&gt;&amp;&#39;");
    assertThat(occurrences(page, "<script")).as("only the report's own script").isEqualTo(1);
  }

  @Test
  void escapeCoversTheFiveSpecialCharacters() {
    assertThat(HtmlReport.esc("<a href=\"x\">Tom & Jerry's</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  }

  @Test
  void thePageIsSelfContained() {
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(html)
        .doesNotContainPattern("(?i)<link\\b")
        .doesNotContainPattern("(?i)\\bsrc\\s*=")
        .doesNotContainPattern("(?i)@import")
        .doesNotContainPattern("(?i)url\\(")
        .doesNotContain("http://")
        .doesNotContain("https://");
  }

  @Test
  void chineseByDefaultWithBothLanguagesInThePage() {
    assertThat(html).contains("<html lang=\"zh-CN\">").contains("<body class=\"lang-zh\">");
    assertThat(html).contains("body.lang-zh [lang=\"en\"]{display:none}");
    assertThat(html).contains("id=\"lang-toggle\"");
    assertThat(occurrences(html, "<span lang=\"zh-CN\">"))
        .isEqualTo(occurrences(html, "<span lang=\"en\">"))
        .isGreaterThan(100);
    assertThat(html)
        .contains(
            "<span lang=\"zh-CN\">分层级达标情况</span><span lang=\"en\">Compliance per tier</span>");
  }

  @Test
  void heatMapHasOneCellPerLeaderAndTeachingWeek() {
    AcademicCalendar calendar = calendar(demo.dataset());
    int weeks = calendar.teachingWeeks(calendar.requireTerm(SPRING)).size();
    long leaders =
        demo.dataset().cadres().stream()
            .filter(c -> c.tier() == Tier.UNIVERSITY_LEADERSHIP)
            .count();
    List<String[]> cells = cells(html);
    assertThat(cells).hasSize((int) (leaders * weeks));
    assertThat(cells).allSatisfy(c -> assertThat(c[0]).isEqualTo(c[3]));
  }

  @Test
  void heatMapWeeksWithoutContactAreExactlyTheWeeksTheWeeklyVerdictMisses() {
    // 三、1.(3): the cells marked "none" are the weeks the verdict lists as missing, leader by leader
    Map<String, Set<String>> none = new HashMap<>();
    for (String[] c : cells(html)) {
      none.computeIfAbsent(c[1], k -> new TreeSet<>());
      if (c[0].equals("none")) {
        none.get(c[1]).add(c[2]);
      }
    }
    for (Map.Entry<String, Set<String>> e : none.entrySet()) {
      Verdict v = verdict(e.getKey(), "III.1.3-weekly-contact");
      assertThat(e.getValue()).as(e.getKey()).isEqualTo(new TreeSet<>(v.missing()));
    }
    assertThat(none.get("C0013")).contains("2025-W12", "2025-W16", "2025-W22");
    assertThat(none.values().stream().mapToInt(Set::size).sum()).isPositive();
  }

  @Test
  void eachCadresVerdictsAreListedWithClauseAndExplanation() {
    Verdict planted = verdict("C0013", "III.1.3-weekly-contact");
    assertThat(planted.status()).isEqualTo(Status.SHORTFALL);
    String block =
        between(html, "<details class=\"subject\" data-cadre=\"C0013\" open>", "</details>");
    assertThat(block)
        .contains("<tr data-obligation=\"III.1.3-weekly-contact\" data-status=\"SHORTFALL\">")
        .contains("三、1.(3)")
        .contains(HtmlReport.esc(planted.explanation().zh()))
        .contains(HtmlReport.esc(planted.explanation().en()));
    long subjects = spring.verdicts().stream().map(Verdict::subject).distinct().count();
    assertThat(occurrences(html, "<details class=\"subject\"")).isEqualTo((int) subjects);
    assertThat(occurrences(html, "<tr data-obligation=\"")).isEqualTo(spring.verdicts().size());
  }

  @Test
  void leadsAreTheAccountabilityReportsLeads() {
    // 四、4: not in place (literal shortfalls; interpretation ones two terms running) and
    // falsification (confirmed findings)
    String leads = between(html, "<table id=\"lead-table\"", "</table>");
    Set<String> expected = new TreeSet<>();
    spring.leads().forEach(l -> expected.add(l.subject()));
    assertThat(dataSubjects(leads)).isEqualTo(expected);
    assertThat(expected).contains("C0005", "C0013", "C0057", "C0078");
    assertThat(verdict("C0039", "III.0-frontline-days").status()).isEqualTo(Status.SHORTFALL);
    assertThat(leads)
        .as("an interpretation shortfall in one term only is no lead")
        .doesNotContain("data-subject=\"C0039\"")
        .as("an open suspicion is no lead")
        .doesNotContain("data-subject=\"C0040\"")
        .contains("data-subject=\"C0078\" data-kind=\"FALSIFICATION\"")
        .contains("data-subject=\"C0013\" data-kind=\"NOT_IN_PLACE\"");
  }

  @Test
  void findingsAndFeedbackAreShown() {
    String findings = between(html, "<table id=\"finding-table\"", "</table>");
    assertThat(occurrences(findings, "<tr data-rule=")).isEqualTo(spring.findings().size());
    assertThat(findings).contains("data-rule=\"RECORDED_BEFORE_START\" data-state=\"CONFIRMED\"");
    String feedback = between(html, "<table id=\"feedback-table\"", "</table>");
    assertThat(feedback).contains("data-unit=\"D16\"").contains("data-unit=\"COL09\"");
    // the items a feedback verdict misses are listed as not handled in time
    List<String> late = new ArrayList<>();
    spring.verdicts().stream()
        .filter(v -> v.obligationId().endsWith("-feedback") && v.status() == Status.SHORTFALL)
        .forEach(v -> late.addAll(v.missing()));
    assertThat(late).isNotEmpty();
    late.forEach(id -> assertThat(html).contains("<li data-feedback=\"" + id + "\">"));
  }

  @Test
  void tiersAndCollegesAreTabulated() {
    String tiers = between(html, "<table id=\"tier-table\"", "</table>");
    for (Tier t : Tier.values()) {
      assertThat(tiers).contains("data-tier=\"" + t.name() + "\"");
    }
    String colleges = between(html, "<table id=\"college-table\"", "</table>");
    assertThat(occurrences(colleges, "<tr data-college=")).isEqualTo(25);
  }

  @Test
  void writesUtf8() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HtmlReport.of(policy, demo.dataset(), spring).write(out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(html);
  }

  @Test
  void aReportOfAnotherPolicyIsRejected() {
    Policy other = PolicyDocuments.shipped("moe-2019-34");
    assertThatThrownBy(() -> HtmlReport.of(other, demo.dataset(), spring))
        .isInstanceOf(LianxiException.class)
        .hasMessageContaining("moe-2019-34");
  }

  // ------------------------------------------------------------------ helpers

  private static AcademicCalendar calendar(Dataset d) {
    return AcademicCalendar.builder()
        .terms(d.terms())
        .breaks(d.breaks())
        .workdays(d.workdays())
        .clock(CLOCK)
        .build();
  }

  /** Each heat-map cell as {class state, cadre, week, data-state}. */
  private static List<String[]> cells(String page) {
    List<String[]> out = new ArrayList<>();
    Matcher m = CELL.matcher(page);
    while (m.find()) {
      out.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4)});
    }
    return out;
  }

  private static Set<String> dataSubjects(String table) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("data-subject=\"([^\"]+)\"").matcher(table);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String between(String s, String from, String to) {
    int i = s.indexOf(from);
    assertThat(i).as("page contains " + from).isNotNegative();
    int j = s.indexOf(to, i);
    return s.substring(i, j + to.length());
  }

  private static int occurrences(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
