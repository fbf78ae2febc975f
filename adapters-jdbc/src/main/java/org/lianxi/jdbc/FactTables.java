package org.lianxi.jdbc;

import static org.lianxi.jdbc.Column.bool;
import static org.lianxi.jdbc.Column.date;
import static org.lianxi.jdbc.Column.integer;
import static org.lianxi.jdbc.Column.seconds;
import static org.lianxi.jdbc.Column.text;
import static org.lianxi.jdbc.Column.time;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.lianxi.core.domain.Absence;
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
import org.lianxi.core.domain.Season;
import org.lianxi.core.domain.StudentLevel;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.domain.UnitKind;
import org.lianxi.core.domain.WorkdayOverride;

/** The tables of the facts of SPEC §5 (every fact but the activity log) and their mappings. */
final class FactTables {
  private FactTables() {}

  static final int ID = 100;
  static final int NAME = 200;
  static final int ENUM = 32;
  static final int TAGS = 1000;
  static final int REASON = 1000;

  static final FactTable<OrgUnit> ORG_UNITS =
      FactTable.keyed(
          "org_unit",
          "OrgUnit",
          Dataset::orgUnits,
          List.of(
              text("unit_id", ID),
              text("name", NAME),
              text("kind", ENUM),
              text("tags", TAGS),
              text("parent_id", ID).orNull()),
          u ->
              new Object[] {
                u.unitId(), u.name(), u.kind().name(), tags(u.tags()), u.parentId().orElse(null)
              },
          r ->
              OrgUnit.builder()
                  .unitId((String) r[0])
                  .name((String) r[1])
                  .kind(UnitKind.valueOf((String) r[2]))
                  .tags(tags((String) r[3]))
                  .parentId(Optional.ofNullable((String) r[4]))
                  .build(),
          u -> "OrgUnit[" + u.unitId() + "]",
          u -> List.of(u.unitId()),
          "unit_id");

  static final FactTable<Cadre> CADRES =
      FactTable.keyed(
          "cadre",
          "Cadre",
          Dataset::cadres,
          List.of(
              text("cadre_id", ID),
              text("name", NAME),
              text("tier", ENUM),
              text("unit_id", ID),
              text("title", NAME),
              bool("principal"),
              bool("party_member"),
              bool("branch_secretary")),
          x ->
              new Object[] {
                x.cadreId(),
                x.name(),
                x.tier().name(),
                x.unitId(),
                x.title(),
                x.principal(),
                x.partyMember(),
                x.branchSecretary()
              },
          r ->
              Cadre.builder()
                  .cadreId((String) r[0])
                  .name((String) r[1])
                  .tier(Tier.valueOf((String) r[2]))
                  .unitId((String) r[3])
                  .title((String) r[4])
                  .principal((Boolean) r[5])
                  .partyMember((Boolean) r[6])
                  .branchSecretary((Boolean) r[7])
                  .build(),
          x -> "Cadre[" + x.cadreId() + "]",
          x -> List.of(x.cadreId()),
          "cadre_id");

  static final FactTable<ContactUnit> CONTACT_UNITS =
      FactTable.keyed(
          "contact_unit",
          "ContactUnit",
          Dataset::contactUnits,
          List.of(
              text("contact_unit_id", ID),
              text("type", ENUM),
              text("name", NAME),
              text("college_id", ID).orNull(),
              text("level", ENUM).orNull(),
              integer("size"),
              text("tags", TAGS)),
          u ->
              new Object[] {
                u.contactUnitId(),
                u.type().name(),
                u.name(),
                u.collegeId().orElse(null),
                u.level().map(Enum::name).orElse(null),
                u.size(),
                tags(u.tags())
              },
          r ->
              ContactUnit.builder()
                  .contactUnitId((String) r[0])
                  .type(ContactUnitType.valueOf((String) r[1]))
                  .name((String) r[2])
                  .collegeId(Optional.ofNullable((String) r[3]))
                  .level(Optional.ofNullable((String) r[4]).map(StudentLevel::valueOf))
                  .size((Integer) r[5])
                  .tags(tags((String) r[6]))
                  .build(),
          u -> "ContactUnit[" + u.contactUnitId() + "]",
          u -> List.of(u.contactUnitId()),
          "contact_unit_id");

  static final FactTable<Assignment> ASSIGNMENTS =
      FactTable.keyed(
          "assignment",
          "Assignment",
          Dataset::assignments,
          List.of(
              text("cadre_id", ID),
              text("contact_unit_id", ID),
              date("valid_from"),
              date("valid_to").orNull()),
          a ->
              new Object[] {
                a.cadreId(), a.contactUnitId(), a.validFrom(), a.validTo().orElse(null)
              },
          r ->
              Assignment.builder()
                  .cadreId((String) r[0])
                  .contactUnitId((String) r[1])
                  .validFrom((LocalDate) r[2])
                  .validTo(Optional.ofNullable((LocalDate) r[3]))
                  .build(),
          a ->
              "Assignment["
                  + a.cadreId()
                  + "→"
                  + a.contactUnitId()
                  + " from "
                  + a.validFrom()
                  + "]",
          a -> List.of(a.cadreId(), a.contactUnitId(), a.validFrom()),
          "cadre_id, contact_unit_id, valid_from");

