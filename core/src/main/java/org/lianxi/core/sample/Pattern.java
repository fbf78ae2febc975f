package org.lianxi.core.sample;

import java.util.ArrayList;
import java.util.List;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.ReviewDecision;

/** A pattern to plant: its kind, holder and term; after planting, the drafts it consists of. */
final class Pattern {
  enum Kind {
    OVERLAP(IntegrityRule.OVERLAP, true),
    DUPLICATE(IntegrityRule.DUPLICATE, false),
    DURING_ABSENCE(IntegrityRule.DURING_ABSENCE, false),
    RECORDED_BEFORE_START(IntegrityRule.RECORDED_BEFORE_START, false),
    IMPLAUSIBLE_COUNT(IntegrityRule.IMPLAUSIBLE_DAY, true),
    IMPLAUSIBLE_MINUTES(IntegrityRule.IMPLAUSIBLE_DAY, true),
    OVERSIZED(IntegrityRule.OVERSIZED, false),
    LATE_ENTRY(IntegrityRule.LATE_ENTRY, false),
    BULK_BACKFILL(IntegrityRule.BULK_BACKFILL, false),
    UNASSIGNED_BEFORE_LINK(IntegrityRule.UNASSIGNED_UNIT, false),
    UNASSIGNED_OTHER_UNIT(IntegrityRule.UNASSIGNED_UNIT, false),
    CORRECTION(null, false);

    /** The rule the pattern triggers; null for a correction, which triggers none. */
    final IntegrityRule rule;

    /** Needs a day of its own, kept free of ordinary activities. */
    final boolean ownDay;

    Kind(IntegrityRule rule, boolean ownDay) {
      this.rule = rule;
      this.ownDay = ownDay;
    }
  }

  final Kind kind;
  final Leader holder;
  final int term;
  final ReviewDecision review;
  int reservedDay = -1;
  final List<Draft> drafts = new ArrayList<>();
  String note = "";

  Pattern(Kind kind, Leader holder, int term, ReviewDecision review) {
    this.kind = kind;
    this.holder = holder;
    this.term = term;
    this.review = review;
  }
}
