package org.lianxi.core.sample;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.StudentLevel;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.domain.UnitKind;
import org.lianxi.core.sample.Catalog.CollegeSpec;
import org.lianxi.core.sample.Catalog.DeptSpec;
import org.lianxi.core.sample.Catalog.LeaderTitle;

/** Builds one university: org units, cadres, contact units and the cadres' links. */
final class CampusFactory {
  private CampusFactory() {}

  /** What to build. */
  record Spec(
      String universityId,
      int index,
      String universityName,
      String orgPrefix,
      boolean parentIds,
      ImmutableList<LeaderTitle> universityLeaders,
      ImmutableList<DeptSpec> departments,
      ImmutableList<CollegeSpec> colleges,
      int minCollegeLeaders,
      int maxCollegeLeaders,
      int faculties,
      int classes,
      int dorms,
      int associations,
      int branches,
      int students,
      int universityAssociations,
      LocalDate linkFrom,
      int terms) {}

  /** The year whose students are freshmen (2024级 in 2024–2025). */
  private static final int FRESHMAN_YEAR = 2024;

  private static final LocalDate CONTINUING_LINK = LocalDate.of(2023, 9, 1);

  static Campus build(Spec spec, Ids ids, SplittableRandom r) {
    Campus campus = new Campus(spec.universityId(), spec.index());
    Set<String> names = Catalog.names();
    OrgUnit university =
        OrgUnit.builder()
            .unitId(spec.universityId())
            .name(spec.universityName())
            .kind(UnitKind.UNIVERSITY)
            .build();
    campus.orgUnits.add(university);
    Optional<String> root = spec.parentIds() ? Optional.of(spec.universityId()) : Optional.empty();

    // 学部 (province only): a faculty above two or more of the colleges of the same field
    Map<String, String> facultyIds = new LinkedHashMap<>();
    if (spec.faculties() > 0 && spec.parentIds()) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (CollegeSpec c : spec.colleges()) {
        counts.merge(c.faculty(), 1, Integer::sum);
      }
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (e.getValue() >= 2 && facultyIds.size() < spec.faculties()) {
          String id = spec.orgPrefix() + "XB" + (facultyIds.size() + 1);
          facultyIds.put(e.getKey(), id);
          campus.orgUnits.add(
              OrgUnit.builder()
                  .unitId(id)
                  .name(e.getKey())
                  .kind(UnitKind.COLLEGE)
                  .parentId(root)
                  .build());
        }
      }
    }

    for (int i = 0; i < spec.departments().size(); i++) {
      DeptSpec d = spec.departments().get(i);
      Dept dept = new Dept(Ids.pad(spec.orgPrefix() + "D", i + 1, 2), d);
      campus.departments.add(dept);
      campus.orgUnits.add(
          OrgUnit.builder()
              .unitId(dept.id)
              .name(d.name())
              .kind(UnitKind.FUNCTIONAL_DEPARTMENT)
              .tags(d.tags())
              .parentId(root)
              .build());
    }
    for (int i = 0; i < spec.colleges().size(); i++) {
      CollegeSpec c = spec.colleges().get(i);
      College college = new College(Ids.pad(spec.orgPrefix() + "COL", i + 1, 2), c);
      campus.colleges.add(college);
      Optional<String> parent =
          facultyIds.containsKey(c.faculty()) ? Optional.of(facultyIds.get(c.faculty())) : root;
      campus.orgUnits.add(
          OrgUnit.builder()
              .unitId(college.id)
              .name(c.name())
              .kind(UnitKind.COLLEGE)
              .parentId(parent)
              .build());
    }

    // cadres: university leaders, department cadres, college leaders
    for (LeaderTitle t : spec.universityLeaders()) {
      campus.leaders.add(
          leader(
              ids,
              names,
              r,
              Tier.UNIVERSITY_LEADERSHIP,
              spec.universityId(),
              t.title(),
              t.principal(),
              party(t.party(), r, 100),
              false,
              null,
              null,
              spec.terms()));
    }
    for (Dept dept : campus.departments) {
      int n = dept.spec.cadres();
      int secretary = n >= 2 ? 1 : 0;
      for (int k = 0; k < n; k++) {
        boolean head = k == 0;
        boolean isSecretary = k == secretary;
        campus.leaders.add(
            leader(
                ids,
                names,
                r,
                Tier.FUNCTIONAL_DEPARTMENT,
                dept.id,
                head ? dept.spec.head() : dept.spec.deputy(),
                head,
                isSecretary || r.nextInt(100) < 90,
                isSecretary,
                dept,
                null,
                spec.terms()));
      }
    }
    for (College college : campus.colleges) {
      int n =
          spec.minCollegeLeaders()
              + r.nextInt(spec.maxCollegeLeaders() - spec.minCollegeLeaders() + 1);
      ImmutableList<LeaderTitle> titles = Catalog.COLLEGE_LEADERS;
      for (int k = 0; k < n && k < titles.size(); k++) {
        LeaderTitle t = titles.get(k);
        campus.leaders.add(
            leader(
                ids,
                names,
                r,
                Tier.COLLEGE_LEADERSHIP,
                college.id,
                t.title(),
                t.principal(),
                party(t.party(), r, t.principal() ? 90 : 75),
                false,
                null,
                college,
                spec.terms()));
      }
    }

    // contact units
    for (College college : campus.colleges) {
      units(spec, campus, college, ids, names, r);
    }
    for (int i = 0; i < spec.universityAssociations(); i++) {
      String base = Catalog.UNIVERSITY_ASSOCIATIONS.get(i % Catalog.UNIVERSITY_ASSOCIATIONS.size());
      String name =
          i < Catalog.UNIVERSITY_ASSOCIATIONS.size()
              ? base
              : base
                  + Catalog.ORDINALS.get((i / Catalog.UNIVERSITY_ASSOCIATIONS.size()) % 10)
                  + "分团";
      Unit u =
          new Unit(
              ContactUnit.builder()
                  .contactUnitId(ids.unit())
                  .type(ContactUnitType.ASSOCIATION)
                  .name(name)
                  .size(60 + r.nextInt(141))
                  .build(),
              null);
      campus.units.add(u);
      campus.universityAssociations.add(u);
    }

    link(spec, campus, r);
    return campus;
  }

  private static boolean party(Boolean fixed, SplittableRandom r, int percent) {
    return fixed != null ? fixed : r.nextInt(100) < percent;
  }

  private static Leader leader(
      Ids ids,
      Set<String> names,
      SplittableRandom r,
      Tier tier,
      String unitId,
      String title,
      boolean principal,
      boolean party,
      boolean secretary,
      Dept dept,
      College college,
      int terms) {
    Cadre cadre =
        Cadre.builder()
            .cadreId(ids.cadre())
            .name(Catalog.personName(r, names))
            .tier(tier)
            .unitId(unitId)
            .title(title)
            .principal(principal)
            .partyMember(party)
            .branchSecretary(secretary)
            .build();
    return new Leader(cadre, dept, college, terms);
  }

  private static void units(
      Spec spec, Campus campus, College college, Ids ids, Set<String> names, SplittableRandom r) {
    CollegeSpec c = college.spec;
    String prefix = c.name();
    Map<String, Integer> classNumbers = new LinkedHashMap<>();
    int graduates = Math.max(1, spec.classes() / 5);
    for (int i = 0; i < spec.classes(); i++) {
      boolean graduate = i >= spec.classes() - graduates;
      int year = graduate ? FRESHMAN_YEAR - (i % 2) : FRESHMAN_YEAR - (i % 4);
      String major = c.majors().get((i / 4) % c.majors().size());
      String key = year + major + graduate;
      int number = classNumbers.merge(key, 1, Integer::sum);
      String name =
          graduate
              ? prefix + year + "级" + major + "硕士" + number + "班"
              : prefix + year + "级" + major + number + "班";
      ContactUnit.Builder b =
          ContactUnit.builder()
              .contactUnitId(ids.unit())
              .type(ContactUnitType.CLASS)
              .name(name)
              .collegeId(college.id)
              .level(graduate ? StudentLevel.GRADUATE : StudentLevel.UNDERGRADUATE)
              .size(25 + r.nextInt(21));
      if (year == FRESHMAN_YEAR) {
        b.addTags("freshman");
      }
      add(campus, college.classes, new Unit(b.build(), college));
    }
    int building = 1 + campus.colleges.indexOf(college) % 30;
    String site = Catalog.CAMPUSES.get(campus.colleges.indexOf(college) % Catalog.CAMPUSES.size());
    for (int i = 0; i < spec.dorms(); i++) {
      boolean graduate = i % 5 == 4;
      int room = 100 * (1 + i / 12 % 6) + 1 + i % 12;
      ContactUnit.Builder b =
          ContactUnit.builder()
              .contactUnitId(ids.unit())
              .type(ContactUnitType.DORMITORY)
              .name(site + building + "号楼" + (i / 72 > 0 ? (i / 72 + 1) + "单元" : "") + room + "室")
              .collegeId(college.id)
              .level(graduate ? StudentLevel.GRADUATE : StudentLevel.UNDERGRADUATE)
              .size(graduate ? 2 + 2 * r.nextInt(2) : 4 + 2 * r.nextInt(2));
      if (!graduate && r.nextInt(4) == 0) {
        b.addTags("freshman");
      }
      add(campus, college.dorms, new Unit(b.build(), college));
    }
    for (int i = 0; i < spec.associations(); i++) {
      String base = Catalog.COLLEGE_ASSOCIATIONS.get(i % Catalog.COLLEGE_ASSOCIATIONS.size());
      String suffix =
          i < Catalog.COLLEGE_ASSOCIATIONS.size()
              ? ""
              : Catalog.ORDINALS.get((i / Catalog.COLLEGE_ASSOCIATIONS.size()) % 10) + "分会";
      add(
          campus,
          college.associations,
          new Unit(
              ContactUnit.builder()
                  .contactUnitId(ids.unit())
                  .type(ContactUnitType.ASSOCIATION)
                  .name(prefix + base + suffix)
                  .collegeId(college.id)
                  .size(30 + r.nextInt(91))
                  .build(),
              college));
    }
    int undergraduateBranches = 0;
    int graduateBranches = 0;
    for (int i = 0; i < spec.branches(); i++) {
      boolean graduate = i % 3 == 2;
      int n = graduate ? ++graduateBranches : ++undergraduateBranches;
      add(
          campus,
          college.branches,
          new Unit(
              ContactUnit.builder()
                  .contactUnitId(ids.unit())
                  .type(ContactUnitType.PARTY_BRANCH)
                  .name(
                      prefix
                          + (graduate ? "研究生" : "本科生")
                          + Catalog.ORDINALS.get((n - 1) % 10)
                          + "党支部")
                  .collegeId(college.id)
                  .level(graduate ? StudentLevel.GRADUATE : StudentLevel.UNDERGRADUATE)
                  .size(15 + r.nextInt(31))
                  .build(),
              college));
    }
    for (int i = 0; i < spec.students(); i++) {
      boolean hardship = i % 5 != 4;
      int year = FRESHMAN_YEAR - r.nextInt(4);
      ContactUnit.Builder b =
          ContactUnit.builder()
              .contactUnitId(ids.unit())
              .type(ContactUnitType.STUDENT)
              .name("重点联系学生 " + Catalog.personName(r, names) + "（" + prefix + year + "级）")
              .collegeId(college.id)
              .level(StudentLevel.UNDERGRADUATE)
              .size(1);
      if (hardship) {
        b.addTags("hardship");
      }
      if (year == FRESHMAN_YEAR) {
        b.addTags("freshman");
      }
      Unit u = new Unit(b.build(), college);
      add(campus, college.students, u);
      if (hardship) {
        college.hardshipStudents.add(u);
      }
    }
  }

  private static void add(Campus campus, List<Unit> list, Unit u) {
    list.add(u);
    campus.units.add(u);
  }

  // ---------------------------------------------------------------- links

  private static void link(Spec spec, Campus campus, SplittableRandom r) {
    List<Leader> universityLeaders = new ArrayList<>();
    for (Leader l : campus.leaders) {
      if (l.university()) {
        universityLeaders.add(l);
      }
    }
    // every university-level association is linked to a university leader (it has no college)
    int next = 0;
    for (Leader l : campus.leaders) {
      if (l.university()) {
        Unit u =
            next < campus.universityAssociations.size() && !l.principal()
                ? campus.universityAssociations.get(next++)
                : r.nextBoolean()
                    ? any(campus, r, ContactUnitType.CLASS)
                    : any(campus, r, ContactUnitType.DORMITORY);
        addLink(spec, l, u, r);
        if (l.party()) {
          addLink(spec, l, any(campus, r, ContactUnitType.PARTY_BRANCH), r);
        }
      } else if (l.department()) {
        if (l.principal()) {
          addLink(spec, l, any(campus, r, ContactUnitType.CLASS), r);
        } else if (l.secretary()) {
          addLink(spec, l, any(campus, r, ContactUnitType.PARTY_BRANCH), r);
        } else if (l.listed()) {
          int k = r.nextInt(10);
          ContactUnitType t =
              k < 4
                  ? ContactUnitType.CLASS
                  : k < 7 ? ContactUnitType.DORMITORY : ContactUnitType.ASSOCIATION;
          addLink(spec, l, any(campus, r, t), r);
        } else if (r.nextBoolean()) {
          addLink(spec, l, any(campus, r, ContactUnitType.CLASS), r);
        }
        if (l.listed() && r.nextInt(100) < (l.principal() || l.secretary() ? 20 : 45)) {
          addLink(spec, l, any(campus, r, ContactUnitType.STUDENT), r);
        }
      } else {
        College c = l.college;
        int k = r.nextInt(20);
        List<Unit> pool = k < 12 ? c.classes : k < 17 ? c.dorms : c.associations;
        if (pool.isEmpty()) {
          pool = c.classes;
        }
        addLink(spec, l, pool.get(r.nextInt(pool.size())), r);
        if (l.party() && !c.branches.isEmpty()) {
          addLink(spec, l, c.branches.get(r.nextInt(c.branches.size())), r);
        }
        if (!c.hardshipStudents.isEmpty()) {
          addLink(spec, l, c.hardshipStudents.get(r.nextInt(c.hardshipStudents.size())), r);
        }
      }
    }
    // no university leader without a link even when there are few
    for (Unit u :
        campus.universityAssociations.subList(next, campus.universityAssociations.size())) {
      addLink(spec, universityLeaders.get(r.nextInt(universityLeaders.size())), u, r);
    }
  }

  private static void addLink(Spec spec, Leader l, Unit u, SplittableRandom r) {
    for (Link existing : l.links) {
      if (existing.unit == u) {
        return;
      }
    }
    l.links.add(new Link(u, r.nextInt(10) < 3 ? CONTINUING_LINK : spec.linkFrom()));
  }

  /** A random unit of the type from a random college. */
  static Unit any(Campus campus, SplittableRandom r, ContactUnitType type) {
    for (int attempt = 0; attempt < 100; attempt++) {
      College c = campus.colleges.get(r.nextInt(campus.colleges.size()));
      List<Unit> pool = pool(c, type);
      if (!pool.isEmpty()) {
        return pool.get(r.nextInt(pool.size()));
      }
    }
    throw new IllegalStateException("no contact unit of type " + type);
  }

  static List<Unit> pool(College c, ContactUnitType type) {
    return switch (type) {
      case CLASS -> c.classes;
      case DORMITORY -> c.dorms;
      case ASSOCIATION -> c.associations;
      case PARTY_BRANCH -> c.branches;
      case STUDENT -> c.students;
    };
  }
}
