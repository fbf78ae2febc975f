package org.lianxi.core.integrity;

import java.util.List;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;

/** {@code DURING_ABSENCE}: the activity starts on a day of one of the cadre's absences. */
final class DuringAbsenceRule implements FindingRule {
  @Override
  public IntegrityRule rule() {
    return IntegrityRule.DURING_ABSENCE;
  }

  @Override
  public void apply(CheckedLog log, CadreLog c, List<Suspicion> found) {
    List<Absence> absences = log.absences(c.cadreId);
    if (absences.isEmpty()) {
      return;
    }
    for (Activity a : c.byStart) {
      for (Absence absence : absences) {
        if (absence.contains(a.day())) {
          found.add(
              Suspicion.of(
                  rule(),
                  a.cadreId(),
                  List.of(a),
                  Explanation.of(
                      "活动 "
                          + a.activityId()
                          + "（"
                          + Texts.time(a.start())
                          + "）在请假/外出期间 "
                          + absence.startsOn()
                          + "–"
                          + absence.endsOn(),
                      "activity "
                          + a.activityId()
                          + " ("
                          + Texts.time(a.start())
                          + ") falls inside the absence "
                          + absence.startsOn()
                          + "–"
                          + absence.endsOn())));
          break;
        }
      }
    }
  }
}