  static final FactTable<Absence> ABSENCES =
      FactTable.keyless(
          "absence",
          "Absence",
          Dataset::absences,
          List.of(text("cadre_id", ID), date("starts_on"), date("ends_on"), text("reason", REASON)),
          a -> new Object[] {a.cadreId(), a.startsOn(), a.endsOn(), a.reason()},
          r ->
              Absence.builder()
                  .cadreId((String) r[0])
                  .startsOn((LocalDate) r[1])
                  .endsOn((LocalDate) r[2])
                  .reason((String) r[3])
                  .build(),
          a -> "Absence[" + a.cadreId() + " " + a.startsOn() + ".." + a.endsOn() + "]");

  static final FactTable<Term> TERMS =
      FactTable.keyed(
          "term",
          "Term",
          Dataset::terms,
          List.of(
              text("term_id", ID),
              text("academic_year", 9),
              text("season", ENUM),
              date("starts_on"),
              date("ends_on"),
              date("opens_on")),
          x ->
              new Object[] {
                x.termId(),
                x.academicYear(),
                x.season().name(),
                x.startsOn(),
                x.endsOn(),
                x.opensOn()
              },
          r ->
              Term.builder()
                  .termId((String) r[0])
                  .academicYear((String) r[1])
                  .season(Season.valueOf((String) r[2]))
                  .startsOn((LocalDate) r[3])
                  .endsOn((LocalDate) r[4])
                  .opensOn((LocalDate) r[5])
                  .build(),
          x -> "Term[" + x.termId() + "]",
          x -> List.of(x.termId()),
          "term_id");

  static final FactTable<Break> BREAKS =
      FactTable.keyless(
          "teaching_break",
          "Break",
          Dataset::breaks,
          List.of(date("starts_on"), date("ends_on"), text("name", NAME)),
          b -> new Object[] {b.startsOn(), b.endsOn(), b.name()},
          r ->
              Break.builder()
                  .startsOn((LocalDate) r[0])
                  .endsOn((LocalDate) r[1])
                  .name((String) r[2])
                  .build(),
          b -> "Break[" + b.name() + " " + b.startsOn() + ".." + b.endsOn() + "]");

  static final FactTable<WorkdayOverride> WORKDAYS =
      FactTable.keyed(
          "workday",
          "WorkdayOverride",
          Dataset::workdays,
          List.of(date("work_date"), bool("workday"), text("name", NAME)),
          w -> new Object[] {w.date(), w.workday(), w.name()},
          r -> WorkdayOverride.of((LocalDate) r[0], (Boolean) r[1], (String) r[2]),
          w -> "WorkdayOverride[" + w.date() + "]",
          w -> List.of(w.date()),
          "work_date");

  static final FactTable<Feedback> FEEDBACK =
      FactTable.keyed(
          "feedback",
          "Feedback",
          Dataset::feedback,
          List.of(
              text("feedback_id", ID),
              text("channel", ENUM),
              text("unit_id", ID),
              time("received_at"),
              time("acknowledged_at").orNull(),
              time("closed_at").orNull(),
              text("category", NAME)),
          f ->
              new Object[] {
                f.feedbackId(),
                f.channel().name(),
                f.unitId(),
                seconds(f.receivedAt()),
                seconds(f.acknowledgedAt().orElse(null)),
                seconds(f.closedAt().orElse(null)),
                f.category()
              },
          r ->
              Feedback.builder()
                  .feedbackId((String) r[0])
                  .channel(FeedbackChannel.valueOf((String) r[1]))
                  .unitId((String) r[2])
                  .receivedAt((LocalDateTime) r[3])
                  .acknowledgedAt(Optional.ofNullable((LocalDateTime) r[4]))
                  .closedAt(Optional.ofNullable((LocalDateTime) r[5]))
                  .category((String) r[6])
                  .build(),
          f -> "Feedback[" + f.feedbackId() + "]",
          f -> List.of(f.feedbackId()),
          "feedback_id");

  static final FactTable<Review> REVIEWS =
      FactTable.keyless(
          "review",
          "Review",
          Dataset::reviews,
          List.of(
              text("activity_id", ID),
              text("rule", ENUM),
              text("decision", ENUM),
              text("reviewer", NAME),
              time("reviewed_at"),
              text("reason", REASON)),
          v ->
              new Object[] {
                v.activityId(),
                v.rule().name(),
                v.decision().name(),
                v.reviewer(),
                seconds(v.reviewedAt()),
                v.reason()
              },
          r ->
              Review.builder()
                  .activityId((String) r[0])
                  .rule(IntegrityRule.valueOf((String) r[1]))
                  .decision(ReviewDecision.valueOf((String) r[2]))
                  .reviewer((String) r[3])
                  .reviewedAt((LocalDateTime) r[4])
                  .reason((String) r[5])
                  .build(),
          v -> "Review[" + v.activityId() + "/" + v.rule() + "]");

  /** The tables an import replaces, in import order (reviews are merged, the log appended). */
  static final List<FactTable<?>> REPLACED =
      List.of(
          ORG_UNITS,
          CADRES,
          CONTACT_UNITS,
          ASSIGNMENTS,
          ABSENCES,
          TERMS,
          BREAKS,
          WORKDAYS,
          FEEDBACK);

  private static final Splitter SEMICOLON = Splitter.on(';');

  /**
   * Tags as stored: {@code ;}-separated in their order (tags are trimmed and hold no {@code ;}).
   */
  static String tags(ImmutableSet<String> tags) {
    return String.join(";", tags);
  }

  static ImmutableSet<String> tags(String stored) {
    return stored.isEmpty() ? ImmutableSet.of() : ImmutableSet.copyOf(SEMICOLON.split(stored));
  }
}
