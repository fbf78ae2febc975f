package org.lianxi.core.integrity;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
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
    CheckedLog log = CheckedLog.of(dataset, asOf, settings);
    Map<String, Activity> byId = new HashMap<>();
    log.activities().forEach(a -> byId.put(a.activityId(), a));
    Map<ReviewKey, Review> decisions = latestReviews(dataset.reviews());

    List<Suspicion> suspicions = new ArrayList<>();
    for (FindingRule rule : rules) {
      suspicions.addAll(rule.apply(log));
    }
    suspicions.sort(
        Comparator.comparing(Suspicion::cadreId)
            .thenComparing(s -> s.activities().get(0), CheckedLog.BY_START)
            .thenComparing(Suspicion::rule));

    DateRange window = AcademicCalendar.window(term, asOf).orElse(null);
    ImmutableList.Builder<Finding> reported = ImmutableList.builder();
    Map<String, ExclusionReason> excluded = new LinkedHashMap<>();
    for (Suspicion s : suspicions) {
      Severity severity = settings.severity(s.rule());
      Finding finding = finding(s, severity, decisions);
      for (Activity a : s.activities()) {
        Review r = decisions.get(new ReviewKey(a.activityId(), s.rule()));
        ReviewDecision d = r == null ? null : r.decision();
        if (d == ReviewDecision.CONFIRM) {
          ExclusionReason previous = excluded.get(a.activityId());
          if (previous == null || !previous.confirmed()) {
            excluded.put(a.activityId(), reason(a, finding, true));
          }
        } else if (severity == Severity.HIGH && d != ReviewDecision.DISMISS) {
          excluded.putIfAbsent(a.activityId(), reason(a, finding, false));
        }
      }
      if (window != null && s.activities().stream().anyMatch(a -> window.contains(a.day()))) {
        reported.add(finding);
      }
    }
    return IntegrityReport.builder()
        .term(term)
        .asOf(asOf)
        .findings(reported.build())
        .excluded(excluded)
        .build();
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
