package org.lianxi.core.integrity;

import java.util.List;
import java.util.Optional;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;

/**
 * {@code OVERSIZED}: more participants than the named contact unit has students. Units of unknown
 * size (0) and activities without a participant count are not checked.
 */
final class OversizedRule implements FindingRule {
  @Override
  public IntegrityRule rule() {
    return IntegrityRule.OVERSIZED;
  }

  @Override
  public void apply(CheckedLog log, CadreLog c, List<Suspicion> found) {
    for (Activity a : c.byStart) {
      if (a.participants().isEmpty() || a.contactUnitId().isEmpty()) {
        continue;
      }
      Optional<ContactUnit> unit = log.contactUnit(a.contactUnitId().get());
      int participants = a.participants().getAsInt();
      if (unit.isPresent() && unit.get().size() > 0 && participants > unit.get().size()) {
        ContactUnit u = unit.get();
        found.add(
            Suspicion.of(
                rule(),
                a.cadreId(),
                List.of(a),
                Explanation.of(
                    "活动 "
                        + a.activityId()
                        + " 登记 "
                        + participants
                        + " 人参加，超过联系对象 "
                        + u.contactUnitId()
                        + "（"
                        + u.name()
                        + "）的规模 "
                        + u.size()
                        + " 人",
                    "activity "
                        + a.activityId()
                        + " records "
                        + participants
                        + " participants, more than the "
                        + u.size()
                        + " students of contact unit "
                        + u.contactUnitId()
                        + " ("
                        + u.name()
                        + ")")));
      }
    }
  }
}
