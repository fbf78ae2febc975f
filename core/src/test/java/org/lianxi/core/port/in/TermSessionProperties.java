package org.lianxi.core.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Term;
import org.lianxi.core.evaluation.Evaluation;
import org.lianxi.core.evaluation.Evaluator;
import org.lianxi.core.integrity.ExclusionReason;
import org.lianxi.core.integrity.IntegrityChecker;
import org.lianxi.core.integrity.IntegrityReport;
import org.lianxi.core.memory.InMemoryFacts;
import org.lianxi.core.policy.Policies;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.sample.SampleData;
import org.lianxi.core.sample.SampleUniversity;
import org.quicktheories.QuickTheory;

/**
 * {@link TermSession}: after activities are recorded one by one, a cadre's incremental assessment
 * equals its part of a full re-assessment of the log with those activities (verdicts, findings,
 * exclusions), whatever the activities (copies, overlaps, late or early entries, corrections,
 * activities on absence days or days already full, for any cadre).
 */
class TermSessionProperties {
  private static final SampleData DEMO = SampleUniversity.demo(2024);
  private static final Policy POLICY = Policies.soochow2019();
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static QuickTheory qt() {
    QuickTheory q = QuickTheory.qt().withExamples(Integer.getInteger("QT_EXAMPLES", 8));
    Long seed = Long.getLong("QT_SEED");
    return seed == null ? q : q.withFixedSeed(seed);
  }

  @Test
  void recordingActivitiesOneByOneGivesTheFullReassessmentsResultForTheirCadre() {
    qt().forAll(longs().all(), integers().between(0, 1), integers().between(1, 5))
        .checkAssert(
            (seed, termIndex, steps) -> {
              Dataset data = DEMO.dataset();
              Term term = data.terms().get(termIndex);
              LocalDate asOf = termIndex == 0 ? term.endsOn() : term.startsOn().plusDays(50);
              Clock clock = Clock.fixed(asOf.atStartOfDay(ZONE).toInstant(), ZONE);
              TermSession session = TermSession.open(POLICY, data, term.termId(), asOf, clock);
              SplittableRandom r = new SplittableRandom(seed);
              List<Activity> added = new ArrayList<>();
              for (int i = 0; i < steps; i++) {
                Activity a = newActivity(data, added, term, asOf, r, seed + "-" + i);
                added.add(a);
                CadreAssessment got = session.record(a);
                Dataset after = Dataset.builder().from(data).addAllActivities(added).build();
                Full want = full(after, term, asOf, clock);
                assertSameFor(a.cadreId(), got, want, after);
                if (a.supersedes().isPresent()) {
                  String other = cadreOf(after, a.supersedes().get());
                  assertSameFor(other, session.reassess(other), want, after);
                }
              }
            });
  }

  @Test
  void theSessionsFullAssessmentIsTheUseCasesAndAnyCadreCanBeReassessed() {
    Dataset data = DEMO.dataset();
    Term term = data.terms().get(0);
    LocalDate asOf = term.endsOn();
    Clock clock = Clock.fixed(asOf.atStartOfDay(ZONE).toInstant(), ZONE);
    Assessment viaUseCase =
        AssessTermUseCase.using(InMemoryFacts.factsOf(data), clock)
            .assess(POLICY, term.termId(), asOf);
    TermSession session = TermSession.open(POLICY, data, term.termId(), asOf, clock);
    Full classic = full(data, term, asOf, clock);

    assertThat(session.assessment()).isEqualTo(viaUseCase);
    assertThat(viaUseCase.integrity()).isEqualTo(classic.integrity);
    assertThat(viaUseCase.evaluation()).isEqualTo(classic.evaluation);
    assertThat(viaUseCase.integrity().findings()).isNotEmpty();
    for (String cadre :
        data.activities().stream().map(Activity::cadreId).distinct().collect(Collectors.toList())) {
      assertSameFor(cadre, session.reassess(cadre), classic, data);
    }
  }

  /** The full re-assessment by the non-incremental entry points. */
  private record Full(IntegrityReport integrity, Evaluation evaluation) {}

  private static Full full(Dataset data, Term term, LocalDate asOf, Clock clock) {
    IntegrityReport integrity =
        IntegrityChecker.of(POLICY.integrity()).check(data, term.termId(), asOf);
    Evaluation evaluation =
        Evaluator.create(clock)
            .evaluate(
                POLICY, data, term.termId(), asOf, TermSession.exclusions(integrity.excluded()));
    return new Full(integrity, evaluation);
  }

  private static void assertSameFor(String cadre, CadreAssessment got, Full want, Dataset data) {
    assertThat(got.cadreId()).isEqualTo(cadre);
    assertThat(got.verdicts()).isEqualTo(want.evaluation.verdictsFor(cadre));
    assertThat(got.findings()).isEqualTo(want.integrity.findingsOf(cadre));
    Set<String> ids =
        data.activities().stream()
            .filter(a -> a.cadreId().equals(cadre))
            .map(Activity::activityId)
            .collect(Collectors.toSet());
    Map<String, ExclusionReason> wantExcluded =
        want.integrity.excluded().entrySet().stream()
            .filter(e -> ids.contains(e.getKey()))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(got.integrity().excluded()).isEqualTo(wantExcluded);
  }

  private static String cadreOf(Dataset data, String activityId) {
    return data.activities().stream()
        .filter(a -> a.activityId().equals(activityId))
        .findFirst()
        .orElseThrow()
        .cadreId();
  }

  /** A new record shaped like an existing one of a random cadre, in one of several ways. */
  private static Activity newActivity(
      Dataset data,
      List<Activity> added,
      Term term,
      LocalDate asOf,
      SplittableRandom r,
      String id) {
    List<Activity> all = new ArrayList<>(data.activities());
    all.addAll(added);
    Activity model = all.get(r.nextInt(all.size()));
    Activity.Builder b =
        Activity.builder().from(model).activityId("NEW-" + id).supersedes(Optional.empty());
    switch (r.nextInt(7)) {
      case 0: // an exact copy recorded later: DUPLICATE
        b.recordedAt(model.recordedAt().plusMinutes(1 + r.nextInt(600)));
        break;
      case 1: // overlapping the model: OVERLAP
        b.start(model.start().plusMinutes(r.nextInt(model.minutes())))
            .minutes(30 + r.nextInt(60))
            .recordedAt(model.start().plusHours(3));
        break;
      case 2: // a correction of the model
        b.supersedes(model.activityId())
            .minutes(model.minutes() + 15)
            .recordedAt(model.recordedAt().plusHours(1));
        break;
      case 3: // recorded very late, or before it started
        b.recordedAt(
            r.nextBoolean()
                ? model.start().plusHours(721 + r.nextInt(100))
                : model.start().minusMinutes(1 + r.nextInt(100)));
        break;
      case 4: // a long day: IMPLAUSIBLE_DAY
        b.start(model.day().atTime(6, 0).plusMinutes(r.nextInt(60))).minutes(500 + r.nextInt(300));
        break;
      case 5: // too many participants, or no unit
        b.participants(OptionalInt.of(10_000));
        if (r.nextBoolean()) {
          b.contactUnitId(Optional.empty());
        }
        break;
      default: // a plain new activity somewhere in the term, up to as-of
        {
          long days = Math.max(1, asOf.toEpochDay() - term.startsOn().toEpochDay());
          LocalDateTime start =
              term.startsOn().plusDays(r.nextLong(days)).atTime(8 + r.nextInt(10), 0);
          b.start(start).minutes(30 + r.nextInt(90)).recordedAt(start.plusHours(1));
        }
    }
    return b.build();
  }
}
