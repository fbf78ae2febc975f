package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import org.lianxi.core.domain.Explanation;

/**
 * 追责问责线索 (SPEC §3, 四、4), for the discipline office to follow up — a lead, not a finding of guilt.
 * Exactly two kinds, each citing its evidence:
 *
 * <ul>
 *   <li>{@code NOT_IN_PLACE} (不到位): a {@code SHORTFALL} in the term on a {@code MANDATORY}
 *       obligation whose basis is literal; or on a {@code MANDATORY} interpretation obligation when
 *       the subject's previous due verdict on the same obligation (the latest earlier term in which
 *       it was {@code MET} or {@code SHORTFALL}; for seasonal obligations that is the previous term
 *       of the season, for academic-year quotas the previous year) was a {@code SHORTFALL} too —
 *       two consecutive terms. Subjects are cadres, or units for the feedback obligations.
 *   <li>{@code FALSIFICATION} (弄虚作假): a finding of the term a reviewer confirmed.
 * </ul>
 *
 * {@code RECOMMENDED} obligations and unconfirmed suspicions never give a lead. Immutable and
 * thread-safe.
 *
 * @param kind 不到位 or 弄虚作假
 * @param subject the cadre id (or unit id for feedback obligations)
 * @param name the subject's name
 * @param university the subject's university
 * @param evidence the verdicts (latest first) or the finding
 * @param explanation the lead in Chinese and English
 */
public record AccountabilityLead(
    Kind kind,
    String subject,
    String name,
    String university,
    ImmutableList<Evidence> evidence,
    Explanation explanation) {

  /** The two kinds of lead the policy names. */
  public enum Kind {
    NOT_IN_PLACE("不到位", "not in place"),
    FALSIFICATION("弄虚作假", "falsification");

    private final String zh;
    private final String en;

    Kind(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }

    public String zh() {
      return zh;
    }

    public String en() {
      return en;
    }
  }
}
