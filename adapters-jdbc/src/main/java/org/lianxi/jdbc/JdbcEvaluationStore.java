package org.lianxi.jdbc;

import static org.lianxi.jdbc.Column.date;
import static org.lianxi.jdbc.Column.integer;
import static org.lianxi.jdbc.Column.text;
import static org.lianxi.jdbc.Column.time;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.Severity;
import org.lianxi.core.evaluation.Evaluation;
import org.lianxi.core.evaluation.ExcludedActivity;
import org.lianxi.core.evaluation.Exclusion;
import org.lianxi.core.evaluation.FindingView;
import org.lianxi.core.evaluation.Status;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.policy.Basis;
import org.lianxi.core.policy.Strength;

/**
 * Evaluations kept in the database with their policy (id, version, content hash), term, as-of day
 * and evaluation time, and optionally the term's integrity findings: so that a cadre's dossier
 * across terms (纳入干部任用) comes from the database. Every save is kept (a history of what was said and
 * when); {@link #dossier} picks the latest per policy and term. Get one from {@link
 * JdbcLianxi#evaluations()}.
 *
 * <p>{@code evaluatedAt} is stored in UTC to the second; an evaluation loaded back equals the one
 * saved ({@link Evaluation} equality ignores {@code evaluatedAt}). Thread-safe when its {@link
 * JdbcLianxi} is built over a DataSource (saves take the chain head lock and follow one another); a
 * store from a {@link JdbcLianxi#joining joined} view is confined to the host's thread.
 */
public final class JdbcEvaluationStore {
  private static final int LONG = 1_000_000;

  /**
   * A stored evaluation's header. Immutable and thread-safe.
   *
   * @param id the id the store gave it (1, 2, ... in order of saving)
   * @param policyId the policy's id
   * @param policyVersion the policy's version
   * @param policyHash the policy's content hash
   * @param termId the term evaluated
   * @param asOf the as-of day
   * @param evaluatedAt when it was evaluated (to the second)
   * @param verdicts how many verdicts it holds
   */
  public record Stored(
      long id,
      String policyId,
      String policyVersion,
      String policyHash,
      String termId,
      LocalDate asOf,
      Instant evaluatedAt,
      int verdicts) {}

  /**
   * One subject's (a cadre's, or a unit's) part of one stored evaluation: its verdicts in policy
   * order and the findings about it. Immutable and thread-safe.
   *
   * @param evaluation the stored evaluation
   * @param verdicts the subject's verdicts
   * @param findings the stored findings whose subject it is
   */
  public record SubjectTerm(Stored evaluation, List<Verdict> verdicts, List<FindingView> findings) {
    public SubjectTerm {
      verdicts = List.copyOf(verdicts);
      findings = List.copyOf(findings);
    }
  }

  private static final List<Column> HEADER =
      List.of(
          text("policy_id", FactTables.ID),
          text("policy_version", FactTables.ID),
          text("policy_hash", 64),
          text("term_id", FactTables.ID),
          date("as_of"),
          time("evaluated_at"));

  private static final List<Column> VERDICT =
      List.of(
          text("subject", FactTables.ID),
          text("university", FactTables.ID),
          text("obligation_id", FactTables.ID),
          text("clause", FactTables.NAME),
          text("strength", FactTables.ENUM),
          text("basis", FactTables.ENUM),
          text("status", FactTables.ENUM),
          integer("required_count"),
          integer("achieved_count"),
          text("activity_ids", LONG),
          text("unit_ids", LONG),
          text("feedback_ids", LONG),
          text("missing", LONG),
          text("explanation_zh", LONG),
          text("explanation_en", LONG));

  private static final List<Column> EXCLUSION =
      List.of(
          text("activity_id", FactTables.ID),
          integer("reason_pos"),
          text("rule", FactTables.ENUM),
          text("reason_zh", LONG),
          text("reason_en", LONG));

