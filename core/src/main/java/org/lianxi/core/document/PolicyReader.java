package org.lianxi.core.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.FeedbackChannel;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.Season;
import org.lianxi.core.domain.Severity;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.domain.UnitKind;
import org.lianxi.core.integrity.IntegritySettings;
import org.lianxi.core.policy.ActivityCount;
import org.lianxi.core.policy.AppliesTo;
import org.lianxi.core.policy.AssignmentQuota;
import org.lianxi.core.policy.Basis;
import org.lianxi.core.policy.Deadline;
import org.lianxi.core.policy.FeedbackDeadline;
import org.lianxi.core.policy.FrontlineDays;
import org.lianxi.core.policy.Obligation;
import org.lianxi.core.policy.ObligationKind;
import org.lianxi.core.policy.Period;
import org.lianxi.core.policy.Policy;
import org.lianxi.core.policy.Role;
import org.lianxi.core.policy.Strength;

/** Maps a document tree to a {@link Policy}, every error naming its line. One per document. */
final class PolicyReader {
  static final Set<String> POLICY_KEYS =
      Set.of(
          "id",
          "title",
          "document_number",
          "version",
          "effective_from",
          "effective_until",
          "parent",
          "integrity",
          "obligations");
  static final Set<String> COMMON_KEYS =
      Set.of(
          "id", "clause", "title", "strength", "basis", "applies_to", "season", "refines", "kind");
  static final Map<String, Set<String>> KIND_KEYS =
      Map.of(
          "activity-count",
          Set.of(
              "activity_types",
              "with_unit_types",
              "only_where_assigned",
              "min",
              "max",
              "period",
              "in_person"),
          "assignment",
          Set.of("unit_types", "min", "max"),
          "frontline-days",
          Set.of("share"),
          "feedback-deadline",
          Set.of("acknowledge_within", "close_within", "channels", "unit_tags", "unit_kinds"));
  static final Set<String> APPLIES_KEYS = Set.of("tiers", "any_role", "party_member", "unit_tags");
  static final Set<String> INTEGRITY_KEYS =
      Set.of(
          "late_entry_hours",
          "implausible_day_minutes",
          "implausible_day_activities",
          "bulk_backfill_records",
          "bulk_backfill_window_minutes",
          "bulk_backfill_weeks",
          "severities");

  private final Problems problems;
  private final Function<String, Optional<Policy>> parents;

  PolicyReader(Problems problems, Function<String, Optional<Policy>> parents) {
    this.problems = problems;
    this.parents = parents;
  }

