package org.lianxi.core.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.ReviewDecision;

/**
 * What one university's sample contains on purpose: who holds which planted pattern, who misses
 * what, who is absent, which feedback is late, and the exemplar. Built by {@link #demo} or {@link
 * #province} before any activity is scheduled; the scheduler and planter follow it.
 */
final class Plan {
  /** A planned shortfall of a cadre or unit in a term index. */
  record Owed(String subject, String obligation, int term) {}

  /** A feedback item of {@code unitId} in a term index that is late in the given way. */
  record LateItem(String unitId, int term, Late late, String obligation) {}

  final Campus campus;
  final List<TermDays> terms;
  final SplittableRandom r;
  final List<Pattern> patterns = new ArrayList<>();
  final List<Owed> shortfalls = new ArrayList<>();
  final List<LateItem> lateFeedback = new ArrayList<>();
  final Map<Leader, Integer> absentWholeTerm = new LinkedHashMap<>();
  Leader exemplar;

  private Plan(Campus campus, List<TermDays> terms, SplittableRandom r) {
    this.campus = campus;
    this.terms = terms;
    this.r = r;
    for (Leader l : campus.leaders) {
      for (int t = 0; t < terms.size(); t++) {
        l.frontlineShare.set(t, 0.55 + 0.2 * r.nextDouble());
      }
      if (l.party() && !l.department()) {
        l.partyLectureTerm = r.nextInt(terms.size());
      }
    }
  }

  /** Nothing planted: everyone complies; a Party-member university leader is the exemplar. */
  static Plan compliant(Campus campus, List<TermDays> terms, SplittableRandom r) {
    Plan p = new Plan(campus, terms, r);
    p.exemplar = p.must(l -> l.university() && l.party());
    p.exemplar.exemplar = true;
    p.exemplar.partyLectureTerm = 0;
    return p;
  }

  // ---------------------------------------------------------------- the demo university

