package org.lianxi.core.sample;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.domain.Break;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.Term;
import org.lianxi.core.sample.Catalog.LeaderTitle;

/**
 * The sample university: a demo of one university over the academic year 2024–2025, and a small one
 * for fast tests. Each is a pure function of its seed (equal seeds give equal data, whatever the
 * clock or machine). Stateless and thread-safe.
 *
 * <p>The {@linkplain #demo demo} 苏州示范大学 ({@code U}) has 15 university leaders, 60 cadres in 20
 * functional departments (all 14 departments named in clause 三、2.(2), tagged {@code
 * listed-department}), 25 colleges ({@code COL01}…) with 4–6 leaders each, about 530 contact units,
 * two terms ({@code 2024-2025-1} autumn, {@code 2024-2025-2} spring) with their breaks and the real
 * public holidays and 调休 working weekends, some 10,000 activities, feedback to the hotline units
 * and the colleges, absences and two reviews. Most cadres meet every obligation; the {@link
 * SampleManifest} lists the shortfalls and integrity patterns planted on purpose. Single-university
 * datasets leave {@code parent_id} empty.
 */
public final class SampleUniversity {
  /** The demo university's id. */
  public static final String UNIVERSITY_ID = "U";

  private SampleUniversity() {}

  /** The demo university for {@code seed}. */
  public static SampleData demo(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Term> terms = List.of(SampleCalendar.AUTUMN, SampleCalendar.SPRING);
    List<Break> breaks = List.of(SampleCalendar.NATIONAL_DAY, SampleCalendar.LABOUR_DAY);
    List<TermDays> days = Generator.days(terms, calendar(terms, breaks));
    Ids ids = Ids.university();
    Campus campus =
        CampusFactory.build(
            new CampusFactory.Spec(
                UNIVERSITY_ID,
                0,
                "苏州示范大学",
                "",
                false,
                Catalog.UNIVERSITY_LEADERS,
                Catalog.DEPARTMENTS,
                Catalog.COLLEGES.subList(0, 25),
                4,
                6,
                0,
                8,
                3,
                2,
                3,
                5,
                4,
                SampleCalendar.AUTUMN.opensOn(),
                terms.size()),
            ids,
            r);
    Plan plan = Plan.demo(campus, days, r);
    CollectingSink sink = new CollectingSink();
    Generator g = new Generator(sink, ids, days, Scheduler.Density.DEMO, 40, 30, 1, 4);
    g.calendar(breaks, SampleCalendar.WORKDAYS);
    g.university(campus, plan, r);
    SampleManifest manifest = g.finish();
    return SampleData.of(sink.dataset(), manifest);
  }

  /**
   * A small university for fast tests: ten cadres, one of each role (a principal university leader
   * and a non-member one; in 学生工作部（处） a head, a branch secretary and a listed cadre with a focus
   * student; 后勤管理处's head and branch secretary; a college's party secretary, dean and deputy
   * secretary), one college with eight contact units, the autumn term 2024-2025-1 only, a few
   * feedback items. Everyone meets every obligation and nothing is planted: its manifest lists no
   * shortfall and no pattern, and names the party secretary as exemplar.
   */
  public static SampleData small(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Term> terms = List.of(SampleCalendar.AUTUMN);
    List<Break> breaks = List.of(SampleCalendar.NATIONAL_DAY);
    List<TermDays> days = Generator.days(terms, calendar(terms, breaks));
    Ids ids = Ids.university();
    Catalog.DeptSpec studentWork = Catalog.DEPARTMENTS.get(7);
    Catalog.DeptSpec logistics = Catalog.DEPARTMENTS.get(15);
    Campus campus =
        CampusFactory.build(
            new CampusFactory.Spec(
                UNIVERSITY_ID,
                0,
                "苏州示范大学",
                "",
                false,
                ImmutableList.of(
                    new LeaderTitle("党委书记", true, true), new LeaderTitle("副校长", false, false)),
                ImmutableList.of(
                    new Catalog.DeptSpec(
                        studentWork.name(),
                        studentWork.tags(),
                        studentWork.head(),
                        studentWork.deputy(),
                        3),
                    new Catalog.DeptSpec(
                        logistics.name(),
                        logistics.tags(),
                        logistics.head(),
                        logistics.deputy(),
                        2)),
                Catalog.COLLEGES.subList(0, 1),
                3,
                3,
                0,
                2,
                1,
                1,
                1,
                1,
                1,
                SampleCalendar.AUTUMN.opensOn(),
                terms.size()),
            ids,
            r);
    College college = campus.colleges.get(0);
    for (Leader l : campus.leaders) {
      if (l.department()
          && !l.principal()
          && !l.secretary()
          && !l.hasLink(ContactUnitType.STUDENT)) {
        l.links.add(new Link(college.students.get(0), SampleCalendar.AUTUMN.opensOn()));
      }
    }
    Plan plan = Plan.compliant(campus, days, r);
    CollectingSink sink = new CollectingSink();
    Generator g = new Generator(sink, ids, days, Scheduler.Density.DEMO, 4, 3, 2, 2);
    g.calendar(breaks, SampleCalendar.WORKDAYS);
    g.university(campus, plan, r);
    SampleManifest manifest = g.finish();
    return SampleData.of(sink.dataset(), manifest);
  }

  /** The calendar the generator schedules by; its clock is fixed and never read. */
  static AcademicCalendar calendar(List<Term> terms, List<Break> breaks) {
    return AcademicCalendar.builder()
        .terms(terms)
        .breaks(breaks)
        .workdays(SampleCalendar.WORKDAYS)
        .clock(Clock.fixed(Instant.EPOCH, AcademicCalendar.DEFAULT_ZONE))
        .build();
  }
}
