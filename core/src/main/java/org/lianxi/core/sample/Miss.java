package org.lianxi.core.sample;

/** A deliberate shortfall, named by the obligation of SPEC §3 it breaks. */
enum Miss {
  WEEKLY_CONTACT("III.1.3-weekly-contact"),
  THEORY_LECTURE("III.1.1-theory-lecture"),
  LEADER_BRANCH_LIFE("III.1.2-branch-life"),
  LEADER_PARTY_LECTURE("III.1.2-party-lecture"),
  DEPT_ATTEND("III.2.1-attend"),
  FOCUS_STUDENT("III.2.2-focus-student"),
  NO_LINK("III.2.2-link"),
  FRONTLINE_DAYS("III.0-frontline-days"),
  COLLEGE_FIRST_LESSON("III.3.1-first-lesson"),
  ORIENTATION("III.3.1-orientation"),
  GRADUATION("III.3.1-graduation"),
  COLLEGE_BRANCH_LIFE("III.3.2-branch-life"),
  COLLEGE_PARTY_LECTURE("III.3.2-party-lecture"),
  HARDSHIP("III.3.3-hardship");

  final String obligation;

  Miss(String obligation) {
    this.obligation = obligation;
  }

  /** An academic-year quota: missed for the year, reported at the year's last term. */
  boolean yearly() {
    return this == LEADER_PARTY_LECTURE || this == COLLEGE_PARTY_LECTURE;
  }
}
