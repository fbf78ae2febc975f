package org.lianxi.examples.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.calendar.IsoWeek;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Term;
import org.lianxi.core.evaluation.Evaluation;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.integrity.Finding;
import org.lianxi.core.integrity.IntegrityReport;
import org.postgresql.PGConnection;

/**
 * What a campus IT team would write instead of the engine: the facts and calendar tables (teaching
 * weeks, their Monday–Friday days, the term's days, standard working days, generated from the same
 * {@link AcademicCalendar}) written as CSV and loaded into a SQL database, then {@code GROUP BY}
 * queries for {@code III.1.3-weekly-contact}, {@code III.1.1-theory-lecture}, {@code
 * III.0-frontline-days} and the {@code OVERLAP} pairs, following SPEC §3.1 (in person, term window
 * from {@code opens_on}, exact duplicates once, superseded records out, excused weeks, absences)
 * but without integrity exclusions: compare with an engine run with {@code Exclusions.none()}. The
 * as-of day is the term's last day. Not thread-safe (one connection).
 */
final class SqlBaseline {
  static final List<String> OBLIGATIONS =
      List.of("III.1.3-weekly-contact", "III.1.1-theory-lecture", "III.0-frontline-days");

  /** One verdict as both sides report it. */
  record Row(String subject, String obligation, String status, int required, int achieved)
      implements Comparable<Row> {
    @Override
    public int compareTo(Row o) {
      int c = subject.compareTo(o.subject);
      return c != 0 ? c : obligation.compareTo(o.obligation);
    }
  }

  /** One OVERLAP pair, ids in order. */
  record Pair(String cadre, String first, String second) implements Comparable<Pair> {
    static Pair of(String cadre, String a, String b) {
      return a.compareTo(b) <= 0 ? new Pair(cadre, a, b) : new Pair(cadre, b, a);
    }

    @Override
    public int compareTo(Pair o) {
      int c = cadre.compareTo(o.cadre);
      if (c == 0) {
        c = first.compareTo(o.first);
      }
      return c != 0 ? c : second.compareTo(o.second);
    }
  }

  enum Db {
    DUCKDB,
    POSTGRES
  }

  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  static final List<String> TABLES =
      List.of(
          "org_unit_tag",
          "cadre",
          "activity",
          "absence",
          "term_window",
          "term_day",
          "teaching_week",
          "week_weekday",
          "standard_day");

  private static final String DDL =
      "CREATE TABLE org_unit_tag (unit_id VARCHAR(64), tag VARCHAR(64));\n"
          + "CREATE TABLE cadre (cadre_id VARCHAR(64), tier VARCHAR(32), unit_id VARCHAR(64));\n"
          + "CREATE TABLE activity (activity_id VARCHAR(64), cadre_id VARCHAR(64),"
          + " type VARCHAR(32), start_at TIMESTAMP, end_at TIMESTAMP, minutes INTEGER,"
          + " contact_unit_id VARCHAR(64), venue VARCHAR(32), recorded_at TIMESTAMP,"
          + " supersedes VARCHAR(64));\n"
          + "CREATE TABLE absence (cadre_id VARCHAR(64), starts_on DATE, ends_on DATE);\n"
          + "CREATE TABLE term_window (opens_on DATE, starts_on DATE, ends_on DATE, as_of DATE);\n"
          + "CREATE TABLE term_day (day DATE);\n"
          + "CREATE TABLE teaching_week (week_no INTEGER, monday DATE, sunday DATE);\n"
          + "CREATE TABLE week_weekday (week_no INTEGER, day DATE);\n"
          + "CREATE TABLE standard_day (day DATE);";

  private SqlBaseline() {}

