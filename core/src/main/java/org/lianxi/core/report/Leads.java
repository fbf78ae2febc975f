package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.evaluation.Status;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.integrity.Finding;
import org.lianxi.core.integrity.FindingState;
import org.lianxi.core.policy.Basis;
import org.lianxi.core.policy.Strength;

/** 追责问责线索: the accountability leads, exactly as {@link AccountabilityLead} defines them. */
final class Leads {
  private Leads() {}

  static ImmutableList<AccountabilityLead> build(ReportContext c) {
    ImmutableList.Builder<AccountabilityLead> out = ImmutableList.builder();
    String term = c.term().termId();
    for (Verdict v : c.current.evaluation().verdicts()) {
      if (v.status() != Status.SHORTFALL || v.strength() != Strength.MANDATORY) {
        continue;
      }
      if (v.basis() == Basis.LITERAL) {
        out.add(
            lead(
                c,
                v.subject(),
                ImmutableList.of(evidence(term, v)),
                Explanation.of(
                    "不到位：" + v.clause() + "（" + v.obligationId() + "，原文规定）未达标",
                    "not in place: shortfall on "
                        + v.clause()
                        + " ("
                        + v.obligationId()
                        + ", literal)")));
        continue;
      }
      Optional<TermVerdict> previous = previousDue(c, v);
      if (previous.isPresent() && previous.get().verdict().status() == Status.SHORTFALL) {
        String before = previous.get().termId();
        out.add(
            lead(
                c,
                v.subject(),
                ImmutableList.of(evidence(term, v), evidence(before, previous.get().verdict())),
                Explanation.of(
                    "不到位："
                        + v.clause()
                        + "（"
                        + v.obligationId()
                        + "，解释口径）连续两个学期未达标（"
                        + before
                        + "、"
                        + term
                        + "）",
                    "not in place: shortfall on "
                        + v.clause()
                        + " ("
                        + v.obligationId()
                        + ", interpretation) in two consecutive terms ("
                        + before
                        + ", "
                        + term
                        + ")")));
      }
    }
    for (Finding f : c.current.integrity().findings()) {
      if (f.state() != FindingState.CONFIRMED) {
        continue;
      }
      out.add(
          lead(
              c,
              f.subject(),
              ImmutableList.of(
                  new Evidence(
                      Evidence.Kind.FINDING,
                      term,
                      f.rule().name(),
                      Checklists.FALSIFICATION_CLAUSE,
                      f.state().name(),
                      f.activityIds(),
                      f.explanation())),
              Explanation.of(
                  "弄虚作假：" + f.rule().zh() + "疑点经复核认定（活动 " + String.join("、", f.activityIds()) + "）",
                  "falsification: the "
                      + f.rule().en()
                      + " finding was confirmed by a reviewer (activities "
                      + String.join(", ", f.activityIds())
                      + ")")));
    }
    return ImmutableList.sortedCopyOf(
        java.util.Comparator.comparing(AccountabilityLead::subject)
            .thenComparing(AccountabilityLead::kind),
        out.build());
  }

  record TermVerdict(String termId, Verdict verdict) {}

  /** The subject's latest due verdict on the same obligation in an earlier term. */
  private static Optional<TermVerdict> previousDue(ReportContext c, Verdict v) {
    List<TermAudit> audits = c.audits;
    for (int i = audits.size() - 2; i >= 0; i--) {
      Optional<Verdict> earlier = audits.get(i).evaluation().verdict(v.subject(), v.obligationId());
      if (earlier.isPresent()
          && (earlier.get().status() == Status.MET || earlier.get().status() == Status.SHORTFALL)) {
        return Optional.of(new TermVerdict(audits.get(i).term().termId(), earlier.get()));
      }
    }
    return Optional.empty();
  }

  private static Evidence evidence(String termId, Verdict v) {
    return new Evidence(
        Evidence.Kind.VERDICT,
        termId,
        v.obligationId(),
        v.clause(),
        v.status().name(),
        v.activityIds(),
        v.explanation());
  }

  private static AccountabilityLead lead(
      ReportContext c, String subject, ImmutableList<Evidence> evidence, Explanation why) {
    AccountabilityLead.Kind kind =
        evidence.get(0).kind() == Evidence.Kind.FINDING
            ? AccountabilityLead.Kind.FALSIFICATION
            : AccountabilityLead.Kind.NOT_IN_PLACE;
    return new AccountabilityLead(
        kind, subject, c.nameOf(subject), c.universityOf(subject), evidence, why);
  }
}
