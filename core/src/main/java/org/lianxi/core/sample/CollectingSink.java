package org.lianxi.core.sample;

import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.Break;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Review;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.WorkdayOverride;

/** Collects a stream into a {@link Dataset}, each list in the order received. Not thread-safe. */
final class CollectingSink implements SampleSink {
  private final Dataset.Builder b = Dataset.builder();

  Dataset dataset() {
    return b.build();
  }

  @Override
  public void term(Term term) {
    b.addTerms(term);
  }

  @Override
  public void teachingBreak(Break teachingBreak) {
    b.addBreaks(teachingBreak);
  }

  @Override
  public void workday(WorkdayOverride workday) {
    b.addWorkdays(workday);
  }

  @Override
  public void orgUnit(OrgUnit unit) {
    b.addOrgUnits(unit);
  }

  @Override
  public void cadre(Cadre cadre) {
    b.addCadres(cadre);
  }

  @Override
  public void contactUnit(ContactUnit unit) {
    b.addContactUnits(unit);
  }

  @Override
  public void assignment(Assignment assignment) {
    b.addAssignments(assignment);
  }

  @Override
  public void absence(Absence absence) {
    b.addAbsences(absence);
  }

  @Override
  public void activity(Activity activity) {
    b.addActivities(activity);
  }

  @Override
  public void feedback(Feedback feedback) {
    b.addFeedback(feedback);
  }

  @Override
  public void review(Review review) {
    b.addReviews(review);
  }
}