  /** Writes the tables as CSV files (header, no quoting needed: ids and enums only). */
  static long writeTables(Dataset d, String termId, LocalDate asOf, Path dir) {
    try {
      Files.createDirectories(dir);
      AcademicCalendar cal =
          AcademicCalendar.builder()
              .terms(d.terms())
              .breaks(d.breaks())
              .workdays(d.workdays())
              .clock(Clock.systemUTC())
              .build();
      Term term = cal.requireTerm(termId);
      long rows = 0;
      try (BufferedWriter w = open(dir, "org_unit_tag", "unit_id,tag")) {
        for (OrgUnit u : d.orgUnits()) {
          for (String tag : u.tags()) {
            w.write(u.unitId() + "," + tag + "\n");
            rows++;
          }
        }
      }
      try (BufferedWriter w = open(dir, "cadre", "cadre_id,tier,unit_id")) {
        for (Cadre c : d.cadres()) {
          w.write(c.cadreId() + "," + c.tier().name() + "," + c.unitId() + "\n");
          rows++;
        }
      }
      try (BufferedWriter w =
          open(
              dir,
              "activity",
              "activity_id,cadre_id,type,start_at,end_at,minutes,contact_unit_id,venue,"
                  + "recorded_at,supersedes")) {
        StringBuilder b = new StringBuilder(200);
        for (Activity a : d.activities()) {
          b.setLength(0);
          b.append(a.activityId()).append(',').append(a.cadreId()).append(',');
          b.append(a.type().name()).append(',').append(ts(a.start())).append(',');
          b.append(ts(a.end())).append(',').append(a.minutes()).append(',');
          b.append(a.contactUnitId().orElse("")).append(',').append(a.venue().name());
          b.append(',').append(ts(a.recordedAt())).append(',');
          b.append(a.supersedes().orElse("")).append('\n');
          w.append(b);
          rows++;
        }
      }
      try (BufferedWriter w = open(dir, "absence", "cadre_id,starts_on,ends_on")) {
        for (Absence a : d.absences()) {
          w.write(a.cadreId() + "," + a.startsOn() + "," + a.endsOn() + "\n");
          rows++;
        }
      }
      try (BufferedWriter w = open(dir, "term_window", "opens_on,starts_on,ends_on,as_of")) {
        w.write(term.opensOn() + "," + term.startsOn() + "," + term.endsOn() + "," + asOf + "\n");
      }
      try (BufferedWriter w = open(dir, "term_day", "day")) {
        for (LocalDate x = term.startsOn(); !x.isAfter(term.endsOn()); x = x.plusDays(1)) {
          w.write(x + "\n");
        }
      }
      List<IsoWeek> weeks = cal.teachingWeeks(term);
      try (BufferedWriter w = open(dir, "teaching_week", "week_no,monday,sunday");
          BufferedWriter ww = open(dir, "week_weekday", "week_no,day")) {
        for (int i = 0; i < weeks.size(); i++) {
          IsoWeek k = weeks.get(i);
          w.write(i + "," + k.monday() + "," + k.sunday() + "\n");
          for (LocalDate x = k.monday(); !x.isAfter(k.friday()); x = x.plusDays(1)) {
            ww.write(i + "," + x + "\n");
          }
        }
      }
      try (BufferedWriter w = open(dir, "standard_day", "day")) {
        for (LocalDate x : cal.standardWorkingDays(term, List.of(), asOf)) {
          w.write(x + "\n");
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedWriter open(Path dir, String table, String header) throws IOException {
    BufferedWriter w = Files.newBufferedWriter(dir.resolve(table + ".csv"), StandardCharsets.UTF_8);
    w.write(header + "\n");
    return w;
  }

  private static String ts(LocalDateTime t) {
    return TS.format(t);
  }

  /** Drops and creates the tables, loads the CSV files (COPY), and analyses them. */
  static void load(Connection c, Db db, Path dir) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String t : TABLES) {
        s.execute("DROP TABLE IF EXISTS " + t);
      }
      for (String ddl : DDL.split(";\n?")) {
        if (!ddl.isBlank()) {
          s.execute(ddl);
        }
      }
      for (String t : TABLES) {
        Path f = dir.resolve(t + ".csv").toAbsolutePath();
        if (db == Db.DUCKDB) {
          s.execute("COPY " + t + " FROM '" + f + "' (FORMAT csv, HEADER true)");
        } else {
          try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            c.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY " + t + " FROM STDIN WITH (FORMAT csv, HEADER true)", r);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      if (db == Db.POSTGRES) {
        s.execute("CREATE INDEX activity_cadre ON activity (cadre_id, start_at)");
        s.execute("CREATE INDEX activity_supersedes ON activity (supersedes)");
        s.execute("CREATE INDEX absence_cadre ON absence (cadre_id)");
        s.execute("ANALYZE");
      }
    }
  }

  /** Live activities: not superseded, starting by the end of the as-of day. */
  private static final String LIVE =
      "live AS (SELECT a.*, CAST(a.start_at AS DATE) AS day FROM activity a, term_window t"
          + " WHERE CAST(a.start_at AS DATE) <= t.as_of"
          + " AND NOT EXISTS (SELECT 1 FROM activity s WHERE s.supersedes = a.activity_id))";

  /** Counting activities: live, in the term window, the first recorded copy of duplicates. */
  private static final String COUNTED =
      LIVE
          + ", numbered AS (SELECT l.*, ROW_NUMBER() OVER (PARTITION BY cadre_id, type,"
          + " contact_unit_id, start_at, minutes ORDER BY recorded_at, activity_id) AS copy_no"
          + " FROM live l)"
          + ", counted AS (SELECT n.* FROM numbered n, term_window t WHERE n.copy_no = 1"
          + " AND n.day BETWEEN t.opens_on AND t.as_of)";

  static final String WEEKLY =
      "WITH "
          + COUNTED
          + ", excused AS (SELECT b.cadre_id, ww.week_no FROM week_weekday ww"
          + " JOIN absence b ON ww.day BETWEEN b.starts_on AND b.ends_on"
          + " GROUP BY b.cadre_id, ww.week_no HAVING COUNT(DISTINCT ww.day) = 5)"
          + ", contact AS (SELECT DISTINCT c.cadre_id, w.week_no FROM counted c"
          + " JOIN teaching_week w ON c.day BETWEEN w.monday AND w.sunday"
          + " WHERE c.venue <> 'ONLINE' AND c.type <> 'ONLINE_ENGAGEMENT')"
          + ", per AS (SELECT l.cadre_id,"
          + " SUM(CASE WHEN e.week_no IS NULL THEN 1 ELSE 0 END) AS open_weeks,"
          + " SUM(CASE WHEN e.week_no IS NULL AND w.sunday <= t.as_of THEN 1 ELSE 0 END) AS req,"
          + " SUM(CASE WHEN e.week_no IS NULL AND w.sunday <= t.as_of AND k.week_no IS NOT NULL"
          + " THEN 1 ELSE 0 END) AS ach"
          + " FROM cadre l CROSS JOIN teaching_week w CROSS JOIN term_window t"
          + " LEFT JOIN excused e ON e.cadre_id = l.cadre_id AND e.week_no = w.week_no"
          + " LEFT JOIN contact k ON k.cadre_id = l.cadre_id AND k.week_no = w.week_no"
          + " WHERE l.tier = 'UNIVERSITY_LEADERSHIP' GROUP BY l.cadre_id)"
          + " SELECT cadre_id, 'III.1.3-weekly-contact',"
          + " CASE WHEN open_weeks = 0 THEN 'EXEMPT' WHEN req = 0 THEN 'PENDING'"
          + " WHEN ach = req THEN 'MET' ELSE 'SHORTFALL' END,"
          + " CASE WHEN open_weeks = 0 THEN 0 WHEN req = 0 THEN open_weeks ELSE req END,"
          + " CASE WHEN open_weeks = 0 THEN 0 ELSE ach END FROM per";

  static final String THEORY_LECTURE =
      "WITH "
          + COUNTED
          + ", absent_all AS (SELECT b.cadre_id FROM term_day d"
          + " JOIN absence b ON d.day BETWEEN b.starts_on AND b.ends_on GROUP BY b.cadre_id"
          + " HAVING COUNT(DISTINCT d.day) = (SELECT COUNT(*) FROM term_day))"
          + ", n AS (SELECT cadre_id, COUNT(*) AS n FROM counted WHERE type = 'THEORY_LECTURE'"
          + " GROUP BY cadre_id)"
          + " SELECT l.cadre_id, 'III.1.1-theory-lecture',"
          + " CASE WHEN x.cadre_id IS NOT NULL THEN 'EXEMPT'"
          + " WHEN COALESCE(n.n, 0) >= 1 THEN 'MET' ELSE 'SHORTFALL' END,"
          + " CASE WHEN x.cadre_id IS NOT NULL THEN 0 ELSE 1 END,"
          + " CASE WHEN x.cadre_id IS NOT NULL THEN 0 ELSE COALESCE(n.n, 0) END"
          + " FROM cadre l LEFT JOIN absent_all x ON x.cadre_id = l.cadre_id"
          + " LEFT JOIN n ON n.cadre_id = l.cadre_id WHERE l.tier = 'UNIVERSITY_LEADERSHIP'";

  static final String FRONTLINE =
      "WITH "
          + COUNTED
          + ", fl AS (SELECT DISTINCT c.cadre_id FROM cadre c JOIN org_unit_tag g"
          + " ON g.unit_id = c.unit_id WHERE g.tag IN ('party-work', 'student-work'))"
          + ", std AS (SELECT f.cadre_id, s.day FROM fl f CROSS JOIN standard_day s"
          + " WHERE NOT EXISTS (SELECT 1 FROM absence b WHERE b.cadre_id = f.cadre_id"
          + " AND s.day BETWEEN b.starts_on AND b.ends_on))"
          + ", active AS (SELECT DISTINCT cadre_id, day FROM counted)"
          + ", per AS (SELECT f.cadre_id, COUNT(s.day) AS total,"
          + " COUNT(a.day) AS ach FROM fl f LEFT JOIN std s ON s.cadre_id = f.cadre_id"
          + " LEFT JOIN active a ON a.cadre_id = s.cadre_id AND a.day = s.day"
          + " GROUP BY f.cadre_id)"
          + " SELECT cadre_id, 'III.0-frontline-days',"
          + " CASE WHEN total = 0 THEN 'EXEMPT' WHEN ach >= (total + 1) / 2 THEN 'MET'"
          + " ELSE 'SHORTFALL' END,"
          + " CASE WHEN total = 0 THEN 0 ELSE (total + 1) / 2 END,"
          + " CASE WHEN total = 0 THEN 0 ELSE ach END FROM per";

  static final String OVERLAP =
      "WITH "
          + LIVE
          + " SELECT a.cadre_id, a.activity_id, b.activity_id FROM live a JOIN live b"
          + " ON a.cadre_id = b.cadre_id AND a.activity_id < b.activity_id"
          + " AND a.start_at < b.end_at AND b.start_at < a.end_at"
          + " WHERE NOT (a.type = b.type AND a.start_at = b.start_at AND a.minutes = b.minutes"
          + " AND COALESCE(a.contact_unit_id, '') = COALESCE(b.contact_unit_id, ''))";

  /** The three obligations' verdicts, sorted. */
  static TreeSet<Row> verdicts(Connection c) throws SQLException {
    TreeSet<Row> rows = new TreeSet<>();
    try (Statement s = c.createStatement()) {
      for (String q : List.of(WEEKLY, THEORY_LECTURE, FRONTLINE)) {
        try (ResultSet r = s.executeQuery(q)) {
          while (r.next()) {
            rows.add(
                new Row(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getInt(5)));
          }
        }
      }
    }
    return rows;
  }

  /** The OVERLAP pairs, sorted. */
  static TreeSet<Pair> overlaps(Connection c) throws SQLException {
    TreeSet<Pair> pairs = new TreeSet<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(OVERLAP)) {
      while (r.next()) {
        pairs.add(Pair.of(r.getString(1), r.getString(2), r.getString(3)));
      }
    }
    return pairs;
  }

  /** The engine's verdicts of the same obligations. */
  static TreeSet<Row> engineRows(Evaluation e) {
    TreeSet<Row> rows = new TreeSet<>();
    for (Verdict v : e.verdicts()) {
      if (OBLIGATIONS.contains(v.obligationId())) {
        rows.add(
            new Row(v.subject(), v.obligationId(), v.status().name(), v.required(), v.achieved()));
      }
    }
    return rows;
  }

  /** The engine's OVERLAP pairs. */
  static TreeSet<Pair> enginePairs(IntegrityReport report) {
    TreeSet<Pair> pairs = new TreeSet<>();
    for (Finding f : report.findingsOf(IntegrityRule.OVERLAP)) {
      List<String> ids = new ArrayList<>(f.activityIds());
      pairs.add(Pair.of(f.subject(), ids.get(0), ids.get(1)));
    }
    return pairs;
  }

  /** A short description of the first differences, or empty when equal. */
  static <T extends Comparable<T>> String diff(TreeSet<T> engine, TreeSet<T> sql) {
    if (engine.equals(sql)) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    int shown = 0;
    for (T t : engine) {
      if (!sql.contains(t) && shown++ < 5) {
        b.append("engine only: ").append(t).append('\n');
      }
    }
    shown = 0;
    for (T t : sql) {
      if (!engine.contains(t) && shown++ < 5) {
        b.append("sql only: ").append(t).append('\n');
      }
    }
    return b.append("engine ").append(engine.size()).append(", sql ").append(sql.size()).toString();
  }
}
