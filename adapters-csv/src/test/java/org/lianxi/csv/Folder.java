package org.lianxi.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small, valid dataset folder as literal CSV text (one university, a department, a college, two
 * cadres, two contact units, a term, activities ...); tests replace or break single files.
 */
final class Folder {
  static final String ORG_UNITS =
      """
      unit_id,name,kind,tags
      U,苏州大学,UNIVERSITY,
      XG,学生工作部(处),FUNCTIONAL_DEPARTMENT,student-work;hotline;listed-department
      CS,计算机科学与技术学院,COLLEGE,
      """;
  static final String CADRES =
      """
      cadre_id,name,tier,unit_id,title,principal,party_member,branch_secretary
      C001,王校长,UNIVERSITY_LEADERSHIP,U,校长,true,true,false
      C002,李处长,FUNCTIONAL_DEPARTMENT,XG,处长,true,true,false
      """;
  static final String CONTACT_UNITS =
      """
      contact_unit_id,type,name,college_id,level,size,tags
      K1,CLASS,计科2024级1班,CS,UNDERGRADUATE,32,freshman
      K2,PARTY_BRANCH,本科生第一党支部,CS,,15,
      K3,ASSOCIATION,"青年志愿者协会, 校级",,,120,
      """;
  static final String ASSIGNMENTS =
      """
      cadre_id,contact_unit_id,valid_from,valid_to
      C001,K1,2024-09-01,
      C001,K2,2024-09-01,2025-01-31
      C002,K3,2024-09-01,
      """;
  static final String TERMS =
      """
      term_id,academic_year,season,starts_on,ends_on,opens_on
      2024-2025-1,2024-2025,AUTUMN,2024-09-02,2025-01-12,2024-08-31
      2024-2025-2,2024-2025,SPRING,2025-02-17,2025-06-29,
      """;
  static final String BREAKS =
      """
      starts_on,ends_on,name
      2024-10-01,2024-10-07,国庆节
      """;
  static final String WORKDAYS =
      """
      date,workday,name
      2024-10-01,false,国庆节
      2024-10-12,true,国庆调休
      """;
  static final String ABSENCES =
      """
      cadre_id,starts_on,ends_on,reason
      C002,2024-11-04,2024-11-08,出差
      """;
  static final String ACTIVITIES =
      """
      activity_id,cadre_id,type,start,minutes,contact_unit_id,venue,topics,participants,evidence,recorded_at
      A1,C001,THEORY_LECTURE,2024-09-10T08:00,90,K1,CLASSROOM,IDEOLOGY,32,照片1.jpg,2024-09-10T10:00
      A2,C001,DORM_VISIT,2024-09-11T19:00,60,K1,DORMITORY,IDEOLOGY;PSYCHOLOGY,,,2024-09-11T21:00:30
      A3,C002,HEART_TO_HEART,2024-09-12T15:00,45,,OTHER,,1,,2024-09-12T16:00
      """;
  static final String FEEDBACK =
      """
      feedback_id,channel,unit_id,received_at,acknowledged_at,closed_at,category
      F1,HOTLINE,XG,2024-09-20T09:00,2024-09-20T11:00,2024-09-25T17:00,宿舍
      F2,MAILBOX,CS,2024-10-08T10:00,,,
      """;
  static final String REVIEWS =
      """
      activity_id,rule,decision,reviewer,reviewed_at,reason
      A3,LATE_ENTRY,DISMISS,纪委张三,2024-10-01T09:00,补录有说明
      """;

  private final Map<String, String> files = new LinkedHashMap<>();

  private Folder() {
    files.put("org_units.csv", ORG_UNITS);
    files.put("cadres.csv", CADRES);
    files.put("contact_units.csv", CONTACT_UNITS);
    files.put("assignments.csv", ASSIGNMENTS);
    files.put("terms.csv", TERMS);
    files.put("breaks.csv", BREAKS);
    files.put("workdays.csv", WORKDAYS);
    files.put("absences.csv", ABSENCES);
    files.put("activities.csv", ACTIVITIES);
    files.put("feedback.csv", FEEDBACK);
    files.put("reviews.csv", REVIEWS);
  }

  /** The valid folder. */
  static Folder valid() {
    return new Folder();
  }

  /** This folder with one file's text replaced. */
  Folder with(String file, String text) {
    files.put(file, text);
    return this;
  }

  /** This folder with one line of a file replaced (line 1 is the header). */
  Folder withLine(String file, int line, String text) {
    String[] lines = files.get(file).split("\n", -1);
    lines[line - 1] = text;
    files.put(file, String.join("\n", lines));
    return this;
  }

  /** This folder with a line appended to a file. */
  Folder plus(String file, String line) {
    files.put(file, files.get(file) + line + "\n");
    return this;
  }

  /** This folder without a file. */
  Folder without(String file) {
    files.remove(file);
    return this;
  }

  String text(String file) {
    return files.get(file);
  }

  /** Writes the files into a new folder under {@code parent}, in UTF-8. */
  Path writeTo(Path parent) {
    return writeTo(parent, StandardCharsets.UTF_8);
  }

  /** Writes the files into a new folder under {@code parent}, in the given encoding. */
  Path writeTo(Path parent, Charset charset) {
    try {
      Path dir = Files.createTempDirectory(parent, "folder");
      for (var e : files.entrySet()) {
        Files.write(dir.resolve(e.getKey()), e.getValue().getBytes(charset));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
