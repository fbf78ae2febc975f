package org.lianxi.csv;

import com.google.common.collect.ImmutableList;

/**
 * The files of a dataset folder (SPEC §5) with their required and optional columns, in the order in
 * which they are read (each file's references point to files read before it) and written.
 */
enum FactFile {
  ORG_UNITS("org_units.csv", true, cols("unit_id", "name", "kind", "tags"), cols("parent_id")),
  CADRES(
      "cadres.csv",
      true,
      cols(
          "cadre_id",
          "name",
          "tier",
          "unit_id",
          "title",
          "principal",
          "party_member",
          "branch_secretary"),
      cols()),
  CONTACT_UNITS(
      "contact_units.csv",
      true,
      cols("contact_unit_id", "type", "name", "college_id", "level", "size", "tags"),
      cols()),
  ASSIGNMENTS(
      "assignments.csv",
      true,
      cols("cadre_id", "contact_unit_id", "valid_from", "valid_to"),
      cols()),
  TERMS(
      "terms.csv",
      true,
      cols("term_id", "academic_year", "season", "starts_on", "ends_on"),
      cols("opens_on")),
  BREAKS("breaks.csv", false, cols("starts_on", "ends_on", "name"), cols()),
  WORKDAYS("workdays.csv", false, cols("date", "workday", "name"), cols()),
  ABSENCES("absences.csv", false, cols("cadre_id", "starts_on", "ends_on", "reason"), cols()),
  ACTIVITIES(
      "activities.csv",
      true,
      cols(
          "activity_id",
          "cadre_id",
          "type",
          "start",
          "minutes",
          "contact_unit_id",
          "venue",
          "topics",
          "participants",
          "evidence",
          "recorded_at"),
      cols("supersedes")),
  FEEDBACK(
      "feedback.csv",
      false,
      cols(
          "feedback_id",
          "channel",
          "unit_id",
          "received_at",
          "acknowledged_at",
          "closed_at",
          "category"),
      cols()),
  REVIEWS(
      "reviews.csv",
      false,
      cols("activity_id", "rule", "decision", "reviewer", "reviewed_at", "reason"),
      cols());

  private final String fileName;
  private final boolean required;
  private final ImmutableList<String> requiredColumns;
  private final ImmutableList<String> optionalColumns;

  FactFile(
      String fileName,
      boolean required,
      ImmutableList<String> requiredColumns,
      ImmutableList<String> optionalColumns) {
    this.fileName = fileName;
    this.required = required;
    this.requiredColumns = requiredColumns;
    this.optionalColumns = optionalColumns;
  }

  private static ImmutableList<String> cols(String... names) {
    return ImmutableList.copyOf(names);
  }

  String fileName() {
    return fileName;
  }

  /** Whether the file must be in the folder. */
  boolean required() {
    return required;
  }

  ImmutableList<String> requiredColumns() {
    return requiredColumns;
  }

  ImmutableList<String> optionalColumns() {
    return optionalColumns;
  }

  /** Every column, required ones first, in the order the writer writes them. */
  ImmutableList<String> allColumns() {
    return ImmutableList.<String>builder().addAll(requiredColumns).addAll(optionalColumns).build();
  }
}
