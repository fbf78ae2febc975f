package org.lianxi.core.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Optional;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.evaluation.ExcludedActivity;
import org.lianxi.core.evaluation.Exclusion;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.integrity.Finding;
import org.lianxi.core.report.AccountabilityLead;
import org.lianxi.core.report.AccountabilityReport;
import org.lianxi.core.report.CadreDossier;
import org.lianxi.core.report.ChecklistItem;
import org.lianxi.core.report.ChecklistMember;
import org.lianxi.core.report.Coverage;
import org.lianxi.core.report.CoverageGroup;
import org.lianxi.core.report.DemocraticLifeChecklist;
import org.lianxi.core.report.DossierTerm;
import org.lianxi.core.report.Evidence;
import org.lianxi.core.report.ExemplarNominee;
import org.lianxi.core.report.FeedbackItem;
import org.lianxi.core.report.FeedbackReport;
import org.lianxi.core.report.Recipient;
import org.lianxi.core.report.Reminder;
import org.lianxi.core.report.ReportView;
import org.lianxi.core.report.ScorecardRow;
import org.lianxi.core.report.Share;
import org.lianxi.core.report.SuggestedAssignment;
import org.lianxi.core.report.UnitFeedback;
import org.lianxi.core.report.UnlinkedUnit;
import org.lianxi.core.report.ViewScope;

/**
 * The accountability reports as JSON (SPEC §3, 四、2 and 四、4): one object with {@code policy}, {@code
 * term}, {@code as_of}, {@code verdicts} and {@code findings} as in the report of SPEC §6 (verdicts
 * also carry {@code university}, {@code units}, {@code missing} and {@code excluded}), then {@code
 * dossiers}, {@code checklists}, {@code scorecard}, {@code nominees}, {@code leads}, {@code
 * feedback}, {@code coverage} and {@code reminders}. A view adds {@code viewer} and {@code scope}
 * first. Field names are snake_case, codes their upper-case names, shares {@code {part, whole,
 * rate}} ({@code rate} null when undefined), every explanation {@code {zh, en}}. UTF-8,
 * pretty-printed. Stateless and thread-safe.
 */
