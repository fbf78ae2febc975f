package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.policy.AssignmentQuota;
import org.lianxi.core.policy.Obligation;

/** Coverage and the greedy suggestion documented on {@link Coverage}. */
final class CoverageBuilder {
  private CoverageBuilder() {}

  /** A unit's ordering: university, college (university level last), type, id. */
  private record Key(String university, String college, int type, String id) {}

  static Coverage build(ReportContext c) {
    LocalDate from = c.term().startsOn();
    LocalDate to = c.term().endsOn().isBefore(c.asOf()) ? c.term().endsOn() : c.asOf();
    boolean open = !to.isBefore(from);

    // Linked units per cadre for the term.
    Map<String, List<ContactUnit>> linkedByCadre = new HashMap<>();
    Map<String, Boolean> isLinked = new HashMap<>();
    for (ContactUnit cu : c.org.contactUnits().values()) {
      isLinked.put(cu.contactUnitId(), false);
    }
    if (open) {
      for (Assignment a : c.data.assignments()) {
        Optional<ContactUnit> cu = c.org.contactUnit(a.contactUnitId());
        if (cu.isPresent() && a.overlaps(from, to)) {
          isLinked.put(a.contactUnitId(), true);
          List<ContactUnit> mine =
              linkedByCadre.computeIfAbsent(a.cadreId(), k -> new ArrayList<>());
          if (!mine.contains(cu.get())) {
            mine.add(cu.get());
          }
        }
      }
    }

    List<ContactUnit> unlinked = new ArrayList<>();
    for (ContactUnit cu : c.org.contactUnits().values()) {
      if (!isLinked.get(cu.contactUnitId())) {
        unlinked.add(cu);
      }
    }
    unlinked.sort(
        Comparator.comparing(
            cu -> key(c, cu),
            Comparator.comparing(Key::university)
                .thenComparing(Key::college)
                .thenComparingInt(Key::type)
                .thenComparing(Key::id)));

    ImmutableList.Builder<UnlinkedUnit> list = ImmutableList.builder();
    Map<String, List<ContactUnit>> groups = new LinkedHashMap<>();
    for (ContactUnit cu : unlinked) {
      String university = c.org.universityOfContactUnit(cu.contactUnitId()).orElse("");
      list.add(
          new UnlinkedUnit(cu.contactUnitId(), cu.name(), cu.type(), cu.collegeId(), university));
      groups
          .computeIfAbsent(cu.type() + "\u0000" + cu.collegeId().orElse(""), k -> new ArrayList<>())
          .add(cu);
    }
    ImmutableList.Builder<CoverageGroup> grouped = ImmutableList.builder();
    for (List<ContactUnit> g : groups.values()) {
      ContactUnit first = g.get(0);
      int total =
          (int)
              c.org.contactUnits().values().stream()
                  .filter(x -> x.type() == first.type() && x.collegeId().equals(first.collegeId()))
                  .filter(
                      x ->
                          c.org
                              .universityOfContactUnit(x.contactUnitId())
                              .equals(c.org.universityOfContactUnit(first.contactUnitId())))
                  .count();
      grouped.add(
          new CoverageGroup(
              first.type(),
              first.collegeId(),
              first.collegeId().map(id -> c.org.unit(id).map(OrgUnit::name).orElse(id)),
              g.size(),
              total,
              g.stream().map(ContactUnit::contactUnitId).collect(ImmutableList.toImmutableList())));
    }

    ImmutableList.Builder<SuggestedAssignment> suggestions = ImmutableList.builder();
    ImmutableList.Builder<String> unplaced = ImmutableList.builder();
    int suggested = 0;
    int left = 0;
    for (ContactUnit cu : unlinked) {
      if (cu.type() != ContactUnitType.CLASS && cu.type() != ContactUnitType.PARTY_BRANCH) {
        continue;
      }
      Optional<SuggestedAssignment> s = suggest(c, cu, linkedByCadre);
      if (s.isPresent()) {
        suggestions.add(s.get());
        linkedByCadre.computeIfAbsent(s.get().cadreId(), k -> new ArrayList<>()).add(cu);
        suggested++;
      } else {
        unplaced.add(cu.contactUnitId());
        left++;
      }
    }
    return new Coverage(
        c.term().termId(),
        c.asOf(),
        list.build(),
        grouped.build(),
        suggestions.build(),
        unplaced.build(),
        summary(unlinked.size(), suggested, left));
  }

  /** The coverage summary line. */
  static Explanation summary(int unlinked, int suggested, int unplaced) {
    return Explanation.of(
        "本学期无干部联系的联系对象 "
            + unlinked
            + " 个；建议新增联系 "
            + suggested
            + " 个班级或学生党支部，"
            + unplaced
            + " 个无合适人选（不超过联系上限）",
        unlinked
            + " contact unit(s) have no cadre this term; "
            + suggested
            + " class(es) or party branch(es) can be linked as suggested, "
            + unplaced
            + " cannot without exceeding a cadre's maximum");
  }

