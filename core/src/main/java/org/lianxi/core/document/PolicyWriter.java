package org.lianxi.core.document;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.Severity;
import org.lianxi.core.integrity.IntegritySettings;
import org.lianxi.core.policy.ActivityCount;
import org.lianxi.core.policy.AppliesTo;
import org.lianxi.core.policy.AssignmentQuota;
import org.lianxi.core.policy.Deadline;
import org.lianxi.core.policy.FeedbackDeadline;
import org.lianxi.core.policy.FrontlineDays;
import org.lianxi.core.policy.Obligation;
import org.lianxi.core.policy.ObligationKind;
import org.lianxi.core.policy.Policy;

/** Maps a {@link Policy} to a document tree in the order of the schema. Stateless. */
final class PolicyWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PolicyWriter() {}

  static ObjectNode policy(Policy p) {
    ObjectNode n = NODES.objectNode();
    n.put("id", p.id());
    n.set("title", explanation(p.title()));
    n.put("document_number", p.documentNumber());
    n.put("version", p.version());
    p.effectiveFrom().ifPresent(d -> n.put("effective_from", d.toString()));
    p.effectiveUntil().ifPresent(d -> n.put("effective_until", d.toString()));
    p.parentId().ifPresent(id -> n.put("parent", id));
    if (!p.integrity().equals(IntegritySettings.defaults())) {
      n.set("integrity", integrity(p.integrity()));
    }
    ArrayNode obligations = n.putArray("obligations");
    for (Obligation o : p.obligations()) {
      obligations.add(obligation(o));
    }
    return n;
  }

  private static ObjectNode explanation(Explanation e) {
    ObjectNode n = NODES.objectNode();
    n.put("zh", e.zh());
    n.put("en", e.en());
    return n;
  }

  private static ObjectNode obligation(Obligation o) {
    ObjectNode n = NODES.objectNode();
    n.put("id", o.id());
    n.put("clause", o.clause());
    n.set("title", explanation(o.title()));
    n.put("strength", o.strength().name());
    n.put("basis", o.basis().code());
    if (!o.appliesTo().isEveryone()) {
      n.set("applies_to", appliesTo(o.appliesTo()));
    }
    o.season().ifPresent(s -> n.put("season", s.name()));
    o.refines().ifPresent(r -> n.put("refines", r));
    ObligationKind k = o.kind();
    n.put("kind", k.code());
    if (k instanceof ActivityCount) {
      ActivityCount a = (ActivityCount) k;
      if (a.activityTypes().isEmpty()) {
        n.put("activity_types", "any");
      } else {
        n.set("activity_types", names(a.activityTypes()));
      }
      if (!a.withUnitTypes().isEmpty()) {
        n.set("with_unit_types", names(a.withUnitTypes()));
      }
      if (a.onlyWhereAssigned()) {
        n.put("only_where_assigned", true);
      }
      n.put("min", a.min());
      a.max().ifPresent(m -> n.put("max", m));
      n.put("period", a.period().name());
      if (a.inPersonOnly()) {
        n.put("in_person", true);
      }
    } else if (k instanceof AssignmentQuota) {
      AssignmentQuota a = (AssignmentQuota) k;
      n.set("unit_types", names(a.unitTypes()));
      n.put("min", a.min());
      a.max().ifPresent(m -> n.put("max", m));
    } else if (k instanceof FrontlineDays) {
      n.put("share", ((FrontlineDays) k).share());
    } else {
      FeedbackDeadline f = (FeedbackDeadline) k;
      f.acknowledgeWithin().ifPresent(d -> n.set("acknowledge_within", deadline(d)));
      f.closeWithin().ifPresent(d -> n.set("close_within", deadline(d)));
      if (f.channels().isEmpty()) {
        n.put("channels", "any");
      } else {
        n.set("channels", names(f.channels()));
      }
      if (!f.unitTags().isEmpty()) {
        n.set("unit_tags", strings(f.unitTags()));
      }
      if (!f.unitKinds().isEmpty()) {
        n.set("unit_kinds", names(f.unitKinds()));
      }
    }
    return n;
  }

  private static ObjectNode appliesTo(AppliesTo a) {
    ObjectNode n = NODES.objectNode();
    if (!a.tiers().isEmpty()) {
      n.set("tiers", names(a.tiers()));
    }
    if (!a.anyRole().isEmpty()) {
      n.set("any_role", names(a.anyRole()));
    }
    if (a.partyMember()) {
      n.put("party_member", true);
    }
    if (!a.unitTags().isEmpty()) {
      n.set("unit_tags", strings(a.unitTags()));
    }
    return n;
  }

  private static ObjectNode deadline(Deadline d) {
    ObjectNode n = NODES.objectNode();
    n.put(d.unit() == Deadline.Unit.WORKING_DAYS ? "working_days" : "hours", d.amount());
    return n;
  }

  private static ObjectNode integrity(IntegritySettings s) {
    ObjectNode n = NODES.objectNode();
    n.put("late_entry_hours", s.lateEntryHours());
    n.put("implausible_day_minutes", s.implausibleDayMinutes());
    n.put("implausible_day_activities", s.implausibleDayActivities());
    n.put("bulk_backfill_records", s.bulkBackfillRecords());
    n.put("bulk_backfill_window_minutes", s.bulkBackfillWindowMinutes());
    n.put("bulk_backfill_weeks", s.bulkBackfillWeeks());
    if (!s.severities().isEmpty()) {
      ObjectNode sev = n.putObject("severities");
      Map<IntegrityRule, Severity> sorted = new TreeMap<>(s.severities());
      sorted.forEach((rule, severity) -> sev.put(rule.name(), severity.name()));
    }
    return n;
  }

  /**
   * Enum names in declaration order, so a document is the same whatever order a set was built in.
   */
  private static <E extends Enum<E>> ArrayNode names(Collection<E> values) {
    ArrayNode a = NODES.arrayNode();
    values.stream().sorted(Comparator.naturalOrder()).forEach(v -> a.add(v.name()));
    return a;
  }

  private static ArrayNode strings(Collection<String> values) {
    ArrayNode a = NODES.arrayNode();
    values.forEach(a::add);
    return a;
  }
}
