package org.lianxi.core.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Term;
import org.lianxi.core.policy.ActivityCount;
import org.lianxi.core.policy.AssignmentQuota;
import org.lianxi.core.policy.FeedbackDeadline;
import org.lianxi.core.policy.FrontlineDays;
import org.lianxi.core.policy.Obligation;
import org.lianxi.core.policy.ObligationKind;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.port.out.Facts;

/**
 * Evaluates a policy for a term (SPEC §3.1): policy × facts × term × as-of day → {@link
 * Evaluation}, one {@link Verdict} per applicable obligation and subject. The facts are read once
 * through the ports and indexed once per evaluation (activities, assignments and absences by cadre,
 * the calendar's weeks, months and standard working days); each obligation kind has its own rule.
 *
 * <p>Stateless and thread-safe: one instance may serve any number of concurrent evaluations. With
 * {@link #parallel()} the cadres of one evaluation are evaluated on the common fork-join pool; the
 * result is identical to the sequential one.
 */
public final class Evaluator {
  private final Clock clock;
  private final boolean parallel;

  private Evaluator(Clock clock, boolean parallel) {
    this.clock = clock;
    this.parallel = parallel;
  }

  /** An evaluator whose default as-of day and {@code evaluatedAt} come from {@code clock}. */
  public static Evaluator create(Clock clock) {
    LianxiException.check(clock != null, "Evaluator", "clock", null, "must not be null");
    return new Evaluator(clock, false);
  }

  /** The same evaluator, evaluating the cadres of one evaluation in parallel. */
  public Evaluator parallel() {
    return new Evaluator(clock, true);
  }

  /** Evaluates at the default as-of day (today from the clock, at most the term's last day). */
  public Evaluation evaluate(Policy policy, Facts facts, String termId, Exclusions exclusions) {
    AcademicCalendar calendar = facts.academicCalendar(clock);
    Term term = calendar.requireTerm(termId);
    return evaluate(policy, facts, termId, calendar.defaultAsOf(term), exclusions);
  }

  /** Evaluates at the as-of day: everything up to the end of that day counts. */
  public Evaluation evaluate(
      Policy policy, Facts facts, String termId, LocalDate asOf, Exclusions exclusions) {
    return new Run(
            policy,
            facts.academicCalendar(clock),
            facts.orgUnits().orgUnits(),
            facts.cadres().cadres(),
            facts.contactUnits().contactUnits(),
            facts.assignments().assignments(),
            facts.absences().absences(),
            facts.feedback().feedback(),
            termId,
            asOf,
            activities(facts.activityLog().activities()))
        .evaluation(exclusions);
  }

  /** Evaluates a dataset in memory at the as-of day. */
  public Evaluation evaluate(
      Policy policy, Dataset dataset, String termId, LocalDate asOf, Exclusions exclusions) {
    return prepare(policy, dataset, termId, asOf)
        .evaluateAll(byCadre(dataset.activities()), exclusions);
  }

  /** Superseded ids and records by cadre. */
  private static Activities activities(List<Activity> activities) {
    Activities out = new Activities(byCadre(activities));
    for (Activity a : activities) {
      if (a.supersedes().isPresent()) {
        out.superseded.add(a.supersedes().get());
      }
    }
    return out;
  }

  /** The records grouped by cadre, each cadre's in log order. */
  private static Map<String, List<Activity>> byCadre(List<Activity> activities) {
    Map<String, List<Activity>> byCadre = new HashMap<>();
    for (Activity a : activities) {
      byCadre.computeIfAbsent(a.cadreId(), k -> new ArrayList<>()).add(a);
    }
    return byCadre;
  }

  /** A log's records by cadre and the ids superseded by a record. */
  private static final class Activities {
    final Map<String, ? extends Collection<Activity>> byCadre;
    final Set<String> superseded = new HashSet<>();

    Activities(Map<String, ? extends Collection<Activity>> byCadre) {
      this.byCadre = byCadre;
    }
  }

  /**
   * This evaluator prepared for one policy, the facts of a dataset other than its activities, one
   * term and an as-of day (rules compiled, calendar, org tree, assignments and absences indexed):
   * the activities are given cadre by cadre. What an incremental re-assessment keeps between
   * records. The dataset's activities are read only for the ids they supersede.
   */
  public Prepared prepare(Policy policy, Dataset dataset, String termId, LocalDate asOf) {
    AcademicCalendar calendar =
        AcademicCalendar.builder()
            .terms(dataset.terms())
            .breaks(dataset.breaks())
            .workdays(dataset.workdays())
            .clock(clock)
            .build();
    Run run =
        new Run(
            policy,
            calendar,
            dataset.orgUnits(),
            dataset.cadres(),
            dataset.contactUnits(),
            dataset.assignments(),
            dataset.absences(),
            dataset.feedback(),
            termId,
            asOf,
            activities(List.of()));
    for (Activity a : dataset.activities()) {
      if (a.supersedes().isPresent()) {
        run.supersede(a.supersedes().get());
      }
    }
    return new Prepared(run, parallel);
  }

