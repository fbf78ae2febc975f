package org.lianxi.core.port.in;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.Term;
import org.lianxi.core.evaluation.Evaluation;
import org.lianxi.core.evaluation.Evaluator;
import org.lianxi.core.evaluation.Exclusions;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.integrity.ExclusionReason;
import org.lianxi.core.integrity.IntegrityChecker;
import org.lianxi.core.integrity.IntegrityReport;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.port.out.Facts;

/**
 * The assessment of one term at one as-of day under one policy, kept up to date as activities are
 * recorded (issue 8, incremental re-evaluation). Opened once from a snapshot of the facts, it holds
 * the activities by cadre and everything else prepared (integrity settings and reviews, the
 * compiled obligations, the calendar's weeks and months, the org tree, assignments and absences by
 * cadre). {@link #record} adds one activity and returns its cadre's assessment; {@link #reassess}
 * re-assesses any cadre; {@link #assessment} is the full assessment of the current state.
 *
 * <p>Every integrity rule and every cadre obligation is per cadre (a cadre's findings, exclusions
 * and verdicts depend only on its own records, assignments and absences, the units they name, the
 * reviews of its records and which records are superseded), so re-assessing one cadre gives exactly
 * that cadre's part of a full {@link AssessTermUseCase} assessment of the same facts: {@link
 * CadreAssessment#verdicts()} equals {@code full.evaluation().verdictsFor(cadreId)} and its
 * findings equal {@code full.integrity().findingsOf(cadreId)}. Feedback verdicts (per org unit) do
 * not depend on activities; they are in {@link #assessment}.
 *
 * <p>Only activities are recorded: the other facts (roster, units, assignments, absences, reviews,
 * calendar) are those of the snapshot; open a new session when they change. The session does not
 * validate a record against the log (unique ids, hash chain): that is the activity log port's job,
 * so record here what the log accepted.
 *
 * <p>Thread-safe: {@link #record}, {@link #reassess} and {@link #assessment} synchronize on the
 * session, so calls from several threads serialize ({@link #assessment} may use the common
 * fork-join pool inside its call, see {@link #open(Policy, Dataset, String, LocalDate,
 * Evaluator)}); the other methods read final fields. The returned values are immutable.
 */
public final class TermSession {
  private final String termId;
  private final LocalDate asOf;
  private final IntegrityChecker.TermCheck integrity;
  private final Evaluator.Prepared evaluation;
  private final Map<String, List<Activity>> byCadre = new HashMap<>();
  private final List<String> roster = new ArrayList<>();

  private TermSession(
      Policy policy, Dataset snapshot, String termId, LocalDate asOf, Evaluator evaluator) {
    LianxiException.check(policy != null, "TermSession", "policy", null, "must not be null");
    LianxiException.check(snapshot != null, "TermSession", "snapshot", null, "must not be null");
    Term term =
        snapshot.terms().stream()
            .filter(t -> t.termId().equals(termId))
            .findFirst()
            .orElseThrow(
                () -> new LianxiException("termId = " + termId + ": no such term in the dataset"));
    this.termId = termId;
    this.asOf = asOf;
    // one pass over the log: records by cadre and the supersessions, given to both checks
    Dataset others =
        Dataset.builder()
            .orgUnits(snapshot.orgUnits())
            .cadres(snapshot.cadres())
            .contactUnits(snapshot.contactUnits())
            .assignments(snapshot.assignments())
            .absences(snapshot.absences())
            .terms(snapshot.terms())
            .breaks(snapshot.breaks())
            .workdays(snapshot.workdays())
            .feedback(snapshot.feedback())
            .reviews(snapshot.reviews())
            .build();
    this.integrity = IntegrityChecker.of(policy.integrity()).prepare(others, term, asOf);
    this.evaluation = evaluator.prepare(policy, others, termId, asOf);
    snapshot.cadres().forEach(c -> roster.add(c.cadreId()));
    for (Activity a : snapshot.activities()) {
      byCadre.computeIfAbsent(a.cadreId(), k -> new ArrayList<>()).add(a);
      if (a.supersedes().isPresent()) {
        integrity.supersede(a.supersedes().get());
        evaluation.supersede(a.supersedes().get());
      }
    }
  }

