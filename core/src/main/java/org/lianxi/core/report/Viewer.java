package org.lianxi.core.report;

import org.lianxi.core.domain.LianxiException;

/**
 * Who reads a report view (四、2): a coordinating office or a college office (an org unit), a cadre,
 * or an auditor of one university (组织部, 纪委). What each sees:
 *
 * <ul>
 *   <li>an office tagged {@code party-office} or {@code president-office}: the university leaders
 *       of its university;
 *   <li>an office tagged {@code student-work} or {@code graduate-work}: the functional-department
 *       cadres of its university, and the functional departments' own (feedback) verdicts;
 *   <li>a college office (a {@code COLLEGE} unit): the leaders of that college and its own
 *       verdicts;
 *   <li>a unit with several of these tags sees the union; any other unit sees nothing;
 *   <li>a cadre: only their own verdicts, findings and dossier;
 *   <li>an auditor: everything of their university.
 * </ul>
 *
 * Everything stays inside the viewer's university. Sensitive contact units (students, units tagged
 * {@code hardship}) are pseudonymised in every view except the auditor's and, for the units
 * assigned to them, the cadre's own.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what kind of viewer
 * @param id the office's org-unit id, the cadre id, or the auditor's university id
 */
public record Viewer(Kind kind, String id) {
  /** The kinds of viewer. */
  public enum Kind {
    OFFICE("协调部门", "coordinating office"),
    CADRE("领导干部本人", "the cadre"),
    AUDITOR("审计（组织部、纪委）", "auditor");

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

  public Viewer {
    LianxiException.check(kind != null, "Viewer", "kind", null, "must not be null");
    LianxiException.requireNonBlank("Viewer", "id", id);
  }

  /** A coordinating office or a college office: the org unit that reads the view. */
  public static Viewer office(String unitId) {
    return new Viewer(Kind.OFFICE, unitId);
  }

  /** A cadre reading their own verdicts. */
  public static Viewer cadre(String cadreId) {
    return new Viewer(Kind.CADRE, cadreId);
  }

  /** An auditor (组织部, 纪委) of one university: sees everything of it, in clear. */
  public static Viewer auditor(String universityId) {
    return new Viewer(Kind.AUDITOR, universityId);
  }
}
