package org.lianxi.core.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.Break;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.domain.FeedbackChannel;
import org.lianxi.core.domain.IntegrityRule;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Review;
import org.lianxi.core.domain.ReviewDecision;
import org.lianxi.core.domain.Season;
import org.lianxi.core.domain.StudentLevel;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.Tier;
import org.lianxi.core.domain.Topic;
import org.lianxi.core.domain.UnitKind;
import org.lianxi.core.domain.Venue;
import org.lianxi.core.domain.WorkdayOverride;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of valid domain values, for property tests of the calendar, policies,
 * integrity rules and ports. All date-times are at minute precision (the precision of the CSV
 * formats, SPEC §5); texts mix plain Latin, Chinese and {@linkplain UniversityFixture#AWKWARD_TEXTS
 * awkward} strings. {@link #datasets()} gives whole consistent datasets (every id resolves, ids are
 * unique), the others single values whose ids need not resolve. Generators shrink towards small,
 * early, plain values.
 *
 * <pre>{@code
 * LianxiTheories.qt()
 *     .forAll(DomainGenerators.calendarScenarios())
 *     .checkAssert(s -> assertThat(s.calendar().teachingWeeks(s.term())).hasSizeLessThanOrEqualTo(
 *         AcademicCalendar.isoWeeks(s.term()).size()));
 * }</pre>
 *
 * <p>Stateless and thread-safe; every generator is deterministic for a given seed.
 */
public final class DomainGenerators {
  /** Tags a functional department may carry (SPEC §3, §5). */
  public static final ImmutableList<String> DEPARTMENT_TAGS =
      ImmutableList.of(
          "party-work",
          "student-work",
          "listed-department",
          "hotline",
          "graduate-work",
          "party-office",
          "president-office");

  /** Tags a contact unit may carry. */
  public static final ImmutableList<String> CONTACT_UNIT_TAGS =
      ImmutableList.of("freshman", "hardship", "graduating");

  private DomainGenerators() {}

  // ------------------------------------------------------------------ building blocks

  /** Days from {@code from} to {@code to}, both included. */
  public static Gen<LocalDate> datesBetween(LocalDate from, LocalDate to) {
    long span = to.toEpochDay() - from.toEpochDay();
    if (span < 0) {
      throw new IllegalArgumentException(to + " is before " + from);
    }
    return Generate.longRange(0, span).map(from::plusDays);
  }

  /** Date-times at minute precision from {@code from} to {@code to}, both included. */
  public static Gen<LocalDateTime> minutesBetween(LocalDateTime from, LocalDateTime to) {
    LocalDateTime first = from.truncatedTo(ChronoUnit.MINUTES);
    long span = Duration.between(first, to).toMinutes();
    if (span < 0) {
      throw new IllegalArgumentException(to + " is before " + from);
    }
    return Generate.longRange(0, span).map(first::plusMinutes);
  }

  /** Ids {@code prefix1} .. {@code prefix99999}. */
  public static Gen<String> ids(String prefix) {
    return SourceDSL.integers().between(1, 99_999).map(i -> prefix + i);
  }

