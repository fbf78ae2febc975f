package org.lianxi.core.integrity;

import java.util.List;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;

/**
 * {@code UNASSIGNED_UNIT}: the activity names a contact unit the cadre was not assigned to on the
 * day it started. Activities that name no contact unit are not checked.
 */
final class UnassignedUnitRule implements FindingRule {
  @Override
  public IntegrityRule rule() {
    return IntegrityRule.UNASSIGNED_UNIT;
  }

  @Override
  public void apply(CheckedLog log, CadreLog c, List<Suspicion> found) {
    List<Assignment> assignments = log.assignments(c.cadreId);
    for (Activity a : c.byStart) {
      if (a.contactUnitId().isEmpty()) {
        continue;
      }
      String unit = a.contactUnitId().get();
      boolean assigned = false;
      for (Assignment s : assignments) {
        if (s.contactUnitId().equals(unit) && s.coversDay(a.day())) {
          assigned = true;
          break;
        }
      }
      if (!assigned) {
        found.add(
            Suspicion.of(
                rule(),
                a.cadreId(),
                List.of(a),
                Explanation.of(
                    "活动 " + a.activityId() + " 的联系对象 " + unit + " 在 " + a.day() + " 不是该干部的联系对象",
                    "activity "
                        + a.activityId()
                        + " names contact unit "
                        + unit
                        + ", which was not assigned to the cadre on "
                        + a.day())));
      }
    }
  }
}
