package org.lianxi.core.report;

import org.lianxi.core.domain.Explanation;

/**
 * One row of the party-building scorecard (纳入抓党建述职评议考核, SPEC §3, 四、4): for the university, a
 * college, or the functional departments together (under the 机关党委). Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@code obligations}: verdicts {@code MET} out of verdicts {@code MET} or {@code SHORTFALL}
 *       of the row's cadres and units (the university: all of them; a college: its leaders and its
 *       own feedback verdict; the functional departments: their cadres and their feedback
 *       verdicts).
 *   <li>{@code partyBranches}, {@code classes}: student party branches and classes linked to a
 *       cadre (an assignment counting for the term) out of those the row answers for: the
 *       university's all, linked to any cadre; a college's own, linked to any cadre; for the
 *       functional departments, the university's all, linked to a functional-department cadre.
 * </ul>
 *
 * @param kind university, college or functional departments
 * @param unitId the university or college id (the university's id for the functional departments)
 * @param name the row's name
 * @param university the university it belongs to
 * @param obligations verdicts met out of verdicts due
 * @param partyBranches student party branches linked out of those counted
 * @param classes classes linked out of those counted
 * @param explanation the row in Chinese and English
 */
public record ScorecardRow(
    Kind kind,
    String unitId,
    String name,
    String university,
    Share obligations,
    Share partyBranches,
    Share classes,
    Explanation explanation) {

  /** What a row stands for. */
  public enum Kind {
    UNIVERSITY("学校", "university"),
    COLLEGE("学院（部）", "college"),
    FUNCTIONAL_DEPARTMENTS("职能部门（机关党委）", "functional departments");

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
