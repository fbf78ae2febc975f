package org.lianxi.core.evaluation;

import java.util.List;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.Severity;

/**
 * An integrity finding as the JSON report of SPEC §6 shows it: the integrity package maps its
 * findings to this view for the report. Immutable and thread-safe.
 *
 * @param rule the rule that raised it
 * @param severity its severity under the policy's settings
 * @param subject the cadre it concerns
 * @param activityIds the activities it names
 * @param state open, dismissed or confirmed
 * @param explanation why, in Chinese and English
 */
public record FindingView(
    IntegrityRule rule,
    Severity severity,
    String subject,
    List<String> activityIds,
    State state,
    Explanation explanation) {

  /** Where a finding stands after review. */
  public enum State {
    OPEN("待核查", "open"),
    DISMISSED("已排除", "dismissed"),
    CONFIRMED("已认定", "confirmed");

    private final String zh;
    private final String en;

    State(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }

    /** The Chinese name. */
    public String zh() {
      return zh;
    }

    /** The English name. */
    public String en() {
      return en;
    }
  }

  public FindingView {
    String where = "FindingView";
    LianxiException.check(rule != null, where, "rule", null, "must not be null");
    LianxiException.check(severity != null, where, "severity", null, "must not be null");
    LianxiException.requireNonBlank(where, "subject", subject);
    activityIds = List.copyOf(activityIds);
    LianxiException.check(state != null, where, "state", null, "must not be null");
    LianxiException.check(explanation != null, where, "explanation", null, "must not be null");
  }
}
