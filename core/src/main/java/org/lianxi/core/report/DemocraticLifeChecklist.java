package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import org.lianxi.core.domain.Explanation;

/**
 * 纳入民主生活会对照检查 (SPEC §3, 四、4): per leadership team — the university team, each college team — each
 * Party member's shortfalls on mandatory obligations and confirmed findings of the term as items
 * for self-examination; per functional department, its Party-member cadres' items for the
 * department branch's 组织生活会. Members without items are listed with none. Non-members are not
 * listed. Immutable and thread-safe.
 *
 * @param team which meeting
 * @param unitId the university, college or department
 * @param unitName its name
 * @param university the university it belongs to
 * @param members the Party members, by cadre id
 * @param explanation a summary in Chinese and English
 */
public record DemocraticLifeChecklist(
    Team team,
    String unitId,
    String unitName,
    String university,
    ImmutableList<ChecklistMember> members,
    Explanation explanation) {

  /** The team and the meeting it examines itself at. */
  public enum Team {
    UNIVERSITY_TEAM("校领导班子民主生活会", "university leadership team's democratic-life meeting"),
    COLLEGE_TEAM("学院（部）领导班子民主生活会", "college leadership team's democratic-life meeting"),
    DEPARTMENT_BRANCH("职能部门党支部组织生活会", "functional department branch's organisational-life meeting");

    private final String zh;
    private final String en;

    Team(String zh, String en) {
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
