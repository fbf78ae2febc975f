package org.lianxi.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Term;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.report.AccountabilityReport;
import org.lianxi.core.report.Pseudonymiser;
import org.lianxi.core.report.ReportView;
import org.lianxi.core.report.Reports;
import org.lianxi.core.report.ReportsTestKit;
import org.lianxi.core.report.SmallUniversity;
import org.lianxi.core.report.ViewScope;
import org.lianxi.core.report.Viewer;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * 四、2 and the privacy rule as a property: over random two-university data under {@link
 * SmallUniversity#policy()} (one obligation of each kind, an assignment quota whose verdicts list
 * unit ids among them; the built-in policy is exercised by the example tests), for every viewer
 * (every org unit as an office, every cadre, each university's auditor), the view serialised to
 * JSON names no cadre outside the viewer's scope, no org unit of another university, and no
 * pseudonymised contact unit by id or name — anywhere in the text.
 */
class ReportViewProperties {
  private static final Pseudonymiser KEY =
      Pseudonymiser.withKey("property-test-key-0123456789".getBytes(StandardCharsets.UTF_8));
  private static final Policy POLICY = SmallUniversity.policy();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneOffset.UTC);

  private static QuickTheory qt() {
    QuickTheory q = QuickTheory.qt().withExamples(Integer.getInteger("QT_EXAMPLES", 200));
    Long seed = Long.getLong("QT_SEED");
    return seed == null ? q : q.withFixedSeed(seed);
  }

  /** A seed for the data, the term (0 autumn, 1 spring) and an as-of offset from its first day. */
  record Case(long seed, int term, int asOfDays) {}

  static Gen<Case> cases() {
    return SourceDSL.longs()
        .all()
        .zip(SourceDSL.integers().between(0, 1), SourceDSL.integers().between(0, 150), Case::new);
  }

  @Test
  void noViewNamesASubjectOutsideItsScopeOrAPseudonymisedUnit() {
    qt().forAll(cases())
        .checkAssert(
            c -> {
              Dataset data = ReportsTestKit.randomUniversities(c.seed());
              Term term = data.terms().get(c.term());
              LocalDate asOf = term.startsOn().plusDays(c.asOfDays());
              Reports reports = Reports.of(POLICY, data, CLOCK);
              AccountabilityReport report = reports.report(term.termId(), asOf);
              for (Viewer viewer : viewers(data)) {
                ReportView view = reports.view(report, viewer, KEY);
                String json = ReportJson.toJson(view);
                check(c, data, viewer, view.scope(), json, view);
              }
            });
  }

  static List<Viewer> viewers(Dataset data) {
    List<Viewer> all = new ArrayList<>();
    for (OrgUnit u : data.orgUnits()) {
      all.add(u.parentId().isEmpty() ? Viewer.auditor(u.unitId()) : Viewer.office(u.unitId()));
    }
    for (Cadre cadre : data.cadres()) {
      all.add(Viewer.cadre(cadre.cadreId()));
    }
    return all;
  }

  private static void check(
      Case c, Dataset data, Viewer viewer, ViewScope scope, String json, ReportView view) {
    String where = c + " " + viewer;
    for (Cadre cadre : data.cadres()) {
      if (!scope.cadreIds().contains(cadre.cadreId())) {
        assertThat(json).as(where).doesNotContain(cadre.cadreId()).doesNotContain(cadre.name());
      }
    }
    for (OrgUnit u : data.orgUnits()) {
      if (!ReportsTestKit.universityOf(data, u.unitId()).equals(scope.university())) {
        assertThat(json).as(where).doesNotContain(u.unitId()).doesNotContain(u.name());
      }
    }
    for (ContactUnit u : data.contactUnits()) {
      if (Pseudonymiser.isSensitive(u) && !scope.inClear().contains(u.contactUnitId())) {
        assertThat(json).as(where).doesNotContain(u.contactUnitId()).doesNotContain(u.name());
      }
    }
    assertThat(view.report().verdicts()).as(where).allMatch(v -> scope.covers(v.subject()));
    assertThat(view.report().findings()).as(where).allMatch(f -> scope.covers(f.subject()));
    assertThat(view.report().leads()).as(where).allMatch(l -> scope.covers(l.subject()));
    assertThat(view.report().reminders()).as(where).allMatch(m -> scope.covers(m.subject()));
  }
}
