package org.lianxi.core.integrity;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.calendar.DateRange;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.Review;
import org.lianxi.core.domain.ReviewDecision;
import org.lianxi.core.domain.Severity;
import org.lianxi.core.domain.Term;

/**
 * Runs every integrity rule of SPEC §4 over a dataset and applies the reviewers' decisions (SPEC
 * §3.1).
 *
 * <ul>
 *   <li>Checked: every activity that is not superseded (no record in the log names it in {@code
 *       supersedes}) and starts on or before as-of, whatever its term; activities starting after
 *       as-of are ignored, and so are findings about them.
 *   <li>Reported: findings naming at least one activity of the term's window ({@code
 *       opensOn..endsOn} up to as-of).
 *   <li>Reviews: a review names an activity and a rule; for each pair the latest review (by {@code
 *       reviewedAt}, then list order) decides. {@code DISMISS} lets that activity count again
 *       despite that rule's findings; {@code CONFIRM} keeps it out and makes the finding 弄虚作假. A
 *       finding is {@code CONFIRMED} when a review confirms it for any of its activities, {@code
 *       DISMISSED} when every activity it names was dismissed, otherwise {@code OPEN} (an {@code
 *       OVERLAP} pair needs a review for each activity). Reviews are applied whenever they were
 *       made: they are today's knowledge about the records. Reviews never edit an activity.
 *   <li>Excluded from counting: an activity named by a {@code HIGH} finding that was not dismissed
 *       for it, and an activity for which any finding was confirmed.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class IntegrityChecker {
  private final IntegritySettings settings;
  private final ImmutableList<FindingRule> rules;

  private IntegrityChecker(IntegritySettings settings) {
    this.settings = Objects.requireNonNull(settings);
    this.rules = allCurrentRules();
  }

  /** A checker with the thresholds and severities of SPEC §4. */
  public static IntegrityChecker defaults() {
    return new IntegrityChecker(IntegritySettings.defaults());
  }

  /** A checker with the given thresholds and severities (a policy's {@code integrity:}). */
  public static IntegrityChecker of(IntegritySettings settings) {
    return new IntegrityChecker(settings);
  }

  /** Every rule of SPEC §4, one class each. */
  static ImmutableList<FindingRule> allCurrentRules() {
    return ImmutableList.of(
        new OverlapRule(),
        new DuringAbsenceRule(),
        new RecordedBeforeStartRule(),
        new ImplausibleDayRule(),
        new OversizedRule(),
        new LateEntryRule(),
        new BulkBackfillRule(),
        new UnassignedUnitRule(),
        new DuplicateRule());
  }

  public IntegritySettings settings() {
    return settings;
  }

  /** Checks the dataset for the term with this id (one of {@code dataset.terms()}). */
  public IntegrityReport check(Dataset dataset, String termId, LocalDate asOf) {
    Term term =
        dataset.terms().stream()
            .filter(t -> t.termId().equals(termId))
            .findFirst()
            .orElseThrow(
                () -> new LianxiException("termId = " + termId + ": no such term in the dataset"));
    return check(dataset, term, asOf);
  }

  /** Checks the dataset; reports the findings of {@code term}'s window up to {@code asOf}. */
  public IntegrityReport check(Dataset dataset, Term term, LocalDate asOf) {
    return prepare(dataset, term, asOf).checkAll(byCadre(dataset.activities()));
  }

  /** The records grouped by cadre, each cadre's in log order. */
  static Map<String, List<Activity>> byCadre(List<Activity> activities) {
    Map<String, List<Activity>> byCadre = new HashMap<>();
    for (Activity a : activities) {
      byCadre.computeIfAbsent(a.cadreId(), k -> new ArrayList<>()).add(a);
    }
    return byCadre;
  }

  /**
   * The check of {@code term} at {@code asOf} prepared over the dataset's facts (supersessions,
   * absences, assignments, contact units, reviews), ready to check the activities cadre by cadre:
   * what an incremental re-assessment keeps between records.
   */
  public TermCheck prepare(Dataset dataset, Term term, LocalDate asOf) {
    return new TermCheck(this, dataset, term, asOf);
  }

  /**
   * The integrity check of one term at one as-of day, prepared over a dataset's facts other than
   * the activities, which it is given cadre by cadre. Every rule is per cadre: a cadre's findings
   * and exclusions depend only on its own records, absences and assignments, the contact units they
   * name, the reviews of its records, and which records are superseded.
   *
   * <p>Not thread-safe while {@link #supersede} is called; otherwise the check methods may be
   * called from any number of threads.
   */
  public static final class TermCheck {
    private final IntegrityChecker checker;
    private final Term term;
    private final LocalDate asOf;
    private final CheckedLog log;
    private final Map<ReviewKey, Review> decisions;
    private final DateRange window;

    private TermCheck(IntegrityChecker checker, Dataset dataset, Term term, LocalDate asOf) {
      this.checker = checker;
      this.term = Objects.requireNonNull(term);
      this.asOf = Objects.requireNonNull(asOf);
      this.log = CheckedLog.of(dataset, asOf, checker.settings);
      this.decisions = latestReviews(dataset.reviews());
      this.window = AcademicCalendar.window(term, asOf).orElse(null);
    }

    /**
     * Notes a new record naming {@code activityId} in {@code supersedes}: that one is no longer
     * checked.
     */
    public void supersede(String activityId) {
      log.supersede(activityId);
    }

    /** Whether a record of the log supersedes the activity. */
    public boolean isSuperseded(String activityId) {
      return log.isSuperseded(activityId);
    }

    /**
     * Checks one cadre: {@code records} are every record of the log whose {@code cadreId} is {@code
     * cadreId} (any order; superseded ones and those after as-of are left out here). The report
     * holds that cadre's findings of the term's window and the exclusions of its activities,
     * exactly as the check of the whole log has them.
     */
    public IntegrityReport checkCadre(String cadreId, Collection<Activity> records) {
      Checked c = checkOne(cadreId, records);
      return report(c.reported, c.excluded);
    }

    /**
     * Checks every cadre of {@code recordsByCadre} (cadre id → its records, as in {@link
     * #checkCadre}).
     */
    public IntegrityReport checkAll(Map<String, ? extends Collection<Activity>> recordsByCadre) {
      List<String> cadres = new ArrayList<>(recordsByCadre.keySet());
      cadres.sort(Comparator.naturalOrder());
      ImmutableList.Builder<Finding> reported = ImmutableList.builder();
      Map<String, ExclusionReason> excluded = new LinkedHashMap<>();
      for (String cadre : cadres) {
        Checked c = checkOne(cadre, recordsByCadre.get(cadre));
        reported.addAll(c.reported);
        merge(excluded, c.excluded);
      }
      return report(reported.build(), excluded);
    }

    /**
     * The check of the whole log from reports made cadre by cadre ({@link #checkCadre}), given in
     * the order of the cadres' ids.
     */
    public IntegrityReport combine(List<IntegrityReport> perCadre) {
      ImmutableList.Builder<Finding> reported = ImmutableList.builder();
      Map<String, ExclusionReason> excluded = new LinkedHashMap<>();
      for (IntegrityReport r : perCadre) {
        reported.addAll(r.findings());
        merge(excluded, r.excluded());
      }
      return report(reported.build(), excluded);
    }

    private IntegrityReport report(List<Finding> findings, Map<String, ExclusionReason> excluded) {
      return IntegrityReport.builder()
          .term(term)
          .asOf(asOf)
          .findings(findings)
          .excluded(excluded)
          .build();
    }

    private Checked checkOne(String cadreId, Collection<Activity> records) {
      CadreLog cadre = log.cadre(cadreId, records);
      List<Suspicion> suspicions = new ArrayList<>();
      if (cadre.size() > 0) {
        for (FindingRule rule : checker.rules) {
          rule.apply(log, cadre, suspicions);
        }
      }
      suspicions.sort(ORDER);
      Checked out = new Checked();
      for (Suspicion s : suspicions) {
        Severity severity = checker.settings.severity(s.rule());
        Finding finding = finding(s, severity, decisions);
        for (Activity a : s.activities()) {
          Review r =
              decisions.isEmpty() ? null : decisions.get(new ReviewKey(a.activityId(), s.rule()));
          ReviewDecision d = r == null ? null : r.decision();
          if (d == ReviewDecision.CONFIRM) {
            ExclusionReason previous = out.excluded.get(a.activityId());
            if (previous == null || !previous.confirmed()) {
              out.excluded.put(a.activityId(), reason(a, finding, true));
            }
          } else if (severity == Severity.HIGH && d != ReviewDecision.DISMISS) {
            out.excluded.putIfAbsent(a.activityId(), reason(a, finding, false));
          }
        }
        if (window != null && s.activities().stream().anyMatch(a -> window.contains(a.day()))) {
          out.reported.add(finding);
        }
      }
      return out;
    }
  }

  /** One cadre's reported findings and exclusions, in the order of its suspicions. */
  private static final class Checked {
    final List<Finding> reported = new ArrayList<>();
    final Map<String, ExclusionReason> excluded = new LinkedHashMap<>();
  }

  /** Suspicions of one cadre: by the first activity's start (then id), then rule; stable. */
  private static final Comparator<Suspicion> ORDER =
      (a, b) -> {
        int c = CheckedLog.BY_START.compare(a.activities().get(0), b.activities().get(0));
        return c != 0 ? c : a.rule().compareTo(b.rule());
      };

  /** Adds one cadre's exclusions as the single pass over every suspicion would have. */
  private static void merge(Map<String, ExclusionReason> into, Map<String, ExclusionReason> more) {
    if (into.isEmpty()) {
      into.putAll(more);
      return;
    }
    for (Map.Entry<String, ExclusionReason> e : more.entrySet()) {
      ExclusionReason previous = into.get(e.getKey());
      if (previous == null) {
        into.put(e.getKey(), e.getValue());
      } else if (e.getValue().confirmed() && !previous.confirmed()) {
        into.put(e.getKey(), e.getValue());
      }
    }
  }

  private record ReviewKey(String activityId, IntegrityRule rule) {}

  private static Map<ReviewKey, Review> latestReviews(List<Review> reviews) {
    Map<ReviewKey, Review> latest = new HashMap<>();
    for (Review r : reviews) {
      latest.merge(
          new ReviewKey(r.activityId(), r.rule()),
          r,
          (old, now) -> now.reviewedAt().isBefore(old.reviewedAt()) ? old : now);
    }
    return latest;
  }

  private static Finding finding(Suspicion s, Severity severity, Map<ReviewKey, Review> decisions) {
    boolean confirmed = false;
    boolean allDismissed = true;
    Explanation text = s.explanation();
    for (Activity a : s.activities()) {
      Review r = decisions.get(new ReviewKey(a.activityId(), s.rule()));
      if (r == null) {
        allDismissed = false;
        continue;
      }
      confirmed |= r.decision() == ReviewDecision.CONFIRM;
      allDismissed &= r.decision() == ReviewDecision.DISMISS;
      text = text.append(reviewNote(a, r), "；");
    }
    FindingState state =
        confirmed
            ? FindingState.CONFIRMED
            : allDismissed ? FindingState.DISMISSED : FindingState.OPEN;
    return Finding.builder()
        .rule(s.rule())
        .severity(severity)
        .subject(s.cadreId())
        .activityIds(s.activities().stream().map(Activity::activityId).collect(Collectors.toList()))
        .state(state)
        .explanation(text)
        .build();
  }

  private static Explanation reviewNote(Activity a, Review r) {
    String reason = r.reason().isBlank() ? "" : "：" + r.reason();
    String reasonEn = r.reason().isBlank() ? "" : ": " + r.reason();
    return Explanation.of(
        "复核 "
            + a.activityId()
            + " "
            + r.decision().zh()
            + "（"
            + r.reviewer()
            + "，"
            + Texts.time(r.reviewedAt())
            + reason
            + "）",
        "review of "
            + a.activityId()
            + ": "
            + r.decision().en()
            + " by "
            + r.reviewer()
            + " on "
            + Texts.time(r.reviewedAt())
            + reasonEn);
  }

  private static ExclusionReason reason(Activity a, Finding f, boolean confirmed) {
    Explanation why =
        confirmed
            ? Explanation.of(
                "活动 " + a.activityId() + " 不计入：经复核认定弄虚作假（" + f.rule().zh() + "）",
                "activity "
                    + a.activityId()
                    + " does not count: a reviewer confirmed the "
                    + f.rule().en()
                    + " finding (falsification)")
            : Explanation.of(
                "活动 " + a.activityId() + " 不计入：高风险疑点（" + f.rule().zh() + "）未经复核排除",
                "activity "
                    + a.activityId()
                    + " does not count: the high-severity "
                    + f.rule().en()
                    + " finding was not dismissed for it");
    return new ExclusionReason(f.rule(), confirmed, why.append(f.explanation(), " — "));
  }
}