  /**
   * An evaluation of one policy, term and as-of day prepared over a dataset's facts other than the
   * activities ({@link Evaluator#prepare}); evaluates one cadre, or every cadre, from records given
   * by cadre. Not thread-safe while {@link #supersede} is called; otherwise the evaluate methods
   * may be called from any number of threads.
   */
  public static final class Prepared {
    private final Run run;
    private final boolean parallel;

    private Prepared(Run run, boolean parallel) {
      this.run = run;
      this.parallel = parallel;
    }

    /** Notes a new record naming {@code activityId} in {@code supersedes}: it no longer counts. */
    public void supersede(String activityId) {
      run.supersede(activityId);
    }

    /**
     * The verdicts of one cadre, as the full evaluation has them: {@code records} are every record
     * of the log with that {@code cadreId} (any order; superseded ones and those outside the term's
     * year are left out here), {@code exclusions} cover at least those records. Empty for a cadre
     * not on the roster or bound by no obligation.
     */
    public List<Verdict> evaluateCadre(
        String cadreId, Collection<Activity> records, Exclusions exclusions) {
      Integer index = run.cadreIndex.get(cadreId);
      return index == null ? List.of() : run.cadreVerdicts(index, records, exclusions);
    }

    /**
     * The full evaluation: {@code recordsByCadre} maps a cadre id to every record of the log with
     * that {@code cadreId} (any order).
     */
    public Evaluation evaluateAll(
        Map<String, ? extends Collection<Activity>> recordsByCadre, Exclusions exclusions) {
      return run.evaluation(recordsByCadre, exclusions);
    }

    /**
     * The full evaluation from verdicts computed cadre by cadre ({@link #evaluateCadre}): {@code
     * perCadre} holds them in the order of the cadres' ids; the feedback verdicts are added.
     */
    public Evaluation combine(List<List<Verdict>> perCadre) {
      return run.combine(perCadre);
    }

    /** Whether this evaluator evaluates the cadres of one evaluation in parallel. */
    public boolean isParallel() {
      return parallel;
    }
  }

  /** One evaluation's indexes. */
  private final class Run {
    private final Policy policy;
    private final Scope scope;
    private final OrgTree tree;
    private final List<Cadre> cadres;
    private final Map<String, Integer> cadreIndex = new HashMap<>();
    private final Map<String, ContactUnit> contactUnits = new HashMap<>();
    private final Map<String, List<Assignment>> assignmentsByCadre = new HashMap<>();
    private final Map<String, List<Absence>> absencesByCadre = new HashMap<>();
    private final List<Feedback> feedback;
    private final List<CadreRule> cadreRules = new ArrayList<>();
    private final List<FeedbackDeadlineRule> unitRules = new ArrayList<>();
    private final Activities activities;

    Run(
        Policy policy,
        AcademicCalendar calendar,
        List<OrgUnit> orgUnits,
        List<Cadre> cadres,
        List<ContactUnit> units,
        List<Assignment> assignments,
        List<Absence> absences,
        List<Feedback> feedback,
        String termId,
        LocalDate asOf,
        Activities activities) {
      LianxiException.check(asOf != null, "evaluate", "asOf", null, "must not be null");
      this.policy = policy;
      this.activities = activities;
      Term term = calendar.requireTerm(termId);
      this.scope = new Scope(calendar, term, asOf);
      this.tree = new OrgTree(orgUnits);
      Set<String> ids = new HashSet<>();
      for (Cadre c : cadres) {
        if (!ids.add(c.cadreId())) {
          throw new LianxiException("Cadre.cadreId = " + c.cadreId() + ": duplicate cadre id");
        }
        if (tree.unit(c.unitId()) == null) {
          throw new LianxiException(
              "Cadre[" + c.cadreId() + "].unitId = " + c.unitId() + ": no such org unit");
        }
      }
      List<Cadre> sorted = new ArrayList<>(cadres);
      sorted.sort(Comparator.comparing(Cadre::cadreId));
      this.cadres = sorted;
      for (int i = 0; i < sorted.size(); i++) {
        cadreIndex.put(sorted.get(i).cadreId(), i);
      }
      for (ContactUnit u : units) {
        if (contactUnits.put(u.contactUnitId(), u) != null) {
          throw new LianxiException(
              "ContactUnit.contactUnitId = " + u.contactUnitId() + ": duplicate contact unit id");
        }
      }
      for (Assignment a : assignments) {
        if (!contactUnits.containsKey(a.contactUnitId())) {
          throw new LianxiException(
              "Assignment["
                  + a.cadreId()
                  + "→"
                  + a.contactUnitId()
                  + "].contactUnitId = "
                  + a.contactUnitId()
                  + ": no such contact unit");
        }
        assignmentsByCadre.computeIfAbsent(a.cadreId(), k -> new ArrayList<>()).add(a);
      }
      for (Absence a : absences) {
        absencesByCadre.computeIfAbsent(a.cadreId(), k -> new ArrayList<>()).add(a);
      }
      this.feedback = feedback;
      compile();
    }