public final class ReportJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER =
      JsonMapper.builder().build().writerWithDefaultPrettyPrinter();

  private ReportJson() {}

  /** The whole report (every university) as a string. */
  public static String toJson(AccountabilityReport report) {
    return write(tree(report));
  }

  /** One viewer's view as a string. */
  public static String toJson(ReportView view) {
    return write(tree(view));
  }

  /** Writes one viewer's view to {@code out} in UTF-8 (the stream is not closed). */
  public static void write(ReportView view, OutputStream out) {
    try {
      out.write(toJson(view).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String write(ObjectNode tree) {
    try {
      return WRITER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a report tree always serialises", e);
    }
  }

  static ObjectNode tree(ReportView view) {
    ObjectNode root = NODES.objectNode();
    ViewScope s = view.scope();
    ObjectNode viewer = root.putObject("viewer");
    viewer.put("kind", s.viewer().kind().name());
    viewer.put("id", s.viewer().id());
    ObjectNode scope = root.putObject("scope");
    scope.put("university", s.university());
    strings(scope.putArray("cadres"), s.cadreIds());
    strings(scope.putArray("units"), s.unitIds());
    scope.set("explanation", explanation(s.explanation()));
    root.setAll(tree(view.report()));
    return root;
  }

  static ObjectNode tree(AccountabilityReport r) {
    ObjectNode root = NODES.objectNode();
    ObjectNode policy = root.putObject("policy");
    policy.put("id", r.policyId());
    policy.put("version", r.policyVersion());
    policy.put("sha256", r.policyHash());
    root.put("term", r.termId());
    root.put("as_of", r.asOf().toString());
    ArrayNode verdicts = root.putArray("verdicts");
    r.verdicts().forEach(v -> verdicts.add(verdict(v)));
    ArrayNode findings = root.putArray("findings");
    r.findings().forEach(f -> findings.add(finding(f)));
    ArrayNode dossiers = root.putArray("dossiers");
    r.dossiers().forEach(d -> dossiers.add(dossier(d)));
    ArrayNode checklists = root.putArray("checklists");
    r.checklists().forEach(c -> checklists.add(checklist(c)));
    ArrayNode scorecard = root.putArray("scorecard");
    r.scorecard().forEach(row -> scorecard.add(row(row)));
    ArrayNode nominees = root.putArray("nominees");
    r.nominees().forEach(n -> nominees.add(nominee(n)));
    ArrayNode leads = root.putArray("leads");
    r.leads().forEach(l -> leads.add(lead(l)));
    root.set("feedback", feedback(r.feedback()));
    root.set("coverage", coverage(r.coverage()));
    ArrayNode reminders = root.putArray("reminders");
    r.reminders().forEach(m -> reminders.add(reminder(m)));
    return root;
  }

  private static ObjectNode verdict(Verdict v) {
    ObjectNode n = NODES.objectNode();
    n.put("subject", v.subject());
    n.put("university", v.university());
    n.put("obligation", v.obligationId());
    n.put("clause", v.clause());
    n.put("strength", v.strength().name());
    n.put("basis", v.basis().code());
    n.put("status", v.status().name());
    n.put("required", v.required());
    n.put("achieved", v.achieved());
    strings(n.putArray("activities"), v.activityIds());
    strings(n.putArray("units"), v.unitIds());
    strings(n.putArray("feedback"), v.feedbackIds());
    strings(n.putArray("missing"), v.missing());
    ArrayNode excluded = n.putArray("excluded");
    for (ExcludedActivity e : v.excluded()) {
      ObjectNode x = excluded.addObject();
      x.put("activity", e.activityId());
      ArrayNode reasons = x.putArray("reasons");
      for (Exclusion reason : e.reasons()) {
        ObjectNode y = reasons.addObject();
        y.put("rule", reason.rule().name());
        y.set("explanation", explanation(reason.reason()));
      }
    }
    n.set("explanation", explanation(v.explanation()));
    return n;
  }

  private static ObjectNode finding(Finding f) {
    ObjectNode n = NODES.objectNode();
    n.put("rule", f.rule().name());
    n.put("severity", f.severity().name());
    n.put("subject", f.subject());
    strings(n.putArray("activities"), f.activityIds());
    n.put("state", f.state().name());
    n.set("explanation", explanation(f.explanation()));
    return n;
  }

  private static ObjectNode dossier(CadreDossier d) {
    ObjectNode n = NODES.objectNode();
    n.put("cadre", d.cadreId());
    n.put("name", d.name());
    n.put("tier", d.tier().name());
    n.put("unit", d.unitId());
    n.put("unit_name", d.unitName());
    n.put("title", d.title());
    n.put("party_member", d.partyMember());
    n.set("compliance", share(d.compliance()));
    ArrayNode terms = n.putArray("terms");
    for (DossierTerm t : d.terms()) {
      ObjectNode x = terms.addObject();
      x.put("term", t.termId());
      x.put("as_of", t.asOf().toString());
      x.set("compliance", share(t.compliance()));
      ArrayNode verdicts = x.putArray("verdicts");
      t.verdicts().forEach(v -> verdicts.add(verdict(v)));
      ArrayNode findings = x.putArray("findings");
      t.findings().forEach(f -> findings.add(finding(f)));
    }
    n.set("explanation", explanation(d.explanation()));
    return n;
  }

  private static ObjectNode checklist(DemocraticLifeChecklist c) {
    ObjectNode n = NODES.objectNode();
    n.put("team", c.team().name());
    n.put("unit", c.unitId());
    n.put("unit_name", c.unitName());
    n.put("university", c.university());
    ArrayNode members = n.putArray("members");
    for (ChecklistMember m : c.members()) {
      ObjectNode x = members.addObject();
      x.put("cadre", m.cadreId());
      x.put("name", m.name());
      x.put("title", m.title());
      ArrayNode items = x.putArray("items");
      for (ChecklistItem i : m.items()) {
        ObjectNode y = items.addObject();
        y.put("kind", i.kind().name());
        y.put("term", i.termId());
        y.put("reference", i.reference());
        y.put("clause", i.clause());
        strings(y.putArray("activities"), i.activityIds());
        y.set("explanation", explanation(i.explanation()));
      }
    }
    n.set("explanation", explanation(c.explanation()));
    return n;
  }

  private static ObjectNode row(ScorecardRow r) {
    ObjectNode n = NODES.objectNode();
    n.put("kind", r.kind().name());
    n.put("unit", r.unitId());
    n.put("name", r.name());
    n.put("university", r.university());
    n.set("obligations", share(r.obligations()));
    n.set("party_branches", share(r.partyBranches()));
    n.set("classes", share(r.classes()));
    n.set("explanation", explanation(r.explanation()));
    return n;
  }

  private static ObjectNode nominee(ExemplarNominee e) {
    ObjectNode n = NODES.objectNode();
    n.put("rank", e.rank());
    n.put("cadre", e.cadreId());
    n.put("name", e.name());
    n.put("unit", e.unitId());
    n.put("university", e.university());
    n.put("met", e.met());
    ArrayNode venues = n.putArray("venues");
    e.venues().forEach(v -> venues.add(v.name()));
    ArrayNode topics = n.putArray("topics");
    e.topics().forEach(t -> topics.add(t.name()));
    strings(n.putArray("contact_units"), e.contactUnitIds());
    n.put("activities", e.activities());
    n.put("breadth", e.breadth());
    n.set("explanation", explanation(e.explanation()));
    return n;
  }

  private static ObjectNode lead(AccountabilityLead l) {
    ObjectNode n = NODES.objectNode();
    n.put("kind", l.kind().name());
    n.put("label", l.kind().zh());
    n.put("subject", l.subject());
    n.put("name", l.name());
    n.put("university", l.university());
    ArrayNode evidence = n.putArray("evidence");
    for (Evidence e : l.evidence()) {
      ObjectNode x = evidence.addObject();
      x.put("kind", e.kind().name());
      x.put("term", e.termId());
      x.put("reference", e.reference());
      x.put("clause", e.clause());
      x.put("status", e.status());
      strings(x.putArray("activities"), e.activityIds());
      x.set("explanation", explanation(e.explanation()));
    }
    n.set("explanation", explanation(l.explanation()));
    return n;
  }

  private static ObjectNode feedback(FeedbackReport f) {
    ObjectNode n = NODES.objectNode();
    n.put("term", f.term().termId());
    n.put("as_of", f.asOf().toString());
    ObjectNode deadlines = n.putObject("deadlines");
    deadlines.put("acknowledge_working_days", f.deadlines().acknowledge());
    deadlines.put("close_working_days", f.deadlines().close());
    ArrayNode items = n.putArray("items");
    for (FeedbackItem i : f.items()) {
      ObjectNode x = items.addObject();
      x.put("feedback", i.feedback().feedbackId());
      x.put("channel", i.feedback().channel().name());
      x.put("unit", i.feedback().unitId());
      x.put("received_at", i.feedback().receivedAt().toString());
      x.put("acknowledged_at", i.feedback().acknowledgedAt().map(Object::toString).orElse(null));
      x.put("closed_at", i.feedback().closedAt().map(Object::toString).orElse(null));
      x.put("category", i.feedback().category());
      x.put("status", i.status().name());
      x.put("acknowledge_by", i.acknowledgeBy().toString());
      x.put("close_by", i.closeBy().toString());
      x.put("acknowledgement_late", i.acknowledgementLate());
      x.set("explanation", explanation(i.explanation()));
    }
    ArrayNode units = n.putArray("units");
    for (UnitFeedback u : f.units()) {
      ObjectNode x = units.addObject();
      x.put("unit", u.unitId());
      x.put("name", u.unitName());
      x.put("received", u.received());
      x.put("required", u.required());
      x.put("achieved", u.achieved());
      ObjectNode by = x.putObject("by_status");
      u.byStatus().forEach((status, count) -> by.put(status.name(), count));
      x.set("explanation", explanation(u.explanation()));
    }
    return n;
  }

  private static ObjectNode coverage(Coverage c) {
    ObjectNode n = NODES.objectNode();
    n.put("term", c.termId());
    n.put("as_of", c.asOf().toString());
    ArrayNode unlinked = n.putArray("unlinked");
    for (UnlinkedUnit u : c.unlinked()) {
      ObjectNode x = unlinked.addObject();
      x.put("contact_unit", u.contactUnitId());
      x.put("name", u.name());
      x.put("type", u.type().name());
      optional(x, "college", u.collegeId());
      x.put("university", u.university());
    }
    ArrayNode groups = n.putArray("groups");
    for (CoverageGroup g : c.groups()) {
      ObjectNode x = groups.addObject();
      x.put("type", g.type().name());
      optional(x, "college", g.collegeId());
      optional(x, "college_name", g.collegeName());
      x.put("unlinked", g.unlinked());
      x.put("total", g.total());
      strings(x.putArray("contact_units"), g.contactUnitIds());
    }
    ArrayNode suggestions = n.putArray("suggestions");
    for (SuggestedAssignment s : c.suggestions()) {
      ObjectNode x = suggestions.addObject();
      x.put("contact_unit", s.contactUnitId());
      x.put("cadre", s.cadreId());
      x.put("cadre_name", s.cadreName());
      x.set("explanation", explanation(s.explanation()));
    }
    strings(n.putArray("unplaced"), c.unplaced());
    n.set("explanation", explanation(c.explanation()));
    return n;
  }

  private static ObjectNode reminder(Reminder m) {
    ObjectNode n = NODES.objectNode();
    n.put("subject", m.subject());
    n.put("name", m.name());
    n.put("university", m.university());
    n.put("obligation", m.obligationId());
    n.put("clause", m.clause());
    n.set("title", explanation(m.title()));
    n.put("remaining", m.remaining());
    n.put("due_on", m.dueOn().toString());
    ArrayNode to = n.putArray("recipients");
    for (Recipient r : m.recipients()) {
      ObjectNode x = to.addObject();
      x.put("kind", r.kind().name());
      x.put("id", r.id());
      x.put("name", r.name());
    }
    n.set("explanation", explanation(m.explanation()));
    return n;
  }

  private static ObjectNode share(Share s) {
    ObjectNode n = NODES.objectNode();
    n.put("part", s.part());
    n.put("whole", s.whole());
    if (s.rate().isPresent()) {
      n.put("rate", s.rate().get());
    } else {
      n.putNull("rate");
    }
    return n;
  }

  private static void optional(ObjectNode n, String field, Optional<String> value) {
    if (value.isPresent()) {
      n.put(field, value.get());
    } else {
      n.putNull(field);
    }
  }

  private static void strings(ArrayNode array, Collection<String> values) {
    values.forEach(array::add);
  }

  private static ObjectNode explanation(Explanation x) {
    ObjectNode n = NODES.objectNode();
    n.put("zh", x.zh());
    n.put("en", x.en());
    return n;
  }
}
