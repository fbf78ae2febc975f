package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import org.lianxi.core.domain.Explanation;

/**
 * One item for self-examination (对照检查): a shortfall on a mandatory obligation, or a finding a
 * reviewer confirmed (弄虚作假). Immutable and thread-safe.
 *
 * @param kind shortfall or falsification
 * @param termId the term
 * @param reference the obligation id, or the integrity rule's name
 * @param clause the clause cited ({@code 四、4} for falsification)
 * @param activityIds the activities concerned (those that counted, or those confirmed)
 * @param explanation the verdict's or finding's explanation
 */
public record ChecklistItem(
    Kind kind,
    String termId,
    String reference,
    String clause,
    ImmutableList<String> activityIds,
    Explanation explanation) {

  /** What the item is. */
  public enum Kind {
    SHORTFALL("未达标", "shortfall"),
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
