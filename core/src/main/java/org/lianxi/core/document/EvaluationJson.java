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
import java.util.List;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.evaluation.Evaluation;
import org.lianxi.core.evaluation.FindingView;
import org.lianxi.core.evaluation.Verdict;

/**
 * The JSON report of SPEC §6: one object with {@code policy} ({@code id}, {@code version}, {@code
 * sha256}), {@code term}, {@code as_of}, {@code verdicts} (subject, obligation, clause, strength,
 * basis, status, required, achieved, activities, explanation) and {@code findings} (rule, severity,
 * subject, activities, state, explanation). Basis is written in lower case ({@code literal}); the
 * other codes as their upper-case names. UTF-8, pretty-printed. Stateless and thread-safe.
 */
public final class EvaluationJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER =
      JsonMapper.builder().build().writerWithDefaultPrettyPrinter();

  private EvaluationJson() {}

  /** The report as a string. */
  public static String toJson(Evaluation evaluation, List<FindingView> findings) {
    try {
      return WRITER.writeValueAsString(tree(evaluation, findings)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a report tree always serialises", e);
    }
  }

  /** Writes the report to {@code out} in UTF-8 (the stream is not closed). */
  public static void write(Evaluation evaluation, List<FindingView> findings, OutputStream out) {
    try {
      out.write(toJson(evaluation, findings).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode tree(Evaluation e, List<FindingView> findings) {
    ObjectNode root = NODES.objectNode();
    ObjectNode policy = root.putObject("policy");
    policy.put("id", e.policyId());
    policy.put("version", e.policyVersion());
    policy.put("sha256", e.policyHash());
    root.put("term", e.termId());
    root.put("as_of", e.asOf().toString());
    ArrayNode verdicts = root.putArray("verdicts");
    for (Verdict v : e.verdicts()) {
      ObjectNode n = verdicts.addObject();
      n.put("subject", v.subject());
      n.put("obligation", v.obligationId());
      n.put("clause", v.clause());
      n.put("strength", v.strength().name());
      n.put("basis", v.basis().code());
      n.put("status", v.status().name());
      n.put("required", v.required());
      n.put("achieved", v.achieved());
      ArrayNode activities = n.putArray("activities");
      v.activityIds().forEach(activities::add);
      n.set("explanation", explanation(v.explanation()));
    }
    ArrayNode out = root.putArray("findings");
    for (FindingView f : findings) {
      ObjectNode n = out.addObject();
      n.put("rule", f.rule().name());
      n.put("severity", f.severity().name());
      n.put("subject", f.subject());
      ArrayNode activities = n.putArray("activities");
      f.activityIds().forEach(activities::add);
      n.put("state", f.state().name());
      n.set("explanation", explanation(f.explanation()));
    }
    return root;
  }

  private static ObjectNode explanation(Explanation x) {
    ObjectNode n = NODES.objectNode();
    n.put("zh", x.zh());
    n.put("en", x.en());
    return n;
  }
}