  /**
   * A session over a snapshot of the facts ({@link Facts#snapshot()}, or a dataset), for the term
   * with this id at the as-of day; {@code clock} gives {@link Evaluation#evaluatedAt()}.
   *
   * @throws LianxiException for an unknown term or inconsistent facts
   */
  public static TermSession open(
      Policy policy, Dataset snapshot, String termId, LocalDate asOf, Clock clock) {
    return new TermSession(policy, snapshot, termId, asOf, Evaluator.create(clock));
  }

  /**
   * A session using {@code evaluator} (its clock gives {@link Evaluation#evaluatedAt()}); with
   * {@link Evaluator#parallel()} {@link #assessment} assesses the cadres on the common fork-join
   * pool, with the same result.
   */
  public static TermSession open(
      Policy policy, Dataset snapshot, String termId, LocalDate asOf, Evaluator evaluator) {
    LianxiException.check(evaluator != null, "TermSession", "evaluator", null, "must not be null");
    return new TermSession(policy, snapshot, termId, asOf, evaluator);
  }

  /** A session over the facts read once through the ports ({@link Facts#snapshot()}). */
  public static TermSession open(
      Policy policy, Facts facts, String termId, LocalDate asOf, Clock clock) {
    LianxiException.check(facts != null, "TermSession", "facts", null, "must not be null");
    return open(policy, facts.snapshot(), termId, asOf, clock);
  }

  /** The term assessed. */
  public String termId() {
    return termId;
  }

  /** The as-of day assessed. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Records one new activity (appended to the log) and returns its cadre's assessment. A record
   * that supersedes another takes it out of the session; when the superseded record is another
   * cadre's, {@link #reassess} that cadre too.
   */
  public synchronized CadreAssessment record(Activity activity) {
    LianxiException.check(activity != null, "TermSession", "activity", null, "must not be null");
    byCadre.computeIfAbsent(activity.cadreId(), k -> new ArrayList<>()).add(activity);
    if (activity.supersedes().isPresent()) {
      integrity.supersede(activity.supersedes().get());
      evaluation.supersede(activity.supersedes().get());
    }
    return reassess(activity.cadreId());
  }

  /** The assessment of one cadre under the session's current records. */
  public synchronized CadreAssessment reassess(String cadreId) {
    LianxiException.requireNonBlank("TermSession", "cadreId", cadreId);
    return assess(cadreId);
  }

  /** The full assessment of the session's current records, as {@link AssessTermUseCase} has it. */
  public synchronized Assessment assessment() {
    Set<String> ids = new HashSet<>(byCadre.keySet());
    ids.addAll(roster);
    List<String> cadres = new ArrayList<>(ids);
    cadres.sort(Comparator.naturalOrder());
    Stream<String> each = cadres.stream();
    if (evaluation.isParallel()) {
      each = each.parallel();
    }
    List<CadreAssessment> parts = each.map(this::assess).toList();
    List<IntegrityReport> checked = new ArrayList<>(parts.size());
    List<List<Verdict>> verdicts = new ArrayList<>(parts.size());
    for (CadreAssessment p : parts) {
      checked.add(p.integrity());
      verdicts.add(p.verdicts());
    }
    return new Assessment(evaluation.combine(verdicts), integrity.combine(checked));
  }

  /** One cadre's assessment (called under the session's lock, possibly from pool threads). */
  private CadreAssessment assess(String cadreId) {
    List<Activity> records = byCadre.getOrDefault(cadreId, List.of());
    IntegrityReport checked = integrity.checkCadre(cadreId, records);
    List<Verdict> verdicts =
        evaluation.evaluateCadre(cadreId, records, exclusions(checked.excluded()));
    return new CadreAssessment(cadreId, verdicts, checked);
  }

  static Exclusions exclusions(Map<String, ExclusionReason> excluded) {
    if (excluded.isEmpty()) {
      return Exclusions.none();
    }
    Exclusions.Builder b = Exclusions.builder();
    for (Map.Entry<String, ExclusionReason> e : excluded.entrySet()) {
      b.exclude(e.getKey(), e.getValue().rule(), e.getValue().explanation());
    }
    return b.build();
  }
}