  private static Key key(ReportContext c, ContactUnit cu) {
    return new Key(
        c.org.universityOfContactUnit(cu.contactUnitId()).orElse(""),
        cu.collegeId().orElse("\uffff"),
        cu.type() == ContactUnitType.PARTY_BRANCH
            ? 0
            : cu.type() == ContactUnitType.CLASS ? 1 : 2 + cu.type().ordinal(),
        cu.contactUnitId());
  }

  private static Optional<SuggestedAssignment> suggest(
      ReportContext c, ContactUnit cu, Map<String, List<ContactUnit>> linked) {
    Optional<String> university = c.org.universityOfContactUnit(cu.contactUnitId());
    if (university.isEmpty()) {
      return Optional.empty();
    }
    boolean branch = cu.type() == ContactUnitType.PARTY_BRANCH;
    Optional<OrgUnit> college = cu.collegeId().flatMap(id -> c.org.collegeOf(id));
    List<List<Cadre>> groups = new ArrayList<>();
    if (college.isPresent()) {
      groups.add(collegeLeaders(c, college.get()));
    }
    groups.add(c.cadresOf(university.get(), Tier.FUNCTIONAL_DEPARTMENT));
    groups.add(c.cadresOf(university.get(), Tier.UNIVERSITY_LEADERSHIP));
    String[] why = {"本学院领导", "职能部门处级干部", "校领导"};
    String[] whyEn = {
      "a leader of the unit's college", "a functional-department cadre", "a university leader"
    };
    int g = college.isPresent() ? 0 : 1;
    for (List<Cadre> group : groups) {
      List<Cadre> candidates = new ArrayList<>();
      for (Cadre cadre : group) {
        if ((!branch || cadre.partyMember())
            && withinMax(c, cadre, cu, linked.getOrDefault(cadre.cadreId(), List.of()))) {
          candidates.add(cadre);
        }
      }
      candidates.sort(
          Comparator.comparingInt((Cadre x) -> linked.getOrDefault(x.cadreId(), List.of()).size())
              .thenComparing(Cadre::cadreId));
      if (!candidates.isEmpty()) {
        Cadre pick = candidates.get(0);
        int load = linked.getOrDefault(pick.cadreId(), List.of()).size();
        return Optional.of(
            new SuggestedAssignment(
                cu.contactUnitId(),
                pick.cadreId(),
                pick.name(),
                Explanation.of(
                    "建议由"
                        + why[g]
                        + " "
                        + pick.name()
                        + " 联系 "
                        + cu.contactUnitId()
                        + "（"
                        + cu.name()
                        + "）：该组中联系对象最少（现 "
                        + load
                        + " 个）且不超过上限"
                        + (branch ? "，党员" : ""),
                    "suggest "
                        + pick.name()
                        + ", "
                        + whyEn[g]
                        + ", for "
                        + cu.contactUnitId()
                        + " ("
                        + cu.name()
                        + "): fewest linked units in that group ("
                        + load
                        + " now), within the maximum"
                        + (branch ? ", a Party member" : ""))));
      }
      g++;
    }
    return Optional.empty();
  }

  private static List<Cadre> collegeLeaders(ReportContext c, OrgUnit college) {
    List<Cadre> list = new ArrayList<>();
    for (Cadre cadre : c.org.cadres().values()) {
      if (cadre.tier() == Tier.COLLEGE_LEADERSHIP
          && c.org.isUnder(cadre.unitId(), college.unitId())) {
        list.add(cadre);
      }
    }
    list.sort(Comparator.comparing(Cadre::cadreId));
    return list;
  }

  /** Whether one more unit keeps the cadre within every maximum (see {@link Coverage}). */
  static boolean withinMax(
      ReportContext c, Cadre cadre, ContactUnit unit, List<ContactUnit> linked) {
    Optional<OrgUnit> home = c.org.unit(cadre.unitId());
    boolean capped = false;
    for (Obligation o : c.policy.effectiveObligations()) {
      if (!(o.kind() instanceof AssignmentQuota)
          || home.isEmpty()
          || !o.appliesTo().matches(cadre, home.get())
          || (o.season().isPresent() && o.season().get() != c.term().season())) {
        continue;
      }
      AssignmentQuota q = (AssignmentQuota) o.kind();
      if (q.max().isEmpty() || !q.unitTypes().contains(unit.type())) {
        continue;
      }
      capped = true;
      long n = linked.stream().filter(x -> q.unitTypes().contains(x.type())).count();
      if (n + 1 > q.max().get()) {
        return false;
      }
    }
    return capped || linked.size() + 1 <= c.coverage.defaultMaxUnits();
  }
}
