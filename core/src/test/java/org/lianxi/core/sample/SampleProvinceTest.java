package org.lianxi.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.Break;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Review;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.UnitKind;
import org.lianxi.core.domain.WorkdayOverride;

class SampleProvinceTest {
  private static final double SCALE = 0.01;
  private static final long SEED = 8L;
  private static final SampleData PROVINCE = SampleProvince.generate(SCALE, SEED);
  private static final Dataset D = PROVINCE.dataset();

  /** Records every call in order, as one list, to compare a stream with its collection. */
  static final class RecordingSink implements SampleSink {
    final List<Object> facts = new ArrayList<>();

    @Override
    public void term(Term term) {
      facts.add(term);
    }

    @Override
    public void teachingBreak(Break teachingBreak) {
      facts.add(teachingBreak);
    }

    @Override
    public void workday(WorkdayOverride workday) {
      facts.add(workday);
    }

    @Override
    public void orgUnit(OrgUnit unit) {
      facts.add(unit);
    }

    @Override
    public void cadre(Cadre cadre) {
      facts.add(cadre);
    }

    @Override
    public void contactUnit(ContactUnit unit) {
      facts.add(unit);
    }

    @Override
    public void assignment(Assignment assignment) {
      facts.add(assignment);
    }

    @Override
    public void absence(Absence absence) {
      facts.add(absence);
    }

    @Override
    public void activity(Activity activity) {
      facts.add(activity);
    }

    @Override
    public void feedback(Feedback feedback) {
      facts.add(feedback);
    }

    @Override
    public void review(Review review) {
      facts.add(review);
    }
  }

  @Test
  void streamingSendsExactlyWhatGenerateCollects() {
    RecordingSink sink = new RecordingSink();
    SampleManifest manifest = SampleProvince.stream(SCALE, SEED, sink);
    assertThat(manifest).isEqualTo(PROVINCE.manifest());
    assertThat(only(sink.facts, Activity.class)).isEqualTo(D.activities());
    assertThat(only(sink.facts, OrgUnit.class)).isEqualTo(D.orgUnits());
    assertThat(only(sink.facts, Cadre.class)).isEqualTo(D.cadres());
    assertThat(only(sink.facts, ContactUnit.class)).isEqualTo(D.contactUnits());
    assertThat(only(sink.facts, Assignment.class)).isEqualTo(D.assignments());
    assertThat(only(sink.facts, Absence.class)).isEqualTo(D.absences());
    assertThat(only(sink.facts, Feedback.class)).isEqualTo(D.feedback());
    assertThat(only(sink.facts, Review.class)).isEqualTo(D.reviews());
    assertThat(only(sink.facts, Term.class)).isEqualTo(D.terms());
    assertThat(only(sink.facts, Break.class)).isEqualTo(D.breaks());
    assertThat(only(sink.facts, WorkdayOverride.class)).isEqualTo(D.workdays());
    int facts =
        D.orgUnits().size()
            + D.cadres().size()
            + D.contactUnits().size()
            + D.assignments().size()
            + D.activities().size()
            + D.absences().size()
            + D.terms().size()
            + D.breaks().size()
            + D.workdays().size()
            + D.feedback().size()
            + D.reviews().size();
    assertThat(sink.facts).hasSize(facts);
  }

  @Test
  void everyFactIsSentAfterTheFactsItNames() {
    RecordingSink sink = new RecordingSink();
    SampleProvince.stream(SCALE, SEED, sink);
    Set<String> seen = new HashSet<>();
    List<String> missing = new ArrayList<>();
    for (Object f : sink.facts) {
      if (f instanceof OrgUnit u) {
        u.parentId().ifPresent(p -> need(seen, "org:" + p, missing));
        seen.add("org:" + u.unitId());
      } else if (f instanceof Cadre c) {
        need(seen, "org:" + c.unitId(), missing);
        seen.add("cadre:" + c.cadreId());
      } else if (f instanceof ContactUnit u) {
        u.collegeId().ifPresent(p -> need(seen, "org:" + p, missing));
        seen.add("unit:" + u.contactUnitId());
      } else if (f instanceof Assignment a) {
        need(seen, "cadre:" + a.cadreId(), missing);
        need(seen, "unit:" + a.contactUnitId(), missing);
      } else if (f instanceof Activity a) {
        need(seen, "cadre:" + a.cadreId(), missing);
        a.contactUnitId().ifPresent(u -> need(seen, "unit:" + u, missing));
        a.supersedes().ifPresent(s -> need(seen, "activity:" + s, missing));
        seen.add("activity:" + a.activityId());
      } else if (f instanceof Review r) {
        need(seen, "activity:" + r.activityId(), missing);
      }
    }
    assertThat(missing).as("named before they were sent").isEmpty();
    assertThat(seen).hasSizeGreaterThan(D.activities().size());
  }

