package org.lianxi.core.sample;

import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.Break;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Review;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.WorkdayOverride;

/**
 * Receives a generated sample one fact at a time, so that a writer can store millions of activities
 * without holding them (see {@link SampleProvince#stream}).
 *
 * <p>Calls arrive on the thread that called {@code stream}, one at a time, in a fixed order for
 * equal inputs: the calendar (terms, breaks, working-day overrides), then for each university its
 * org units, cadres, contact units, assignments, absences, activities and feedback, and last the
 * reviews. Every id a fact refers to has been sent before the fact, except that a university-level
 * contact unit is placed in its university by its assignments. Implementations need not be
 * thread-safe; an exception thrown by a callback ends the stream.
 */
public interface SampleSink {
  void term(Term term);

  void teachingBreak(Break teachingBreak);

  void workday(WorkdayOverride workday);

  void orgUnit(OrgUnit unit);

  void cadre(Cadre cadre);

  void contactUnit(ContactUnit unit);

  void assignment(Assignment assignment);

  void absence(Absence absence);

  void activity(Activity activity);

  void feedback(Feedback feedback);

  void review(Review review);
}
