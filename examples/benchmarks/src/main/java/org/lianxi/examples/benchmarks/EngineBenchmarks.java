package org.lianxi.examples.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.memory.InMemoryFacts;
import org.lianxi.core.policy.Policies;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.port.in.AssessTermUseCase;
import org.lianxi.core.port.in.Assessment;
import org.lianxi.core.port.in.CadreAssessment;
import org.lianxi.core.port.in.TermSession;
import org.lianxi.core.sample.SampleProvince;
import org.lianxi.csv.CsvDatasetReader;
import org.lianxi.csv.CsvDatasetWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmarks of issue 8: CSV read of activities, full assessment in memory, and the incremental
 * re-evaluation of one cadre after one new activity ({@code TermSession.reassess}; the setup checks
 * it equals the full re-evaluation). The province scale is the {@code scale} parameter ({@code -p
 * scale=0.1}). Run through {@code java -jar benchmarks.jar jmh ...}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngineBenchmarks {
  @Param("0.1")
  public double scale;

  private Dataset data;
  private Policy policy;
  private String termId;
  private LocalDate asOf;
  private Clock clock;
  private AssessTermUseCase assess;
  private CadreSlice index;
  private TermSession session;
  private String cadreId;
  private Path csv;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    data = SampleProvince.generate(scale, 20241L).dataset();
    policy = Policies.soochow2019();
    Term term = data.terms().get(0);
    termId = term.termId();
    asOf = term.endsOn();
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    clock = Clock.fixed(asOf.atStartOfDay(zone).toInstant(), zone);
    assess = AssessTermUseCase.using(InMemoryFacts.factsOf(data), clock);
    index = new CadreSlice(data);
    Cadre cadre =
        data.cadres().stream()
            .filter(c -> c.tier() == Tier.UNIVERSITY_LEADERSHIP)
            .filter(c -> !index.activitiesOf(c.cadreId()).isEmpty())
            .findFirst()
            .orElseThrow();
    cadreId = cadre.cadreId();
    Activity model = index.activitiesOf(cadreId).get(0);
    LocalDateTime start = asOf.minusDays(10).atTime(6, 30);
    Activity added =
        Activity.builder()
            .from(model)
            .activityId("JMH-NEW-1")
            .start(start)
            .minutes(30)
            .recordedAt(start.plusHours(2))
            .supersedes(Optional.empty())
            .build();
    session = TermSession.open(policy, data, termId, asOf, clock);
    CadreAssessment recorded = session.record(added);
    Assessment full =
        AssessTermUseCase.using(InMemoryFacts.factsOf(index.withActivity(added)), clock)
            .assess(policy, termId, asOf);
    if (!recorded.verdicts().equals(full.evaluation().verdictsFor(cadreId))
        || !recorded.findings().equals(full.integrity().findingsOf(cadreId))) {
      throw new IllegalStateException("incremental result differs from the full re-evaluation");
    }
    Path dir = Files.createTempDirectory("lianxi-jmh");
    csv = dir.resolve("activities.csv");
    new CsvDatasetWriter().writeActivities(data.activities(), csv);
  }

  @Benchmark
  public Assessment fullAssessment() {
    return assess.assess(policy, termId, asOf);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public CadreAssessment incrementalOneCadre() {
    return session.reassess(cadreId);
  }

  @Benchmark
  public long csvReadActivities(Blackhole bh) {
    return new CsvDatasetReader().readActivities(csv, bh::consume);
  }
}
