package org.lianxi.core.domain;

/** Recorded engagement types (SPEC §2). */
public enum ActivityType {
  THEORY_LECTURE("思想政治理论课/形势政策课", "ideological and political theory or current-affairs lecture"),
  FIRST_LESSON("大学第一课", "first lesson of university"),
  FACE_TO_FACE("面对面交流", "face-to-face exchange"),
  DORM_VISIT("走访宿舍", "dormitory visit"),
  CANTEEN_VISIT("走访食堂", "canteen visit"),
  CLASS_OBSERVATION("听课", "class observation"),
  STUDENT_FORUM("学生议校座谈会/学生座谈会", "student forum"),
  GRADUATE_FORUM("毕业生恳谈会", "graduate forum"),
  LEADER_MEAL("校领导午(晚)餐会", "leaders' lunch or dinner with students"),
  PARTY_DAY("主题党日", "party theme day"),
  LEAGUE_DAY("主题团日", "league theme day"),
  ORGANIZATIONAL_LIFE("组织生活会", "organisational-life meeting"),
  PARTY_LECTURE("党课宣讲/专题报告", "party lecture or special report"),
  CLASS_MEETING("班会/主题班会", "class meeting"),
  HEART_TO_HEART("谈心谈话", "heart-to-heart talk"),
  ORIENTATION("新生入学教育", "freshman orientation"),
  GRADUATION_EVENT("毕业季主题活动", "graduation-season event"),
  HARDSHIP_SUPPORT("困难学生帮扶/帮扶指导", "support for students in hardship"),
  RESEARCH_VISIT("走访调研", "research visit"),
  ASSOCIATION_EVENT("社团活动/文体竞赛", "association event or competition"),
  ONLINE_ENGAGEMENT("微博/微信/微视频", "online engagement"),
  OTHER("其他", "other");

  private final String zh;
  private final String en;

  ActivityType(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** The Chinese name, as the policy text says it. */
  public String zh() {
    return zh;
  }

  /** The English name. */
  public String en() {
    return en;
  }
}