  /** The demo's plan over its two terms (0 autumn, 1 spring). */
  static Plan demo(Campus campus, List<TermDays> terms, SplittableRandom r) {
    Plan p = new Plan(campus, terms, r);
    Predicate<Leader> leader = Leader::university;
    Predicate<Leader> dept = Leader::department;
    Predicate<Leader> college = Leader::collegeLeader;

    p.exemplar = p.must(leader.and(Leader::party).and(l -> !l.principal()));
    p.exemplar.exemplar = true;
    p.exemplar.partyLectureTerm = 0;

    Leader away = p.must(leader.and(Leader::party).and(l -> !l.principal()));
    p.absence(away, LocalDate.of(2024, 11, 11), LocalDate.of(2024, 11, 24), "参加中央党校中青年干部培训班");
    p.pattern(Pattern.Kind.DURING_ABSENCE, away, 0, null);

    Leader abroad = p.must(college.and(Leader::party).and(l -> !l.principal()));
    TermDays spring = terms.get(1);
    p.absence(abroad, spring.term.opensOn().minusDays(7), spring.term.endsOn().plusDays(7), "出国访学");
    abroad.partyLectureTerm = 0;
    p.absentWholeTerm.put(abroad, 1);

    Leader late = p.must(college.and(l -> !l.principal()).and(has(ContactUnitType.CLASS)));
    late.firstLink(ContactUnitType.CLASS).from = LocalDate.of(2024, 10, 14);
    p.pattern(Pattern.Kind.UNASSIGNED_BEFORE_LINK, late, 0, null);

    Leader moved = p.must(college.and(has(ContactUnitType.DORMITORY)));
    Link old = moved.firstLink(ContactUnitType.DORMITORY);
    old.to = terms.get(0).term.endsOn();
    for (Unit u : moved.college.dorms) {
      if (u != old.unit) {
        moved.links.add(new Link(u, spring.term.startsOn()));
        break;
      }
    }

    p.pattern(Pattern.Kind.OVERLAP, p.must(dept.and(l -> !l.frontline())), 0, null);
    p.pattern(Pattern.Kind.DUPLICATE, p.must(college), 0, null);
    p.pattern(Pattern.Kind.RECORDED_BEFORE_START, p.must(college), 1, ReviewDecision.CONFIRM);
    p.pattern(
        Pattern.Kind.IMPLAUSIBLE_COUNT,
        p.must(dept.and(l -> l.dept.has(Catalog.STUDENT_WORK))),
        1,
        null);
    p.pattern(Pattern.Kind.IMPLAUSIBLE_MINUTES, p.must(college), 0, null);
    p.pattern(
        Pattern.Kind.OVERSIZED, p.must(dept.and(Leader::listed).and(Plan::groupLinked)), 0, null);
    p.pattern(Pattern.Kind.LATE_ENTRY, p.must(leader), 1, ReviewDecision.DISMISS);
    p.pattern(Pattern.Kind.BULK_BACKFILL, p.must(dept.and(Leader::frontline)), 0, null);
    p.pattern(Pattern.Kind.UNASSIGNED_OTHER_UNIT, p.must(dept.and(Leader::listed)), 1, null);
    p.pattern(Pattern.Kind.CORRECTION, p.must(college), 1, null);

    // 三、1.(3): two leaders skip weeks in autumn, one in spring; one gives no theory lecture
    p.skipWeeks(p.must(leader), 0, 2);
    p.skipWeeks(p.must(leader), 0, 1);
    p.skipWeeks(p.must(leader), 1, 3);
    p.miss(p.must(leader), 1, Miss.THEORY_LECTURE);
    // 三、2
    p.miss(p.must(dept.and(l -> l.principal() || l.secretary())), 0, Miss.DEPT_ATTEND);
    p.miss(
        p.must(dept.and(Leader::listed).and(has(ContactUnitType.STUDENT))), 0, Miss.FOCUS_STUDENT);
    p.miss(p.must(dept.and(Leader::frontline)), 1, Miss.FRONTLINE_DAYS);
    p.noLink(p.must(dept.and(Leader::listed).and(l -> !l.principal() && !l.secretary())));
    // 三、3
    p.miss(p.must(college.and(Leader::principal)), 0, Miss.COLLEGE_FIRST_LESSON);
    p.miss(p.must(college.and(Leader::party)), 0, Miss.COLLEGE_BRANCH_LIFE);
    p.miss(p.must(college), 1, Miss.HARDSHIP);
    p.miss(p.must(college.and(Leader::party)), 1, Miss.COLLEGE_PARTY_LECTURE);
    p.miss(p.must(college.and(Leader::principal)), 1, Miss.GRADUATION);
    // 三、2.(3) and 三、3.(4)
    p.late(campus.dept(Catalog.STUDENT_WORK).id, 0, Late.ACKNOWLEDGED_LATE, true);
    p.late(logistics(campus).id, 1, Late.CLOSED_LATE, true);
    int a = r.nextInt(campus.colleges.size());
    int b = (a + 1 + r.nextInt(campus.colleges.size() - 1)) % campus.colleges.size();
    p.late(campus.colleges.get(a).id, 0, Late.OPEN_OVERDUE, false);
    p.late(campus.colleges.get(b).id, 1, Late.ACKNOWLEDGED_LATE, false);

    // a few short trips (出差) that excuse nothing but keep days free
    for (int i = 0; i < 2; i++) {
      p.shortTrip(p.must(l -> true));
    }
    return p;
  }

  // ---------------------------------------------------------------- a university of the province

