package org.lianxi.core.evaluation;

import java.util.List;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.policy.Obligation;

/**
 * The evaluation of one obligation kind for one cadre. Subclasses are immutable (their tables are
 * built once per evaluation) and safe to share between threads.
 */
abstract class CadreRule {
  final Obligation obligation;
  final String clause;
  private final String prefixZh;
  private final String prefixEn;

  CadreRule(Obligation obligation, String clause) {
    this.obligation = obligation;
    this.clause = clause;
    Explanation t = obligation.title();
    this.prefixZh = clause + " " + t.zh() + "：";
    this.prefixEn = clause + " " + t.en() + ": ";
  }

  /** Whether the obligation's who-condition binds the cadre. */
  boolean binds(CadreFacts c) {
    return obligation.appliesTo().matches(c.cadre, c.unit);
  }

  /** The verdict, or null when the obligation does not apply to this cadre after all. */
  abstract Verdict evaluate(CadreFacts c, Scope s);

  Verdict.Builder verdict(CadreFacts c, Status status, int required, int achieved) {
    Verdict.Builder b = Verdict.builder();
    b.subject(c.cadre.cadreId())
        .university(c.university)
        .obligationId(obligation.id())
        .clause(clause)
        .strength(obligation.strength())
        .basis(obligation.basis())
        .status(status)
        .required(required)
        .achieved(achieved);
    return b;
  }

  /** The explanation's opening: the clause and what it requires. */
  Text text() {
    return new Text().add(prefixZh, prefixEn);
  }

  /** Lists the excluded activities in the verdict and explains each. */
  static void excluded(Verdict.Builder b, Text text, List<CadreFacts.Entry> excluded) {
    if (excluded.isEmpty()) {
      return;
    }
    text.add("；不计 ", "; not counted: ");
    for (int i = 0; i < excluded.size(); i++) {
      CadreFacts.Entry e = excluded.get(i);
      b.addExcluded(new ExcludedActivity(e.id(), e.reasons));
      if (i > 0) {
        text.add("、", ", ");
      }
      StringBuilder zh = new StringBuilder(e.id()).append('（');
      StringBuilder en = new StringBuilder(e.id()).append(" (");
      for (int r = 0; r < e.reasons.size(); r++) {
        Exclusion x = e.reasons.get(r);
        if (r > 0) {
          zh.append('；');
          en.append("; ");
        }
        zh.append(x.rule().zh()).append('：').append(x.reason().zh());
        en.append(x.rule().en()).append(": ").append(x.reason().en());
      }
      text.add(zh.append('）').toString(), en.append(')').toString());
    }
  }

  /** The EXEMPT verdict: an absence covers the whole span evaluated. */
  Verdict exempt(CadreFacts c, String spanText) {
    Text t =
        text()
            .add(
                "请假/外出覆盖整个考核期（" + spanText + "），免于考核",
                "absent for the whole span evaluated (" + spanText + "): exempt");
    return verdict(c, Status.EXEMPT, 0, 0).explanation(t.build()).build();
  }
}