  Policy policy(Node root) {
    Fields f = new Fields(root, "", problems).allow(POLICY_KEYS, "");
    Policy.Builder b = Policy.builder();
    String id = f.string("id");
    b.id(id)
        .title(explanation(f, "title"))
        .documentNumber(f.string("document_number"))
        .version(f.string("version"));
    f.optDate("effective_from").ifPresent(b::effectiveFrom);
    f.optDate("effective_until").ifPresent(b::effectiveUntil);
    Optional<Policy> parent = Optional.empty();
    if (f.has("parent")) {
      Node at = f.required("parent");
      String parentId = f.string("parent");
      if (parentId.equals(id)) {
        throw problems.at(at, "parent = " + parentId + ": must not be the policy itself");
      }
      parent = parents.apply(parentId);
      if (parent.isEmpty()) {
        throw problems.at(at, "parent = " + parentId + ": no such policy");
      }
      b.parent(parent.get());
    }
    if (f.has("integrity")) {
      b.integrity(integrity(f.fields("integrity")));
    }
    List<Node> items = f.items("obligations");
    if (items.isEmpty()) {
      throw problems.at(root, "obligations: at least one obligation is needed");
    }
    Map<String, Node> seen = new HashMap<>();
    List<Obligation> obligations = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      Obligation o = obligation(new Fields(item, "obligations[" + i + "]", problems));
      Node first = seen.putIfAbsent(o.id(), item);
      if (first != null) {
        throw problems.at(
            item,
            "obligations["
                + i
                + "]: duplicate obligation id '"
                + o.id()
                + "' (first at line "
                + first.line
                + ")");
      }
      if (parent.isPresent()) {
        probe(b, o, item, i);
      }
      obligations.add(o);
    }
    b.obligations(obligations);
    try {
      return b.build();
    } catch (LianxiException e) {
      throw problems.at(root, e.getMessage(), e);
    }
  }

  /** Checks one obligation against the parent alone, so a loosening names its own line. */
  private void probe(Policy.Builder b, Obligation o, Node item, int index) {
    try {
      Policy.builder().from(b.build()).obligations(List.of(o)).build();
    } catch (LianxiException e) {
      throw problems.at(item, "obligations[" + index + "]: " + e.getMessage(), e);
    }
  }

  private Explanation explanation(Fields f, String key) {
    Node v = f.required(key);
    if (v.kind == Node.Kind.SCALAR) {
      String s = f.scalar(key, v);
      return Explanation.of(s, s);
    }
    Fields t = f.fields(key).allow(Set.of("zh", "en"), "");
    return Explanation.of(t.string("zh"), t.string("en"));
  }

  private Obligation obligation(Fields f) {
    String kind = f.string("kind");
    Set<String> kindKeys = KIND_KEYS.get(kind);
    if (kindKeys == null) {
      throw problems.at(
          f.required("kind"),
          f.path("kind") + ": unknown kind '" + kind + "'; known: " + KIND_KEYS.keySet());
    }
    Set<String> allowed = new java.util.HashSet<>(COMMON_KEYS);
    allowed.addAll(kindKeys);
    f.allow(allowed, " for kind " + kind);
    Obligation.Builder b = Obligation.builder();
    b.id(f.string("id"))
        .clause(f.string("clause"))
        .title(explanation(f, "title"))
        .strength(f.enumValue("strength", Strength.class, "strength"))
        .basis(f.enumValue("basis", Basis.class, "basis"));
    if (f.has("applies_to")) {
      b.appliesTo(appliesTo(f.fields("applies_to")));
    }
    f.optEnum("season", Season.class, "season").ifPresent(b::season);
    f.optString("refines").ifPresent(b::refines);
    b.kind(kind(kind, f));
    try {
      return b.build();
    } catch (LianxiException e) {
      throw problems.at(f.node(), f.where() + e.getMessage(), e);
    }
  }

  private AppliesTo appliesTo(Fields f) {
    f.allow(APPLIES_KEYS, "");
    return AppliesTo.builder()
        .tiers(f.enumList("tiers", Tier.class, "tier"))
        .anyRole(f.enumList("any_role", Role.class, "role"))
        .partyMember(f.bool("party_member", false))
        .unitTags(f.stringList("unit_tags"))
        .build();
  }

  private ObligationKind kind(String kind, Fields f) {
    switch (kind) {
      case "activity-count":
        return activityCount(f);
      case "assignment":
        {
          int min = min(f);
          Optional<Integer> max = max(f, min);
          List<ContactUnitType> types =
              f.enumList("unit_types", ContactUnitType.class, "unit type");
          if (types.isEmpty()) {
            throw problems.at(f.node(), f.where() + "missing key 'unit_types'");
          }
          return AssignmentQuota.builder().unitTypes(types).min(min).max(max).build();
        }
      case "frontline-days":
        {
          BigDecimal share = f.decimal("share");
          if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw problems.at(
                f.required("share"), f.path("share") + " = " + share + ": must be in (0, 1]");
          }
          return FrontlineDays.of(share);
        }
      default:
        return feedbackDeadline(f);
    }
  }

  private ActivityCount activityCount(Fields f) {
    ActivityCount.Builder b = ActivityCount.builder();
    f.required("activity_types");
    if (!f.isAny("activity_types")) {
      List<ActivityType> types = f.enumList("activity_types", ActivityType.class, "activity type");
      if (types.isEmpty()) {
        throw problems.at(
            f.required("activity_types"),
            f.path("activity_types") + ": name at least one type, or write 'any'");
      }
      b.activityTypes(types);
    }
    int min = min(f);
    boolean onlyWhereAssigned = f.bool("only_where_assigned", false);
    List<ContactUnitType> units = f.enumList("with_unit_types", ContactUnitType.class, "unit type");
    if (onlyWhereAssigned && units.isEmpty()) {
      throw problems.at(
          f.required("only_where_assigned"),
          f.path("only_where_assigned") + ": needs with_unit_types");
    }
    return b.withUnitTypes(units)
        .onlyWhereAssigned(onlyWhereAssigned)
        .min(min)
        .max(max(f, min))
        .period(f.enumValue("period", Period.class, "period"))
        .inPersonOnly(f.bool("in_person", false))
        .build();
  }

  private int min(Fields f) {
    int min = f.integer("min");
    if (min < 0) {
      throw problems.at(f.required("min"), f.path("min") + " = " + min + ": must not be negative");
    }
    return min;
  }

  private Optional<Integer> max(Fields f, int min) {
    Optional<Integer> max = f.optInteger("max");
    if (max.isPresent() && max.get() < min) {
      throw problems.at(
          f.required("max"), f.path("max") + " = " + max.get() + ": must not be below min " + min);
    }
    return max;
  }

  private FeedbackDeadline feedbackDeadline(Fields f) {
    FeedbackDeadline.Builder b = FeedbackDeadline.builder();
    if (f.has("acknowledge_within")) {
      b.acknowledgeWithin(deadline(f.fields("acknowledge_within")));
    }
    if (f.has("close_within")) {
      b.closeWithin(deadline(f.fields("close_within")));
    }
    if (!f.has("acknowledge_within") && !f.has("close_within")) {
      throw problems.at(
          f.node(), f.where() + "a feedback-deadline needs acknowledge_within or close_within");
    }
    if (!f.isAny("channels")) {
      b.channels(f.enumList("channels", FeedbackChannel.class, "channel"));
    }
    b.unitTags(f.stringList("unit_tags"));
    b.unitKinds(f.enumList("unit_kinds", UnitKind.class, "unit kind"));
    if (!f.has("unit_tags") && !f.has("unit_kinds")) {
      throw problems.at(f.node(), f.where() + "name the units: unit_tags or unit_kinds");
    }
    return b.build();
  }

  private Deadline deadline(Fields f) {
    f.allow(Set.of("working_days", "hours"), "");
    if (f.has("working_days") == f.has("hours")) {
      throw problems.at(f.node(), f.where() + "give either working_days or hours");
    }
    String key = f.has("working_days") ? "working_days" : "hours";
    int n = f.integer(key);
    if (n < 0) {
      throw problems.at(f.required(key), f.path(key) + " = " + n + ": must not be negative");
    }
    return f.has("working_days") ? Deadline.workingDays(n) : Deadline.hours(n);
  }

  private IntegritySettings integrity(Fields f) {
    f.allow(INTEGRITY_KEYS, "");
    IntegritySettings d = IntegritySettings.defaults();
    IntegritySettings.Builder b = IntegritySettings.builder();
    b.lateEntryHours(f.optInteger("late_entry_hours").orElse(d.lateEntryHours()))
        .implausibleDayMinutes(
            f.optInteger("implausible_day_minutes").orElse(d.implausibleDayMinutes()))
        .implausibleDayActivities(
            f.optInteger("implausible_day_activities").orElse(d.implausibleDayActivities()))
        .bulkBackfillRecords(f.optInteger("bulk_backfill_records").orElse(d.bulkBackfillRecords()))
        .bulkBackfillWindowMinutes(
            f.optInteger("bulk_backfill_window_minutes").orElse(d.bulkBackfillWindowMinutes()))
        .bulkBackfillWeeks(f.optInteger("bulk_backfill_weeks").orElse(d.bulkBackfillWeeks()));
    if (f.has("severities")) {
      Fields s = f.fields("severities");
      for (Map.Entry<String, Node> e : s.node().map.entrySet()) {
        IntegrityRule rule =
            s.enumOf(e.getValue(), s.path(e.getKey()), e.getKey(), IntegrityRule.class, "rule");
        b.putSeverities(rule, s.enumValue(e.getKey(), Severity.class, "severity"));
      }
    }
    try {
      return b.build();
    } catch (LianxiException e) {
      throw problems.at(f.node(), f.where() + e.getMessage(), e);
    }
  }
}