  /**
   * A province university's plan over one term. {@code patterns}: plant every integrity pattern
   * here; {@code reviews}: and review two of them; {@code exemplar}: name an exemplar.
   */
  static Plan province(
      Campus campus,
      List<TermDays> terms,
      SplittableRandom r,
      boolean patterns,
      boolean reviews,
      boolean exemplar) {
    Plan p = new Plan(campus, terms, r);
    Predicate<Leader> leader = Leader::university;
    Predicate<Leader> dept = Leader::department;
    Predicate<Leader> college = Leader::collegeLeader;
    if (exemplar) {
      p.exemplar = p.claim(leader.and(Leader::party).and(l -> !l.principal()));
      p.exemplar.exemplar = true;
      p.exemplar.partyLectureTerm = 0;
    }
    if (patterns) {
      Leader away = p.claim(leader.and(Leader::party).and(l -> !l.principal()));
      p.absence(away, LocalDate.of(2024, 11, 11), LocalDate.of(2024, 11, 24), "参加省委党校培训");
      p.pattern(Pattern.Kind.DURING_ABSENCE, away, 0, null);
      Leader late = p.claim(college.and(l -> !l.principal()).and(has(ContactUnitType.CLASS)));
      if (late != null) {
        late.firstLink(ContactUnitType.CLASS).from = LocalDate.of(2024, 10, 14);
        p.pattern(Pattern.Kind.UNASSIGNED_BEFORE_LINK, late, 0, null);
      }
      p.pattern(Pattern.Kind.OVERLAP, p.claim(dept.and(l -> !l.frontline())), 0, null);
      p.pattern(Pattern.Kind.DUPLICATE, p.claim(college), 0, null);
      p.pattern(
          Pattern.Kind.RECORDED_BEFORE_START,
          p.claim(college),
          0,
          reviews ? ReviewDecision.CONFIRM : null);
      p.pattern(
          Pattern.Kind.IMPLAUSIBLE_COUNT,
          p.claim(dept.and(l -> l.dept.has(Catalog.STUDENT_WORK))),
          0,
          null);
      p.pattern(Pattern.Kind.IMPLAUSIBLE_MINUTES, p.claim(college), 0, null);
      p.pattern(
          Pattern.Kind.OVERSIZED,
          p.claim(dept.and(Leader::listed).and(Plan::groupLinked)),
          0,
          null);
      p.pattern(
          Pattern.Kind.LATE_ENTRY, p.claim(leader), 0, reviews ? ReviewDecision.DISMISS : null);
      p.pattern(Pattern.Kind.BULK_BACKFILL, p.claim(dept.and(Leader::frontline)), 0, null);
      p.pattern(Pattern.Kind.UNASSIGNED_OTHER_UNIT, p.claim(dept.and(Leader::listed)), 0, null);
      p.pattern(Pattern.Kind.CORRECTION, p.claim(college), 0, null);
    }
    int skipping = r.nextInt(3);
    for (int i = 0; i < skipping; i++) {
      p.skipWeeks(p.claim(leader), 0, 1 + r.nextInt(3));
    }
    p.maybe(30, leader, Miss.THEORY_LECTURE);
    p.maybe(20, leader.and(Leader::party), Miss.LEADER_BRANCH_LIFE);
    p.maybe(20, leader.and(Leader::party), Miss.LEADER_PARTY_LECTURE);
    p.maybe(40, dept.and(l -> l.principal() || l.secretary()), Miss.DEPT_ATTEND);
    p.maybe(40, dept.and(Leader::listed).and(has(ContactUnitType.STUDENT)), Miss.FOCUS_STUDENT);
    p.maybe(50, dept.and(Leader::frontline), Miss.FRONTLINE_DAYS);
    if (r.nextInt(100) < 30) {
      p.noLink(p.claim(dept.and(Leader::listed).and(l -> !l.principal() && !l.secretary())));
    }
    p.maybe(50, college.and(Leader::principal), Miss.COLLEGE_FIRST_LESSON);
    p.maybe(30, college.and(Leader::principal), Miss.ORIENTATION);
    p.maybe(40, college.and(Leader::party), Miss.COLLEGE_BRANCH_LIFE);
    p.maybe(30, college.and(Leader::party), Miss.COLLEGE_PARTY_LECTURE);
    int hardship = r.nextInt(3);
    for (int i = 0; i < hardship; i++) {
      p.miss(p.claim(college), 0, Miss.HARDSHIP);
    }
    Late[] kinds = Late.values();
    if (r.nextInt(100) < 40) {
      p.late(campus.dept(Catalog.STUDENT_WORK).id, 0, kinds[r.nextInt(kinds.length)], true);
    }
    if (r.nextInt(100) < 30) {
      p.late(logistics(campus).id, 0, kinds[r.nextInt(kinds.length)], true);
    }
    int lateColleges = Math.min(campus.colleges.size(), r.nextInt(3));
    int first = r.nextInt(campus.colleges.size());
    for (int i = 0; i < lateColleges; i++) {
      College c = campus.colleges.get((first + i) % campus.colleges.size());
      p.late(c.id, 0, kinds[r.nextInt(kinds.length)], false);
    }
    int away = r.nextInt(3);
    for (int i = 0; i < away; i++) {
      Leader l = p.claim(x -> true);
      int week = 3 + r.nextInt(Math.max(1, terms.get(0).weeks() - 6));
      LocalDate monday = terms.get(0).date[terms.get(0).weekFrom[week]];
      p.absence(l, monday, monday.plusDays(13), "外出学习");
    }
    int trips = 1 + r.nextInt(3);
    for (int i = 0; i < trips; i++) {
      p.shortTrip(p.claim(x -> true));
    }
    if (r.nextInt(100) < 30) {
      Leader l = p.claim(college.and(x -> !x.party() && !x.principal()));
      if (l != null) {
        TermDays t = terms.get(0);
        p.absence(l, t.term.opensOn().minusDays(5), t.term.endsOn().plusDays(5), "病假");
        p.absentWholeTerm.put(l, 0);
      }
    }
    return p;
  }