  /** Lower-case Latin words of 1–12 letters. */
  public static Gen<String> plainTexts() {
    return SourceDSL.strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12);
  }

  /** Chinese texts of 1–8 CJK characters. */
  public static Gen<String> chineseTexts() {
    return SourceDSL.strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(1, 8);
  }

  /** One of {@link UniversityFixture#AWKWARD_TEXTS}. */
  public static Gen<String> awkwardTexts() {
    return Generate.pick(UniversityFixture.AWKWARD_TEXTS);
  }

  /** Non-blank, trimmed names: plain, Chinese or awkward. */
  public static Gen<String> texts() {
    return Generate.oneOf(plainTexts(), chineseTexts(), awkwardTexts());
  }

  /** Any subset of {@code values}, in their order. */
  public static <T> Gen<ImmutableSet<T>> subsetsOf(List<T> values) {
    return in -> {
      Draw d = new Draw(in);
      ImmutableSet.Builder<T> b = ImmutableSet.builder();
      for (T v : values) {
        if (d.chance(50)) {
          b.add(v);
        }
      }
      return b.build();
    };
  }

  /** Any subset of an enum's constants. */
  public static <E extends Enum<E>> Gen<ImmutableSet<E>> enumSubsets(Class<E> type) {
    return subsetsOf(List.copyOf(EnumSet.allOf(type)));
  }

  // ------------------------------------------------------------------ calendar

  /**
   * Terms of academic years 2016-2017 .. 2034-2035: autumn terms starting late August to mid
   * September, spring terms February to early March, 1 to 151 days long, half of them opening (报到)
   * up to a week before they start.
   */
  public static Gen<Term> terms() {
    return in -> term(new Draw(in), null);
  }

  /**
   * A term with breaks, overrides, absences and an as-of day near it: breaks (0–3, up to three
   * weeks each) and absences (0–3) start anywhere from two weeks before the term to two weeks after
   * it; overrides (0–12, distinct dates, either value) fall from a week before to two weeks after;
   * as-of ranges from ten days before the term opens to twenty days after it ends.
   */
  public static Gen<CalendarScenario> calendarScenarios() {
    return in -> {
      Draw d = new Draw(in);
      Term t = term(d, null);
      LocalDate lo = t.startsOn().minusDays(14);
      LocalDate hi = t.endsOn().plusDays(14);
      ImmutableList<Break> breaks = breaks(d, lo, hi, 3, 21);
      ImmutableList<WorkdayOverride> workdays = workdays(d, t.startsOn().minusDays(7), hi, 12);
      ImmutableList.Builder<Absence> absences = ImmutableList.builder();
      int n = d.between(0, 3);
      for (int i = 0; i < n; i++) {
        LocalDate from = d.date(lo, hi);
        absences.add(
            Absence.builder()
                .cadreId(CalendarScenario.CADRE)
                .startsOn(from)
                .endsOn(from.plusDays(d.between(0, 20)))
                .build());
      }
      LocalDate asOf = d.date(t.opensOn().minusDays(10), t.endsOn().plusDays(20));
      return new CalendarScenario(t, breaks, workdays, absences.build(), asOf);
    };
  }

  // ------------------------------------------------------------------ single values

  /** Org units of any kind, with tags and (for non-universities) a parent. */
  public static Gen<OrgUnit> orgUnits() {
    return in -> {
      Draw d = new Draw(in);
      UnitKind kind = d.pick(List.of(UnitKind.values()));
      OrgUnit.Builder b =
          OrgUnit.builder().unitId(d.from(ids("D"))).name(d.from(texts())).kind(kind);
      if (kind != UnitKind.UNIVERSITY) {
        b.parentId(UniversityFixture.UNIVERSITY);
        if (kind == UnitKind.FUNCTIONAL_DEPARTMENT) {
          b.addAllTags(d.from(subsetsOf(DEPARTMENT_TAGS)));
        }
      }
      return b.build();
    };
  }

  /** Cadres of any tier and role, in a unit of {@link UniversityFixture} matching the tier. */
  public static Gen<Cadre> cadres() {
    return in -> {
      Draw d = new Draw(in);
      return cadre(d, d.from(ids("C")), UniversityFixture.orgUnits());
    };
  }

  /** Contact units of any type, size and level. */
  public static Gen<ContactUnit> contactUnits() {
    return in -> {
      Draw d = new Draw(in);
      return contactUnit(
          d,
          d.from(ids("CU")),
          List.of(UniversityFixture.COMPUTING_COLLEGE, UniversityFixture.LITERATURE_COLLEGE));
    };
  }

  /** Assignments starting in 2024-2025, half of them open-ended. */
  public static Gen<Assignment> assignments() {
    return in -> {
      Draw d = new Draw(in);
      return assignment(
          d,
          d.from(ids("C")),
          d.from(ids("CU")),
          LocalDate.of(2024, 8, 1),
          LocalDate.of(2025, 7, 31));
    };
  }

  /** Activities of any type and venue in 2024-2025, every optional attribute sometimes empty. */
  public static Gen<Activity> activities() {
    return in -> {
      Draw d = new Draw(in);
      return activity(
          d,
          d.from(ids("A")),
          d.from(ids("C")),
          List.of(d.from(ids("CU"))),
          LocalDate.of(2024, 8, 25),
          LocalDate.of(2025, 7, 6),
          null);
    };
  }

  /** Absences of up to three weeks in 2024-2025. */
  public static Gen<Absence> absences() {
    return in -> {
      Draw d = new Draw(in);
      return absence(d, d.from(ids("C")), LocalDate.of(2024, 8, 25), LocalDate.of(2025, 7, 6));
    };
  }

  /** Feedback items of any channel, acknowledged and closed or not. */
  public static Gen<Feedback> feedback() {
    return in -> {
      Draw d = new Draw(in);
      return feedbackItem(
          d,
          d.from(ids("F")),
          List.of(UniversityFixture.STUDENT_AFFAIRS, UniversityFixture.LOGISTICS),
          LocalDate.of(2024, 9, 1),
          LocalDate.of(2025, 7, 6));
    };
  }

  /** Reviews of any rule and decision. */
  public static Gen<Review> reviews() {
    return in -> {
      Draw d = new Draw(in);
      return review(d, d.from(ids("A")), LocalDateTime.of(2024, 9, 1, 8, 0));
    };
  }

  // ------------------------------------------------------------------ datasets

  /**
   * Consistent datasets of one university: 1–3 departments and 1–3 colleges (all with a parent or
   * none), 1–6 cadres, 1–6 contact units, 0–8 assignments, an autumn term and often the spring term
   * of the same academic year, 0–2 breaks, 0–5 overrides, 0–12 activities (some correcting earlier
   * ones, contact units where given are known), 0–3 absences, 0–4 feedback items and 0–3 reviews of
   * logged activities. Every id is unique and every reference resolves.
   */
  public static Gen<Dataset> datasets() {
    return in -> {
      Draw d = new Draw(in);
      Dataset.Builder ds = Dataset.builder();

      boolean withParents = d.chance(50);
      List<OrgUnit> units = new ArrayList<>();
      units.add(
          OrgUnit.builder()
              .unitId(UniversityFixture.UNIVERSITY)
              .name(d.from(texts()))
              .kind(UnitKind.UNIVERSITY)
              .build());
      int departments = d.between(1, 3);
      for (int i = 1; i <= departments; i++) {
        OrgUnit.Builder b =
            OrgUnit.builder()
                .unitId("D" + i)
                .name(d.from(texts()))
                .kind(UnitKind.FUNCTIONAL_DEPARTMENT)
                .addAllTags(d.from(subsetsOf(DEPARTMENT_TAGS)));
        if (withParents) {
          b.parentId(UniversityFixture.UNIVERSITY);
        }
        units.add(b.build());
      }
      List<String> colleges = new ArrayList<>();
      int collegeCount = d.between(1, 3);
      for (int i = 1; i <= collegeCount; i++) {
        OrgUnit.Builder b =
            OrgUnit.builder().unitId("K" + i).name(d.from(texts())).kind(UnitKind.COLLEGE);
        if (withParents) {
          b.parentId(UniversityFixture.UNIVERSITY);
        }
        units.add(b.build());
        colleges.add("K" + i);
      }
      ds.addAllOrgUnits(units);

      List<String> cadreIds = new ArrayList<>();
      int cadreCount = d.between(1, 6);
      for (int i = 1; i <= cadreCount; i++) {
        ds.addCadres(cadre(d, "C" + i, units));
        cadreIds.add("C" + i);
      }
      List<String> contactUnitIds = new ArrayList<>();
      int contactUnitCount = d.between(1, 6);
      for (int i = 1; i <= contactUnitCount; i++) {
        ds.addContactUnits(contactUnit(d, "CU" + i, colleges));
        contactUnitIds.add("CU" + i);
      }

      Term autumn = term(d, Season.AUTUMN);
      ds.addTerms(autumn);
      LocalDate lastDay = autumn.endsOn();
      if (d.chance(60)) {
        int year = autumn.startsOn().getYear() + 1;
        LocalDate start = LocalDate.of(year, 2, 15).plusDays(d.between(0, 20));
        Term spring =
            Term.builder()
                .termId(autumn.academicYear() + "-2")
                .academicYear(autumn.academicYear())
                .season(Season.SPRING)
                .startsOn(start)
                .endsOn(start.plusDays(d.between(90, 140)))
                .build();
        ds.addTerms(spring);
        lastDay = spring.endsOn();
      }
      ds.addAllBreaks(breaks(d, autumn.startsOn(), autumn.endsOn(), 2, 10));
      ds.addAllWorkdays(workdays(d, autumn.startsOn(), autumn.endsOn(), 5));

      Map<String, Assignment> assignments = new LinkedHashMap<>();
      int assignmentCount = d.between(0, 8);
      for (int i = 0; i < assignmentCount; i++) {
        Assignment a =
            assignment(
                d,
                d.pick(cadreIds),
                d.pick(contactUnitIds),
                autumn.startsOn().minusDays(30),
                lastDay);
        assignments.putIfAbsent(a.cadreId() + "|" + a.contactUnitId() + "|" + a.validFrom(), a);
      }
      ds.addAllAssignments(assignments.values());

      List<Activity> activities = new ArrayList<>();
      int activityCount = d.between(0, 12);
      for (int i = 1; i <= activityCount; i++) {
        String supersedes =
            i > 1 && d.chance(15) ? activities.get(d.between(0, i - 2)).activityId() : null;
        activities.add(
            activity(
                d,
                "A" + i,
                d.pick(cadreIds),
                contactUnitIds,
                autumn.opensOn(),
                lastDay,
                supersedes));
      }
      ds.addAllActivities(activities);

      int absenceCount = d.between(0, 3);
      for (int i = 0; i < absenceCount; i++) {
        ds.addAbsences(absence(d, d.pick(cadreIds), autumn.startsOn(), lastDay));
      }
      List<String> unitIds = units.stream().map(OrgUnit::unitId).toList();
      int feedbackCount = d.between(0, 4);
      for (int i = 1; i <= feedbackCount; i++) {
        ds.addFeedback(feedbackItem(d, "F" + i, unitIds, autumn.opensOn(), lastDay));
      }
      if (!activities.isEmpty()) {
        Set<Review> reviews = new LinkedHashSet<>();
        int reviewCount = d.between(0, 3);
        for (int i = 0; i < reviewCount; i++) {
          Activity a = d.pick(activities);
          reviews.add(review(d, a.activityId(), a.recordedAt()));
        }
        ds.addAllReviews(reviews);
      }
      return ds.build();
    };
  }

  // ------------------------------------------------------------------ parts

  private static Term term(Draw d, Season fixedSeason) {
    int year = d.between(2016, 2034);
    Season season = fixedSeason != null ? fixedSeason : d.pick(List.of(Season.values()));
    LocalDate start =
        season == Season.AUTUMN
            ? LocalDate.of(year, 8, 25).plusDays(d.between(0, 20))
            : LocalDate.of(year + 1, 2, 10).plusDays(d.between(0, 25));
    LocalDate end = start.plusDays(d.between(0, 150));
    LocalDate opens = d.chance(50) ? start.minusDays(d.between(1, 7)) : start;
    String academicYear = year + "-" + (year + 1);
    return Term.builder()
        .termId(academicYear + (season == Season.AUTUMN ? "-1" : "-2"))
        .academicYear(academicYear)
        .season(season)
        .startsOn(start)
        .endsOn(end)
        .opensOn(opens)
        .build();
  }

  private static ImmutableList<Break> breaks(
      Draw d, LocalDate from, LocalDate to, int most, int longest) {
    ImmutableList.Builder<Break> b = ImmutableList.builder();
    int n = d.between(0, most);
    for (int i = 1; i <= n; i++) {
      LocalDate start = d.date(from, to);
      b.add(
          Break.builder()
              .startsOn(start)
              .endsOn(start.plusDays(d.between(0, longest - 1)))
              .name(d.chance(50) ? "" : d.from(texts()))
              .build());
    }
    return b.build();
  }

  private static ImmutableList<WorkdayOverride> workdays(
      Draw d, LocalDate from, LocalDate to, int most) {
    Map<LocalDate, WorkdayOverride> byDate = new LinkedHashMap<>();
    int n = d.between(0, most);
    for (int i = 0; i < n; i++) {
      LocalDate date = d.date(from, to);
      boolean workday = d.chance(50);
      byDate.putIfAbsent(date, WorkdayOverride.of(date, workday, workday ? "调休" : d.from(texts())));
    }
    return ImmutableList.copyOf(byDate.values());
  }

  private static Cadre cadre(Draw d, String id, List<OrgUnit> units) {
    Tier tier = d.pick(List.of(Tier.values()));
    UnitKind kind =
        switch (tier) {
          case UNIVERSITY_LEADERSHIP -> UnitKind.UNIVERSITY;
          case FUNCTIONAL_DEPARTMENT -> UnitKind.FUNCTIONAL_DEPARTMENT;
          case COLLEGE_LEADERSHIP -> UnitKind.COLLEGE;
        };
    List<String> candidates =
        units.stream().filter(u -> u.kind() == kind).map(OrgUnit::unitId).toList();
    return Cadre.builder()
        .cadreId(id)
        .name(d.from(texts()))
        .tier(tier)
        .unitId(d.pick(candidates))
        .title(d.from(texts()))
        .principal(d.chance(30))
        .partyMember(d.chance(70))
        .branchSecretary(d.chance(20))
        .build();
  }

  private static ContactUnit contactUnit(Draw d, String id, List<String> colleges) {
    ContactUnitType type = d.pick(List.of(ContactUnitType.values()));
    ContactUnit.Builder b =
        ContactUnit.builder()
            .contactUnitId(id)
            .type(type)
            .name(d.from(texts()))
            .size(type == ContactUnitType.STUDENT ? 1 : d.between(0, 300))
            .addAllTags(d.from(subsetsOf(CONTACT_UNIT_TAGS)));
    if (d.chance(70)) {
      b.collegeId(d.pick(colleges));
    }
    if (d.chance(70)) {
      b.level(d.pick(List.of(StudentLevel.values())));
    }
    return b.build();
  }

  private static Assignment assignment(
      Draw d, String cadreId, String contactUnitId, LocalDate from, LocalDate to) {
    LocalDate validFrom = d.date(from, to);
    Assignment.Builder b =
        Assignment.builder().cadreId(cadreId).contactUnitId(contactUnitId).validFrom(validFrom);
    if (d.chance(50)) {
      b.validTo(validFrom.plusDays(d.between(0, 200)));
    }
    return b.build();
  }

  private static Activity activity(
      Draw d,
      String id,
      String cadreId,
      List<String> contactUnitIds,
      LocalDate from,
      LocalDate to,
      String supersedes) {
    LocalDateTime start = d.date(from, to).atTime(6, 0).plusMinutes(d.between(0, 16 * 60));
    Activity.Builder b =
        Activity.builder()
            .activityId(id)
            .cadreId(cadreId)
            .type(d.pick(List.of(ActivityType.values())))
            .start(start)
            .minutes(d.between(1, 240))
            .venue(d.pick(List.of(Venue.values())))
            .addAllTopics(d.from(enumSubsets(Topic.class)))
            .recordedAt(start.plusMinutes(d.between(-60, 40 * 24 * 60)));
    if (d.chance(70)) {
      b.contactUnitId(d.pick(contactUnitIds));
    }
    if (d.chance(60)) {
      b.participants(d.between(0, 300));
    }
    if (d.chance(50)) {
      b.evidence(d.from(texts()));
    }
    if (supersedes != null) {
      b.supersedes(supersedes);
    }
    return b.build();
  }

  private static Absence absence(Draw d, String cadreId, LocalDate from, LocalDate to) {
    LocalDate start = d.date(from, to);
    return Absence.builder()
        .cadreId(cadreId)
        .startsOn(start)
        .endsOn(start.plusDays(d.between(0, 20)))
        .reason(d.chance(30) ? "" : d.from(texts()))
        .build();
  }

  private static Feedback feedbackItem(
      Draw d, String id, List<String> unitIds, LocalDate from, LocalDate to) {
    LocalDateTime received = d.date(from, to).atStartOfDay().plusMinutes(d.between(0, 1439));
    Feedback.Builder b =
        Feedback.builder()
            .feedbackId(id)
            .channel(d.pick(List.of(FeedbackChannel.values())))
            .unitId(d.pick(unitIds))
            .receivedAt(received)
            .category(d.chance(30) ? "" : d.from(texts()));
    if (d.chance(60)) {
      b.acknowledgedAt(received.plusMinutes(d.between(0, 5 * 24 * 60)));
    }
    if (d.chance(60)) {
      b.closedAt(received.plusMinutes(d.between(0, 30 * 24 * 60)));
    }
    return b.build();
  }

  private static Review review(Draw d, String activityId, LocalDateTime after) {
    return Review.builder()
        .activityId(activityId)
        .rule(d.pick(List.of(IntegrityRule.values())))
        .decision(d.pick(List.of(ReviewDecision.values())))
        .reviewer(d.from(texts()))
        .reviewedAt(after.truncatedTo(ChronoUnit.MINUTES).plusMinutes(d.between(1, 90 * 24 * 60)))
        .reason(d.chance(30) ? "" : d.from(texts()))
        .build();
  }

  /** Draws from a randomness source; shrinking moves every draw towards its lower bound. */
  private static final class Draw {
    private final RandomnessSource in;

    Draw(RandomnessSource in) {
      this.in = in;
    }

    int between(int lo, int hi) {
      return Generate.range(lo, hi).generate(in);
    }

    /** True with the given percentage; shrinks towards false. */
    boolean chance(int percent) {
      return between(0, 99) >= 100 - percent;
    }

    <T> T pick(List<T> values) {
      return values.get(between(0, values.size() - 1));
    }

    <T> T from(Gen<T> gen) {
      return gen.generate(in);
    }

    LocalDate date(LocalDate from, LocalDate to) {
      return from.plusDays(between(0, (int) (to.toEpochDay() - from.toEpochDay())));
    }
  }
}
