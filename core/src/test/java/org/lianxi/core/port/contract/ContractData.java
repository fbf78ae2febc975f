package org.lianxi.core.port.contract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.Break;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.domain.FeedbackChannel;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Review;
import org.lianxi.core.domain.ReviewDecision;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.domain.Topic;
import org.lianxi.core.domain.UnitKind;
import org.lianxi.core.domain.Venue;
import org.lianxi.core.domain.WorkdayOverride;
import org.lianxi.core.testkit.UniversityFixture;

/** Datasets the contracts load. */
final class ContractData {
  static final List<String> AWKWARD = UniversityFixture.AWKWARD_TEXTS;

  private ContractData() {}

  /**
   * The small university with activities and a review, plus one more of each fact per {@link
   * UniversityFixture#AWKWARD_TEXTS awkward text}, that text in every free-text field.
   */
  static Dataset awkwardUniversity() {
    Dataset.Builder b = Dataset.builder().from(UniversityFixture.aSmallUniversityWithActivities());
    for (int i = 0; i < AWKWARD.size(); i++) {
      String text = AWKWARD.get(i);
      String n = String.valueOf(i + 1);
      b.addOrgUnits(
          OrgUnit.builder()
              .unitId("D-AWK-" + n)
              .name(text)
              .kind(UnitKind.FUNCTIONAL_DEPARTMENT)
              .parentId(UniversityFixture.UNIVERSITY)
              .addTags("student-work")
              .build());
      b.addCadres(
          Cadre.builder()
              .cadreId("C-AWK-" + n)
              .name(text)
              .tier(Tier.FUNCTIONAL_DEPARTMENT)
              .unitId("D-AWK-" + n)
              .title(text)
              .principal(i % 2 == 0)
              .partyMember(i % 3 == 0)
              .branchSecretary(i % 5 == 0)
              .build());
      b.addContactUnits(
          ContactUnit.builder()
              .contactUnitId("CU-AWK-" + n)
              .type(ContactUnitType.values()[i % ContactUnitType.values().length])
              .name(text)
              .size(i)
              .build());
      b.addAbsences(
          Absence.builder()
              .cadreId("C-AWK-" + n)
              .startsOn(LocalDate.of(2024, 11, 1).plusDays(i))
              .endsOn(LocalDate.of(2024, 11, 1).plusDays(2L * i))
              .reason(text)
              .build());
      b.addBreaks(
          Break.builder()
              .startsOn(LocalDate.of(2025, 4, 1).plusDays(i))
              .endsOn(LocalDate.of(2025, 4, 1).plusDays(i))
              .name(text)
              .build());
      b.addWorkdays(WorkdayOverride.of(LocalDate.of(2025, 5, 1).plusDays(i), i % 2 == 0, text));
      b.addFeedback(
          Feedback.builder()
              .feedbackId("F-AWK-" + n)
              .channel(FeedbackChannel.values()[i % FeedbackChannel.values().length])
              .unitId("D-AWK-" + n)
              .receivedAt(LocalDateTime.of(2024, 10, 9, 8, 0).plusHours(i))
              .category(text)
              .build());
      Activity a =
          Activity.builder()
              .activityId("A-AWK-" + n)
              .cadreId("C-AWK-" + n)
              .type(ActivityType.values()[i % ActivityType.values().length])
              .start(LocalDateTime.of(2024, 10, 9, 8, 0).plusDays(i))
              .minutes(30 + i)
              .contactUnitId("CU-AWK-" + n)
              .venue(Venue.values()[i % Venue.values().length])
              .addTopics(Topic.values()[i % Topic.values().length])
              .participants(i)
              .evidence(text)
              .recordedAt(LocalDateTime.of(2024, 10, 9, 20, 0).plusDays(i))
              .build();
      b.addActivities(a);
      b.addReviews(
          Review.builder()
              .activityId(a.activityId())
              .rule(IntegrityRule.values()[i % IntegrityRule.values().length])
              .decision(ReviewDecision.values()[i % 2])
              .reviewer(text)
              .reviewedAt(LocalDateTime.of(2024, 12, 1, 9, 0).plusMinutes(i))
              .reason(text)
              .build());
    }
    return b.build();
  }

  /**
   * The small university with every optional value left empty where the type allows: no parents, no
   * tags, contact units without college or level, open assignments, terms without an opening day,
   * feedback never answered, activities naming nothing optional, empty reasons and names.
   */
  static Dataset sparseUniversity() {
    Dataset full = UniversityFixture.aSmallUniversityWithActivities();
    Dataset.Builder b = Dataset.builder();
    full.orgUnits()
        .forEach(
            u ->
                b.addOrgUnits(
                    OrgUnit.builder().unitId(u.unitId()).name(u.name()).kind(u.kind()).build()));
    b.addAllCadres(full.cadres());
    full.contactUnits()
        .forEach(
            c ->
                b.addContactUnits(
                    ContactUnit.builder()
                        .contactUnitId(c.contactUnitId())
                        .type(c.type())
                        .name(c.name())
                        .size(0)
                        .build()));
    full.assignments()
        .forEach(
            a ->
                b.addAssignments(
                    Assignment.builder()
                        .cadreId(a.cadreId())
                        .contactUnitId(a.contactUnitId())
                        .validFrom(a.validFrom())
                        .build()));
    full.terms()
        .forEach(
            t ->
                b.addTerms(
                    Term.builder()
                        .termId(t.termId())
                        .academicYear(t.academicYear())
                        .season(t.season())
                        .startsOn(t.startsOn())
                        .endsOn(t.endsOn())
                        .build()));
    full.breaks()
        .forEach(
            x -> b.addBreaks(Break.builder().startsOn(x.startsOn()).endsOn(x.endsOn()).build()));
    full.workdays()
        .forEach(
            w ->
                b.addWorkdays(
                    WorkdayOverride.builder().date(w.date()).workday(w.workday()).build()));
    full.absences()
        .forEach(
            a ->
                b.addAbsences(
                    Absence.builder()
                        .cadreId(a.cadreId())
                        .startsOn(a.startsOn())
                        .endsOn(a.endsOn())
                        .build()));
    full.feedback()
        .forEach(
            f ->
                b.addFeedback(
                    Feedback.builder()
                        .feedbackId(f.feedbackId())
                        .channel(f.channel())
                        .unitId(f.unitId())
                        .receivedAt(f.receivedAt())
                        .build()));
    full.activities()
        .forEach(
            a ->
                b.addActivities(
                    Activity.builder()
                        .activityId(a.activityId())
                        .cadreId(a.cadreId())
                        .type(a.type())
                        .start(a.start())
                        .minutes(a.minutes())
                        .venue(a.venue())
                        .recordedAt(a.recordedAt())
                        .build()));
    full.reviews()
        .forEach(
            r ->
                b.addReviews(
                    Review.builder()
                        .activityId(r.activityId())
                        .rule(r.rule())
                        .decision(r.decision())
                        .reviewer(r.reviewer())
                        .reviewedAt(r.reviewedAt())
                        .build()));
    return b.build();
  }

  /** A dataset holding only the small university's org units, cadres and contact units. */
  static Dataset rosterOnly() {
    Dataset full = UniversityFixture.aSmallUniversity();
    return Dataset.builder()
        .addAllOrgUnits(full.orgUnits())
        .addAllCadres(full.cadres())
        .addAllContactUnits(full.contactUnits())
        .addAllTerms(full.terms())
        .build();
  }
}
