package org.lianxi.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.policy.AssignmentQuota;
import org.lianxi.core.policy.Obligation;

/**
 * {@link AssignmentQuota}: counts the distinct contact units of the listed types assigned to the
 * cadre for the term (validity overlapping the term, begun by as-of); due from the term's first
 * day.
 */
final class AssignmentQuotaRule extends CadreRule {
  private final AssignmentQuota kind;
  private final boolean[] types;

  AssignmentQuotaRule(Obligation obligation, String clause) {
    super(obligation, clause);
    this.kind = (AssignmentQuota) obligation.kind();
    this.types = new boolean[ContactUnitType.values().length];
    for (ContactUnitType t : kind.unitTypes()) {
      types[t.ordinal()] = true;
    }
  }

  @Override
  Verdict evaluate(CadreFacts c, Scope s) {
    if (c.absentThroughout(s.span)) {
      return exempt(c, s.span.toString());
    }
    TreeSet<String> units = new TreeSet<>();
    for (int i = 0; i < c.assignments.size(); i++) {
      if (types[c.assignmentTypes.get(i).ordinal()]
          && CadreFacts.countsForTerm(c.assignments.get(i), s)) {
        units.add(c.assignments.get(i).contactUnitId());
      }
    }
    int n = units.size();
    boolean above = kind.max().isPresent() && n > kind.max().get();
    boolean due = !s.asOf.isBefore(s.term.startsOn());
    Status status;
    if (n >= kind.min() && !above) {
      status = Status.MET;
    } else if (above || due) {
      status = Status.SHORTFALL;
    } else {
      status = Status.PENDING;
    }
    String range =
        kind.max().isPresent() ? kind.min() + "–" + kind.max().get() : String.valueOf(kind.min());
    List<String> ids = new ArrayList<>(units);
    Text t = text().add("应联系 " + range + " 个，", "required " + range + " linked units, ");
    if (status == Status.PENDING) {
      t.add(
          "截至 " + s.asOf + " 实 " + n + " 个，学期开始（" + s.term.startsOn() + "）时到期",
          n + " so far as of " + s.asOf + "; due when the term starts on " + s.term.startsOn());
    } else {
      t.add("实 " + n + " 个", "found " + n);
      if (!ids.isEmpty()) {
        t.add("（", " (").list(ids).add("）", ")");
      }
      if (above) {
        t.add("，超过上限 " + kind.max().get(), ", above the maximum " + kind.max().get());
      } else if (status == Status.SHORTFALL) {
        int gap = kind.min() - n;
        t.add("，缺 " + gap + " 个", ", " + gap + " missing");
      }
    }
    return verdict(c, status, kind.min(), n).addAllUnitIds(ids).explanation(t.build()).build();
  }
}