  // ---------------------------------------------------------------- helpers

  private static Predicate<Leader> has(ContactUnitType type) {
    return l -> l.hasLink(type);
  }

  /** Linked to a unit of several students (class, association or branch). */
  private static boolean groupLinked(Leader l) {
    return l.hasLink(ContactUnitType.CLASS)
        || l.hasLink(ContactUnitType.ASSOCIATION)
        || l.hasLink(ContactUnitType.PARTY_BRANCH);
  }

  private static Dept logistics(Campus campus) {
    for (Dept d : campus.departments) {
      if (d.hotline() && !d.has(Catalog.STUDENT_WORK)) {
        return d;
      }
    }
    throw new IllegalStateException("no hotline department besides student work");
  }

  /** Like {@link #claim} but there must be one. */
  Leader must(Predicate<Leader> p) {
    Leader l = claim(p);
    if (l == null) {
      throw new IllegalStateException("the demo university has no cadre for a planned role");
    }
    return l;
  }

  /** A random unclaimed cadre matching {@code p}, now claimed; null if there is none. */
  Leader claim(Predicate<Leader> p) {
    List<Leader> candidates = new ArrayList<>();
    for (Leader l : campus.leaders) {
      if (!l.claimed && p.test(l)) {
        candidates.add(l);
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    Leader l = candidates.get(r.nextInt(candidates.size()));
    l.claimed = true;
    return l;
  }

  private void pattern(Pattern.Kind kind, Leader holder, int term, ReviewDecision review) {
    if (holder != null) {
      patterns.add(new Pattern(kind, holder, term, review));
    }
  }

  private void absence(Leader l, LocalDate from, LocalDate to, String reason) {
    if (l != null) {
      l.absences.add(
          Absence.builder().cadreId(l.id).startsOn(from).endsOn(to).reason(reason).build());
    }
  }

  /** Two to four days away on a trip, in a random term. */
  private void shortTrip(Leader l) {
    if (l == null) {
      return;
    }
    TermDays t = terms.get(r.nextInt(terms.size()));
    int from = t.startIndex + 7 + r.nextInt(Math.max(1, t.days - t.startIndex - 21));
    absence(l, t.date[from], t.date[from].plusDays(1 + r.nextInt(3)), "出差");
  }

  private void maybe(int percent, Predicate<Leader> p, Miss miss) {
    if (r.nextInt(100) < percent) {
      miss(claim(p), 0, miss);
    }
  }

  private void miss(Leader l, int term, Miss miss) {
    if (l == null) {
      return;
    }
    if (miss.yearly()) {
      l.partyLectureTerm = -1;
      // an academic-year quota is due at the end of the year's last term in the calendar
      shortfalls.add(new Owed(l.id, miss.obligation, terms.size() - 1));
    } else {
      l.misses.get(term).add(miss);
      if (miss == Miss.FRONTLINE_DAYS) {
        // well under half of the standard working days (III.0)
        l.frontlineShare.set(term, 0.30 + 0.12 * r.nextDouble());
      }
      shortfalls.add(new Owed(l.id, miss.obligation, term));
    }
  }

  private void noLink(Leader l) {
    if (l == null) {
      return;
    }
    l.links.clear();
    for (int t = 0; t < terms.size(); t++) {
      l.misses.get(t).add(Miss.NO_LINK);
      shortfalls.add(new Owed(l.id, Miss.NO_LINK.obligation, t));
    }
  }

  /** {@code n} teaching weeks without any contact (三、1.(3)), away from the term's edges. */
  private void skipWeeks(Leader l, int term, int n) {
    if (l == null) {
      return;
    }
    TermDays t = terms.get(term);
    List<Integer> weeks = new ArrayList<>();
    for (int w = 3; w < t.weeks() - 2; w++) {
      weeks.add(w);
    }
    int[] chosen = new int[n];
    for (int i = 0; i < n; i++) {
      chosen[i] = weeks.remove(r.nextInt(weeks.size()));
    }
    Arrays.sort(chosen);
    l.missedWeeks.set(term, chosen);
    l.misses.get(term).add(Miss.WEEKLY_CONTACT);
    shortfalls.add(new Owed(l.id, Miss.WEEKLY_CONTACT.obligation, term));
  }

  private void late(String unitId, int term, Late late, boolean hotline) {
    String obligation = hotline ? "III.2.3-feedback" : "III.3.4-feedback";
    lateFeedback.add(new LateItem(unitId, term, late, obligation));
    shortfalls.add(new Owed(unitId, obligation, term));
  }
}