  private static void need(Set<String> seen, String id, List<String> missing) {
    if (!seen.contains(id)) {
      missing.add(id);
    }
  }

  @Test
  void sameScaleAndSeedGiveEqualDataAndAnotherSeedDoesNot() {
    assertThat(SampleProvince.generate(SCALE, SEED).dataset()).isEqualTo(D);
    assertThat(SampleProvince.generate(SCALE, SEED + 1).dataset().activities())
        .isNotEqualTo(D.activities());
  }

  @Test
  void everyReferenceResolvesAndEveryUnitHangsUnderItsUniversity() {
    assertThat(SampleAudit.referenceProblems(D)).isEmpty();
    Map<String, OrgUnit> units =
        D.orgUnits().stream().collect(Collectors.toMap(OrgUnit::unitId, u -> u));
    List<OrgUnit> universities =
        D.orgUnits().stream().filter(u -> u.kind() == UnitKind.UNIVERSITY).toList();
    assertThat(universities).hasSize(3);
    for (OrgUnit u : D.orgUnits()) {
      if (u.kind() == UnitKind.UNIVERSITY) {
        continue;
      }
      OrgUnit parent = units.get(u.parentId().orElseThrow());
      if (parent.kind() != UnitKind.UNIVERSITY) {
        // 学部 between university and college
        assertThat(u.kind()).isEqualTo(UnitKind.COLLEGE);
        assertThat(parent.kind()).isEqualTo(UnitKind.COLLEGE);
        assertThat(units.get(parent.parentId().orElseThrow()).kind())
            .isEqualTo(UnitKind.UNIVERSITY);
      }
      assertThat(u.unitId()).startsWith(universityOf(u, units) + "-");
    }
  }

  @Test
  void eachUniversityHasTheSizeOfAProvincialUniversity() {
    Map<String, OrgUnit> units =
        D.orgUnits().stream().collect(Collectors.toMap(OrgUnit::unitId, u -> u));
    Map<String, Long> cadres =
        D.cadres().stream()
            .collect(
                Collectors.groupingBy(
                    c -> universityOf(units.get(c.unitId()), units), Collectors.counting()));
    assertThat(cadres).hasSize(3);
    assertThat(cadres.values()).allMatch(n -> n >= 150 && n <= 260);
    double perCadre = (double) D.activities().size() / D.cadres().size();
    assertThat(perCadre).isBetween(50.0, 70.0);
    double unitsPerUniversity = D.contactUnits().size() / 3.0;
    assertThat(unitsPerUniversity).isBetween(1200.0, 2900.0);
    double feedbackPerUniversity = D.feedback().size() / 3.0;
    assertThat(feedbackPerUniversity).isBetween(300.0, 500.0);
    assertThat(D.terms()).extracting(Term::termId).containsExactly("2024-2025-1");
  }

  @Test
  void theManifestTellsTheTruthAboutFindingsAndShortfalls() {
    SampleManifest m = PROVINCE.manifest();
    Map<IntegrityRule, Set<String>> found = SampleAudit.findings(D);
    for (IntegrityRule rule : IntegrityRule.values()) {
      assertThat(found.get(rule))
          .as(rule.name())
          .isNotEmpty()
          .isEqualTo(m.plantedActivityIds(rule));
    }
    assertThat(SampleAudit.shortfalls(D)).containsExactlyInAnyOrderElementsOf(m.shortfalls());
    assertThat(m.shortfalls()).isNotEmpty();
    assertThat(m.reviews()).hasSize(2).isEqualTo(D.reviews());
    assertThat(m.corrections()).hasSize(1);
    assertThat(m.exemplarLeader()).isPresent();
  }

  @Test
  void theScaleMultipliesTheUniversities() {
    Map<Double, Long> universities = new HashMap<>();
    for (double scale : new double[] {0.001, 0.02}) {
      RecordingSink sink = new RecordingSink();
      SampleProvince.stream(scale, SEED, sink);
      universities.put(
          scale,
          sink.facts.stream()
              .filter(f -> f instanceof OrgUnit u && u.kind() == UnitKind.UNIVERSITY)
              .count());
    }
    assertThat(universities).containsEntry(0.001, 1L).containsEntry(0.02, 5L);
  }

  @Test
  void aScaleThatIsNotPositiveIsRejectedNamingTheScale() {
    for (double bad : new double[] {0, -1, Double.NaN, 41}) {
      assertThatThrownBy(() -> SampleProvince.stream(bad, SEED, new RecordingSink()))
          .isInstanceOf(LianxiException.class)
          .hasMessageContaining("scale");
    }
  }

  private static String universityOf(OrgUnit u, Map<String, OrgUnit> units) {
    OrgUnit at = u;
    while (at.kind() != UnitKind.UNIVERSITY) {
      at = units.get(at.parentId().orElseThrow());
    }
    return at.unitId();
  }

  private static <T> List<T> only(List<Object> facts, Class<T> type) {
    return facts.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