  private static final List<Column> FINDING =
      List.of(
          text("rule", FactTables.ENUM),
          text("severity", FactTables.ENUM),
          text("subject", FactTables.ID),
          text("activity_ids", LONG),
          text("state", FactTables.ENUM),
          text("explanation_zh", LONG),
          text("explanation_en", LONG));

  private final Db db;
  private final JdbcActivityLogAdapter log;

  JdbcEvaluationStore(Db db, JdbcActivityLogAdapter log) {
    this.db = db;
    this.log = log;
  }

  /** Saves an evaluation (one transaction); returns its id. */
  public long save(Evaluation evaluation) {
    return save(evaluation, List.of());
  }

  /**
   * Saves an evaluation with the integrity findings of its term as the report shows them (e.g.
   * {@code Assessment.findingViews()}), in one transaction; returns its id.
   */
  public long save(Evaluation evaluation, List<FindingView> findings) {
    String where = "Evaluation[" + evaluation.policyId() + "/" + evaluation.termId() + "]";
    Object[] header = {
      evaluation.policyId(),
      evaluation.policyVersion(),
      evaluation.policyHash(),
      evaluation.termId(),
      evaluation.asOf(),
      LocalDateTime.ofInstant(evaluation.evaluatedAt(), ZoneOffset.UTC).withNano(0)
    };
    check(HEADER, where, header);
    List<Object[]> verdicts = new ArrayList<>();
    List<Object[]> exclusions = new ArrayList<>();
    for (int v = 0; v < evaluation.verdicts().size(); v++) {
      Verdict x = evaluation.verdicts().get(v);
      String w = "Verdict[" + x.subject() + "/" + x.obligationId() + "]";
      verdicts.add(check(VERDICT, w, verdictRow(x)));
      for (int e = 0; e < x.excluded().size(); e++) {
        ExcludedActivity ex = x.excluded().get(e);
        for (int r = 0; r < ex.reasons().size(); r++) {
          Exclusion reason = ex.reasons().get(r);
          Object[] row = {
            ex.activityId(), r, reason.rule().name(), reason.reason().zh(), reason.reason().en()
          };
          exclusions.add(
              prepend(check(EXCLUSION, w + ".excluded[" + ex.activityId() + "]", row), v, e));
        }
      }
    }
    List<Object[]> findingRows = new ArrayList<>();
    for (FindingView f : findings) {
      Object[] row = {
        f.rule().name(),
        f.severity().name(),
        f.subject(),
        Lists.join(f.activityIds()),
        f.state().name(),
        f.explanation().zh(),
        f.explanation().en()
      };
      findingRows.add(check(FINDING, "Finding[" + f.rule() + "/" + f.subject() + "]", row));
    }
    return db.inTransaction(
        "saving an evaluation",
        c -> {
          log.lockHead(c);
          long id;
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT MAX(id) FROM " + db.tables.of("evaluation"));
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getLong(1) + 1;
          }
          insert(c, "evaluation", "id", HEADER, java.util.Collections.singletonList(header), id);
          insert(c, "verdict", "evaluation_id, pos", VERDICT, numbered(verdicts), id);
          insert(
              c, "verdict_exclusion", "evaluation_id, verdict_pos, pos", EXCLUSION, exclusions, id);
          insert(c, "finding", "evaluation_id, pos", FINDING, numbered(findingRows), id);
          return id;
        });
  }

  /** The stored evaluation with this id. */
  public Optional<Evaluation> load(long id) {
    return db.inTransaction(
        "loading an evaluation",
        c -> {
          List<Stored> header = headers(c, "WHERE e.id = ?", id);
          if (header.isEmpty()) {
            return Optional.empty();
          }
          Stored s = header.get(0);
          Map<Integer, List<ExcludedActivity>> excluded = exclusions(c, id);
          List<Verdict> verdicts = new ArrayList<>();
          String sql =
              "SELECT pos, "
                  + Column.names(VERDICT)
                  + " FROM "
                  + db.tables.of("verdict")
                  + " WHERE evaluation_id = ? ORDER BY pos";
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                int pos = rs.getInt(1);
                verdicts.add(
                    verdict(Column.readRow(rs, VERDICT, 2), excluded.getOrDefault(pos, List.of())));
              }
            }
          }
          return Optional.of(
              Evaluation.builder()
                  .policyId(s.policyId())
                  .policyVersion(s.policyVersion())
                  .policyHash(s.policyHash())
                  .termId(s.termId())
                  .asOf(s.asOf())
                  .evaluatedAt(s.evaluatedAt())
                  .verdicts(verdicts)
                  .build());
        });
  }

  /** The findings stored with the evaluation of this id, in the order saved. */
  public List<FindingView> findings(long id) {
    return db.inTransaction(
        "loading findings", c -> findingRows(c, "WHERE evaluation_id = ? ORDER BY pos", id));
  }

  /** Every stored evaluation's header, oldest first. */
  public List<Stored> list() {
    return db.inTransaction("listing evaluations", c -> headers(c, "", null));
  }

  /**
   * Every stored evaluation with verdicts or findings on {@code subject} (a cadre id, or a unit id
   * for feedback verdicts), oldest first: the subject's whole history.
   */
  public List<SubjectTerm> history(String subject) {
    return db.inTransaction("reading a history", c -> subjectTerms(c, subject, false));
  }

  /**
   * The subject's dossier across terms: of the stored evaluations with verdicts or findings on
   * {@code subject}, the latest saved for each policy and term, in order of as-of day.
   */
  public List<SubjectTerm> dossier(String subject) {
    return db.inTransaction("reading a dossier", c -> subjectTerms(c, subject, true));
  }

  private List<SubjectTerm> subjectTerms(Connection c, String subject, boolean latestOnly)
      throws SQLException {
    Map<Long, List<Verdict>> verdicts = new TreeMap<>();
    String sql =
        "SELECT v.evaluation_id, v.pos, "
            + prefixed("v.", VERDICT)
            + " FROM "
            + db.tables.of("verdict")
            + " v WHERE v.subject = ? ORDER BY v.evaluation_id, v.pos";
    List<long[]> keys = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, subject);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          keys.add(new long[] {rs.getLong(1), rs.getInt(2)});
          rows.add(Column.readRow(rs, VERDICT, 3));
        }
      }
    }
    Map<Long, Map<Integer, List<ExcludedActivity>>> excluded = new TreeMap<>();
    for (long[] key : keys) {
      if (!excluded.containsKey(key[0])) {
        excluded.put(key[0], exclusions(c, key[0]));
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      long id = keys.get(i)[0];
      int pos = (int) keys.get(i)[1];
      List<ExcludedActivity> ex = excluded.get(id).getOrDefault(pos, List.of());
      verdicts.computeIfAbsent(id, k -> new ArrayList<>()).add(verdict(rows.get(i), ex));
    }
    Map<Long, List<FindingView>> findings = new TreeMap<>();
    String fsql =
        "SELECT evaluation_id, "
            + Column.names(FINDING)
            + " FROM "
            + db.tables.of("finding")
            + " WHERE subject = ? ORDER BY evaluation_id, pos";
    try (PreparedStatement ps = c.prepareStatement(fsql)) {
      ps.setString(1, subject);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          findings
              .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
              .add(finding(Column.readRow(rs, FINDING, 2)));
        }
      }
    }
    Map<Long, Stored> headers = new TreeMap<>();
    for (Stored s : headers(c, "", null)) {
      if (verdicts.containsKey(s.id()) || findings.containsKey(s.id())) {
        headers.put(s.id(), s);
      }
    }
    List<Stored> chosen = new ArrayList<>(headers.values());
    if (latestOnly) {
      Map<List<String>, Stored> latest = new LinkedHashMap<>();
      for (Stored s : chosen) {
        latest.put(List.of(s.policyId(), s.termId()), s); // ids ascend: the last one wins
      }
      chosen = new ArrayList<>(latest.values());
      chosen.sort(java.util.Comparator.comparing(Stored::asOf).thenComparing(Stored::id));
    }
    List<SubjectTerm> out = new ArrayList<>();
    for (Stored s : chosen) {
      out.add(
          new SubjectTerm(
              s,
              verdicts.getOrDefault(s.id(), List.of()),
              findings.getOrDefault(s.id(), List.of())));
    }
    return out;
  }

  private List<Stored> headers(Connection c, String where, Long id) throws SQLException {
    String sql =
        "SELECT e.id, "
            + prefixed("e.", HEADER)
            + ", (SELECT COUNT(*) FROM "
            + db.tables.of("verdict")
            + " v WHERE v.evaluation_id = e.id) FROM "
            + db.tables.of("evaluation")
            + " e "
            + where
            + " ORDER BY e.id";
    List<Stored> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (id != null) {
        ps.setLong(1, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Object[] r = Column.readRow(rs, HEADER, 2);
          out.add(
              new Stored(
                  rs.getLong(1),
                  (String) r[0],
                  (String) r[1],
                  (String) r[2],
                  (String) r[3],
                  (LocalDate) r[4],
                  ((LocalDateTime) r[5]).toInstant(ZoneOffset.UTC),
                  rs.getInt(HEADER.size() + 2)));
        }
      }
    }
    return out;
  }

  /** The excluded activities of an evaluation's verdicts, by verdict position. */
  private Map<Integer, List<ExcludedActivity>> exclusions(Connection c, long id)
      throws SQLException {
    Map<Integer, Map<Integer, List<Object[]>>> byVerdict = new TreeMap<>();
    String sql =
        "SELECT verdict_pos, pos, "
            + Column.names(EXCLUSION)
            + " FROM "
            + db.tables.of("verdict_exclusion")
            + " WHERE evaluation_id = ? ORDER BY verdict_pos, pos, reason_pos";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byVerdict
              .computeIfAbsent(rs.getInt(1), k -> new TreeMap<>())
              .computeIfAbsent(rs.getInt(2), k -> new ArrayList<>())
              .add(Column.readRow(rs, EXCLUSION, 3));
        }
      }
    }
    Map<Integer, List<ExcludedActivity>> out = new TreeMap<>();
    byVerdict.forEach(
        (verdict, activities) -> {
          List<ExcludedActivity> list = new ArrayList<>();
          for (List<Object[]> reasons : activities.values()) {
            List<Exclusion> why = new ArrayList<>();
            for (Object[] r : reasons) {
              why.add(
                  new Exclusion(
                      IntegrityRule.valueOf((String) r[2]),
                      new Explanation((String) r[3], (String) r[4])));
            }
            list.add(new ExcludedActivity((String) reasons.get(0)[0], why));
          }
          out.put(verdict, list);
        });
    return out;
  }

  private List<FindingView> findingRows(Connection c, String where, long id) throws SQLException {
    String sql =
        "SELECT " + Column.names(FINDING) + " FROM " + db.tables.of("finding") + " " + where;
    List<FindingView> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(finding(Column.readRow(rs, FINDING, 1)));
        }
      }
    }
    return out;
  }

  private static Object[] verdictRow(Verdict x) {
    return new Object[] {
      x.subject(),
      x.university(),
      x.obligationId(),
      x.clause(),
      x.strength().name(),
      x.basis().name(),
      x.status().name(),
      x.required(),
      x.achieved(),
      Lists.join(x.activityIds()),
      Lists.join(x.unitIds()),
      Lists.join(x.feedbackIds()),
      Lists.join(x.missing()),
      x.explanation().zh(),
      x.explanation().en()
    };
  }

  private static Verdict verdict(Object[] r, List<ExcludedActivity> excluded) {
    return Verdict.builder()
        .subject((String) r[0])
        .university((String) r[1])
        .obligationId((String) r[2])
        .clause((String) r[3])
        .strength(Strength.valueOf((String) r[4]))
        .basis(Basis.valueOf((String) r[5]))
        .status(Status.valueOf((String) r[6]))
        .required((Integer) r[7])
        .achieved((Integer) r[8])
        .activityIds(Lists.split((String) r[9]))
        .unitIds(Lists.split((String) r[10]))
        .feedbackIds(Lists.split((String) r[11]))
        .missing(Lists.split((String) r[12]))
        .excluded(excluded)
        .explanation(new Explanation((String) r[13], (String) r[14]))
        .build();
  }

  private static FindingView finding(Object[] r) {
    return new FindingView(
        IntegrityRule.valueOf((String) r[0]),
        Severity.valueOf((String) r[1]),
        (String) r[2],
        Lists.split((String) r[3]),
        FindingView.State.valueOf((String) r[4]),
        new Explanation((String) r[5], (String) r[6]));
  }

  private void insert(
      Connection c, String table, String keys, List<Column> columns, List<Object[]> rows, long id)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    int keyCount = keys.split(",").length;
    String sql =
        "INSERT INTO "
            + db.tables.of(table)
            + " ("
            + keys
            + ", "
            + Column.names(columns)
            + ") VALUES ("
            + Column.marks(keyCount + columns.size())
            + ")";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int n = 0;
      for (Object[] row : rows) {
        ps.setLong(1, id);
        for (int k = 1; k < keyCount; k++) {
          ps.setObject(k + 1, row[k - 1], Types.INTEGER);
        }
        for (int i = 0; i < columns.size(); i++) {
          columns.get(i).bind(ps, keyCount + 1 + i, row[keyCount - 1 + i]);
        }
        ps.addBatch();
        if (++n % FactTable.BATCH == 0) {
          ps.executeBatch();
        }
      }
      if (n % FactTable.BATCH != 0) {
        ps.executeBatch();
      }
    }
  }

  /** Rows with their position in the list first. */
  private static List<Object[]> numbered(List<Object[]> rows) {
    List<Object[]> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      out.add(prepend(rows.get(i), i));
    }
    return out;
  }

  private static Object[] prepend(Object[] row, Object... first) {
    Object[] out = new Object[first.length + row.length];
    System.arraycopy(first, 0, out, 0, first.length);
    System.arraycopy(row, 0, out, first.length, row.length);
    return out;
  }

  private static Object[] check(List<Column> columns, String where, Object[] row) {
    for (int i = 0; i < row.length; i++) {
      columns.get(i).check(where, row[i]);
    }
    return row;
  }

  private static String prefixed(String alias, List<Column> columns) {
    StringBuilder b = new StringBuilder();
    for (Column col : columns) {
      b.append(b.length() == 0 ? "" : ", ").append(alias).append(col.name);
    }
    return b.toString();
  }

  /** Lists of ids as text: one per line, a backslash and a new line inside an id escaped. */
  static final class Lists {
    private Lists() {}

    static String join(List<String> items) {
      StringBuilder b = new StringBuilder();
      for (String s : items) {
        LianxiException.check(!s.isEmpty(), "list", "item", "\"\"", "must not be empty");
        if (b.length() > 0) {
          b.append('\n');
        }
        b.append(s.replace("\\", "\\\\").replace("\n", "\\n"));
      }
      return b.toString();
    }

    static List<String> split(String text) {
      List<String> out = new ArrayList<>();
      if (text.isEmpty()) {
        return out;
      }
      StringBuilder item = new StringBuilder();
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (ch == '\\' && i + 1 < text.length()) {
          char next = text.charAt(++i);
          item.append(next == 'n' ? '\n' : next);
        } else if (ch == '\n') {
          out.add(item.toString());
          item.setLength(0);
        } else {
          item.append(ch);
        }
      }
      out.add(item.toString());
      return out;
    }
  }
}