    void supersede(String activityId) {
      activities.superseded.add(activityId);
    }

    /** One rule per effective obligation of the term's season. */
    private void compile() {
      for (Obligation o : policy.effectiveObligations()) {
        if (o.season().isPresent() && o.season().get() != scope.term.season()) {
          continue;
        }
        String clause = clauseOf(o);
        ObligationKind k = o.kind();
        if (k instanceof ActivityCount) {
          cadreRules.add(new ActivityCountRule(o, clause));
        } else if (k instanceof AssignmentQuota) {
          cadreRules.add(new AssignmentQuotaRule(o, clause));
        } else if (k instanceof FrontlineDays) {
          cadreRules.add(new FrontlineDaysRule(o, clause));
        } else if (k instanceof FeedbackDeadline) {
          unitRules.add(new FeedbackDeadlineRule(o, clause));
        } else {
          throw new AssertionError(k);
        }
      }
    }

    /** An inherited obligation's clause names the document it comes from. */
    private String clauseOf(Obligation o) {
      Policy declaring = policy.declaringPolicy(o.id()).orElse(policy);
      return declaring == policy ? o.clause() : declaring.documentNumber() + " " + o.clause();
    }

    Evaluation evaluation(Exclusions exclusions) {
      return evaluation(activities.byCadre, exclusions);
    }

    Evaluation evaluation(
        Map<String, ? extends Collection<Activity>> recordsByCadre, Exclusions exclusions) {
      IntStream indexes = IntStream.range(0, cadres.size());
      if (parallel) {
        indexes = indexes.parallel();
      }
      List<List<Verdict>> perCadre =
          indexes
              .mapToObj(i -> cadreVerdicts(i, recordsOf(recordsByCadre, cadres.get(i)), exclusions))
              .toList();
      return combine(perCadre);
    }

    Evaluation combine(List<List<Verdict>> perCadre) {
      Evaluation.Builder b = Evaluation.builder();
      b.policyId(policy.id())
          .policyVersion(policy.version())
          .policyHash(policy.contentHash())
          .termId(scope.term.termId())
          .asOf(scope.asOf)
          .evaluatedAt(clock.instant());
      for (List<Verdict> vs : perCadre) {
        b.addAllVerdicts(vs);
      }
      b.addAllVerdicts(unitVerdicts());
      return b.build();
    }

    private Collection<Activity> recordsOf(
        Map<String, ? extends Collection<Activity>> recordsByCadre, Cadre cadre) {
      Collection<Activity> records = recordsByCadre.get(cadre.cadreId());
      return records == null ? List.of() : records;
    }

    /**
     * The cadre's verdicts from its records (superseded ones and those outside every window
     * dropped).
     */
    List<Verdict> cadreVerdicts(int index, Collection<Activity> records, Exclusions exclusions) {
      Cadre cadre = cadres.get(index);
      OrgUnit unit = tree.unit(cadre.unitId());
      List<CadreRule> binding = new ArrayList<>(cadreRules.size());
      for (CadreRule r : cadreRules) {
        if (r.obligation.appliesTo().matches(cadre, unit)) {
          binding.add(r);
        }
      }
      if (binding.isEmpty()) {
        return List.of();
      }
      CadreFacts facts =
          new CadreFacts(
              cadre,
              unit,
              tree.university(unit.unitId()),
              records,
              activities.superseded,
              assignmentsByCadre.getOrDefault(cadre.cadreId(), List.of()),
              absencesByCadre.getOrDefault(cadre.cadreId(), List.of()),
              contactUnits,
              exclusions,
              scope);
      List<Verdict> verdicts = new ArrayList<>(binding.size());
      for (CadreRule r : binding) {
        Verdict v = r.evaluate(facts, scope);
        if (v != null) {
          verdicts.add(v);
        }
      }
      return verdicts;
    }

    private List<Verdict> unitVerdicts() {
      if (unitRules.isEmpty()) {
        return List.of();
      }
      Map<String, List<Feedback>> byUnit = new HashMap<>();
      for (Feedback f : feedback) {
        byUnit.computeIfAbsent(f.unitId(), k -> new ArrayList<>()).add(f);
      }
      List<String> unitIds = new ArrayList<>(byUnit.keySet());
      unitIds.sort(Comparator.naturalOrder());
      List<Verdict> verdicts = new ArrayList<>();
      for (FeedbackDeadlineRule rule : unitRules) {
        for (String id : unitIds) {
          OrgUnit unit = tree.unit(id);
          if (unit == null || !rule.names(unit)) {
            continue;
          }
          Verdict v = rule.evaluate(unit, tree.university(id), byUnit.get(id), scope);
          if (v != null) {
            verdicts.add(v);
          }
        }
      }
      return verdicts;
    }
  }
}
