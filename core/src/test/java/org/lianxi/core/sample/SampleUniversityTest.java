package org.lianxi.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lianxi.core.calendar.IsoWeek;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Assignment;
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
import org.lianxi.core.domain.UnitKind;
import org.lianxi.core.domain.Venue;
import org.lianxi.core.domain.WorkdayOverride;

class SampleUniversityTest {
  private static final long SEED = 20241016L;
  private static final SampleData DEMO = SampleUniversity.demo(SEED);
  private static final Dataset D = DEMO.dataset();
  private static final SampleManifest M = DEMO.manifest();

  private static final Map<String, Activity> ACTIVITIES = new HashMap<>();
  private static final Map<String, ContactUnit> UNITS = new HashMap<>();
  private static final Map<String, Cadre> CADRES = new HashMap<>();

  static {
    D.activities().forEach(a -> ACTIVITIES.put(a.activityId(), a));
    D.contactUnits().forEach(u -> UNITS.put(u.contactUnitId(), u));
    D.cadres().forEach(c -> CADRES.put(c.cadreId(), c));
  }

  // ---------------------------------------------------------------- determinism

  @Test
  void sameSeedGivesEqualData() {
    SampleData again = SampleUniversity.demo(SEED);
    assertThat(again.dataset()).isEqualTo(D);
    assertThat(again.manifest()).isEqualTo(M);
  }

  @Test
  void differentSeedsGiveDifferentActivities() {
    Dataset other = SampleUniversity.demo(SEED + 1).dataset();
    assertThat(other.activities()).isNotEqualTo(D.activities());
    assertThat(other.cadres()).isNotEqualTo(D.cadres());
  }

  // ---------------------------------------------------------------- validity (SPEC §5)

  @Test
  void everyReferenceResolvesAndIdsAreUnique() {
    assertThat(SampleAudit.referenceProblems(D)).isEmpty();
  }

  @Test
  void singleUniversityWithoutParentIds() {
    List<OrgUnit> universities =
        D.orgUnits().stream().filter(u -> u.kind() == UnitKind.UNIVERSITY).toList();
    assertThat(universities).hasSize(1);
    assertThat(universities.get(0).unitId()).isEqualTo(SampleUniversity.UNIVERSITY_ID);
    assertThat(universities.get(0).tags()).isEmpty();
    assertThat(D.orgUnits()).allMatch(u -> u.parentId().isEmpty());
  }

  @Test
  void idsAreShortAndStable() {
    assertThat(D.cadres()).allMatch(c -> c.cadreId().matches("C\\d{4}"));
    assertThat(D.activities()).allMatch(a -> a.activityId().matches("A\\d{6}"));
    assertThat(D.contactUnits()).allMatch(u -> u.contactUnitId().matches("CU\\d{5}"));
    assertThat(D.feedback()).allMatch(f -> f.feedbackId().matches("F\\d{5}"));
    assertThat(D.orgUnits())
        .allMatch(u -> u.unitId().equals("U") || u.unitId().matches("D\\d{2}|COL\\d{2}"));
    assertThat(D.activities().get(0).activityId()).isEqualTo("A000001");
  }

  // ---------------------------------------------------------------- shape of the demo

  @Test
  void fifteenUniversityLeadersWithTheSecretaryAndPresidentAsPrincipals() {
    List<Cadre> leaders = tier(Tier.UNIVERSITY_LEADERSHIP);
    assertThat(leaders.size()).isBetween(13, 17);
    assertThat(leaders).allMatch(c -> c.unitId().equals("U"));
    assertThat(leaders.stream().filter(Cadre::principal).map(Cadre::title))
        .containsExactlyInAnyOrder("党委书记", "校长");
    assertThat(leaders.stream().filter(Cadre::partyMember).count())
        .isGreaterThanOrEqualTo(leaders.size() - 2);
    assertThat(leaders).anyMatch(c -> c.title().equals("副校长"));
    assertThat(leaders).anyMatch(c -> c.title().equals("党委副书记"));
  }

  @Test
  @DisplayName("三、2.(2): twenty departments, all fourteen listed ones tagged listed-department")
  void twentyDepartmentsIncludingTheFourteenListed() {
    List<OrgUnit> departments = kind(UnitKind.FUNCTIONAL_DEPARTMENT);
    assertThat(departments).hasSize(20);
    Map<String, OrgUnit> byName =
        departments.stream().collect(Collectors.toMap(OrgUnit::name, u -> u));
    assertThat(byName)
        .containsKeys(
            "党委宣传部",
            "团委",
            "教务部",
            "招生就业处",
            "学生工作部（处）",
            "学生创新创业教育中心",
            "大学生心理健康教育研究中心",
            "人武部",
            "研究生院",
            "党委研究生工作部",
            "继续教育处（继续教育学院）",
            "保卫部（处）",
            "后勤管理处",
            "艺术教育中心",
            "党委办公室",
            "校长办公室",
            "党委组织部");
    assertThat(departments.stream().filter(u -> u.hasTag("listed-department"))).hasSize(14);
    assertThat(byName.get("学生工作部（处）").tags())
        .containsExactly("student-work", "listed-department", "hotline", "party-work");
    assertThat(byName.get("后勤管理处").tags()).containsExactly("listed-department", "hotline");
    assertThat(byName.get("党委研究生工作部").tags())
        .containsExactly("graduate-work", "listed-department", "party-work");
    assertThat(byName.get("团委").tags()).containsExactly("party-work", "listed-department");
    assertThat(byName.get("党委办公室").tags()).containsExactly("party-office", "party-work");
    assertThat(byName.get("校长办公室").tags()).containsExactly("president-office");
    assertThat(byName.get("党委组织部").tags()).containsExactly("party-work");
  }

  @Test
  void sixtyDepartmentCadresEachDepartmentWithOneHeadAndOneBranchSecretary() {
    List<Cadre> cadres = tier(Tier.FUNCTIONAL_DEPARTMENT);
    assertThat(cadres.size()).isBetween(55, 65);
    for (OrgUnit dept : kind(UnitKind.FUNCTIONAL_DEPARTMENT)) {
      List<Cadre> in = cadres.stream().filter(c -> c.unitId().equals(dept.unitId())).toList();
      assertThat(in).as(dept.name()).isNotEmpty();
      assertThat(in.stream().filter(Cadre::principal)).as(dept.name()).hasSize(1);
      assertThat(in.stream().filter(Cadre::branchSecretary)).as(dept.name()).hasSize(1);
      assertThat(in.stream().filter(Cadre::branchSecretary)).allMatch(Cadre::partyMember);
    }
  }

  @Test
  void twentyFiveCollegesWithFourToSixLeadersEach() {
    List<OrgUnit> colleges = kind(UnitKind.COLLEGE);
    assertThat(colleges).hasSize(25);
    assertThat(colleges).allMatch(c -> c.name().endsWith("学院"));
    for (OrgUnit college : colleges) {
      List<Cadre> leaders =
          tier(Tier.COLLEGE_LEADERSHIP).stream()
              .filter(c -> c.unitId().equals(college.unitId()))
              .toList();
      assertThat(leaders.size()).as(college.name()).isBetween(4, 6);
      assertThat(leaders.stream().filter(Cadre::principal).map(Cadre::title))
          .containsExactlyInAnyOrder("党委书记", "院长");
    }
  }

  @Test
  void namesAndTitlesAreChinese() {
    assertThat(D.cadres()).allMatch(c -> c.name().matches("\\p{IsHan}{2,3}"));
    assertThat(D.cadres().stream().map(Cadre::name).distinct().count())
        .isEqualTo(D.cadres().size());
    Set<String> titles = D.cadres().stream().map(Cadre::title).collect(Collectors.toSet());
    assertThat(titles).contains("党委书记", "校长", "副校长", "处长", "副处长", "院长", "副院长", "党委副书记");
  }

  @Test
  void everyCollegeHasEveryKindOfContactUnitAndSomeAreUniversityLevel() {
    for (OrgUnit college : kind(UnitKind.COLLEGE)) {
      Set<ContactUnitType> types =
          D.contactUnits().stream()
              .filter(u -> u.collegeId().equals(java.util.Optional.of(college.unitId())))
              .map(ContactUnit::type)
              .collect(Collectors.toSet());
      assertThat(types).as(college.name()).containsAll(EnumSet.allOf(ContactUnitType.class));
    }
    List<ContactUnit> universityLevel =
        D.contactUnits().stream().filter(u -> u.collegeId().isEmpty()).toList();
    assertThat(universityLevel).isNotEmpty().allMatch(u -> u.type() == ContactUnitType.ASSOCIATION);
    List<ContactUnit> classes = units(ContactUnitType.CLASS);
    assertThat(classes).allMatch(u -> u.size() >= 25 && u.size() <= 45);
    assertThat(classes).anyMatch(u -> u.hasTag("freshman"));
    assertThat(classes).anyMatch(u -> !u.hasTag("freshman"));
    assertThat(classes.stream().map(u -> u.level().orElseThrow()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(StudentLevel.UNDERGRADUATE, StudentLevel.GRADUATE);
    List<ContactUnit> students = units(ContactUnitType.STUDENT);
    assertThat(students).allMatch(u -> u.size() == 1);
    assertThat(students).anyMatch(u -> u.hasTag("hardship"));
    assertThat(students).anyMatch(u -> !u.hasTag("hardship"));
  }

  @Test
  @DisplayName("三、1.(2), 三、3.(2): leaders are linked; Party members to a branch as well")
  void leadersAreLinkedToUnitsAndPartyMembersToBranches() {
    Map<String, Set<ContactUnitType>> linked = new HashMap<>();
    for (Assignment a : D.assignments()) {
      linked
          .computeIfAbsent(a.cadreId(), k -> EnumSet.noneOf(ContactUnitType.class))
          .add(UNITS.get(a.contactUnitId()).type());
    }
    for (Cadre c : D.cadres()) {
      Set<ContactUnitType> types = linked.getOrDefault(c.cadreId(), Set.of());
      if (c.tier() == Tier.UNIVERSITY_LEADERSHIP) {
        assertThat(types)
            .as(c.cadreId())
            .containsAnyOf(
                ContactUnitType.CLASS, ContactUnitType.DORMITORY, ContactUnitType.ASSOCIATION);
        if (c.partyMember()) {
          assertThat(types).as(c.cadreId()).contains(ContactUnitType.PARTY_BRANCH);
        }
      } else if (c.tier() == Tier.COLLEGE_LEADERSHIP && c.partyMember()) {
        assertThat(types).as(c.cadreId()).contains(ContactUnitType.PARTY_BRANCH);
      }
    }
    LocalDate autumnStart = LocalDate.of(2024, 9, 2);
    assertThat(D.assignments())
        .as("an assignment starts mid-term")
        .anyMatch(a -> a.validFrom().isAfter(autumnStart.plusWeeks(4)));
  }

  // ---------------------------------------------------------------- calendar

  @Test
  void twoTermsWithTheirBreaks() {
    assertThat(D.terms()).hasSize(2);
    Term autumn = D.terms().get(0);
    Term spring = D.terms().get(1);
    assertThat(autumn.termId()).isEqualTo("2024-2025-1");
    assertThat(autumn.season()).isEqualTo(Season.AUTUMN);
    assertThat(autumn.startsOn()).isEqualTo(LocalDate.of(2024, 9, 2));
    assertThat(autumn.endsOn()).isEqualTo(LocalDate.of(2025, 1, 12));
    assertThat(autumn.opensOn()).isEqualTo(LocalDate.of(2024, 8, 31));
    assertThat(spring.termId()).isEqualTo("2024-2025-2");
    assertThat(spring.season()).isEqualTo(Season.SPRING);
    assertThat(spring.startsOn()).isEqualTo(LocalDate.of(2025, 2, 17));
    assertThat(spring.endsOn()).isEqualTo(LocalDate.of(2025, 6, 29));
    assertThat(D.breaks())
        .extracting(b -> b.startsOn() + ".." + b.endsOn() + " " + b.name())
        .containsExactly("2024-10-01..2024-10-07 国庆节", "2025-05-01..2025-05-05 劳动节");
  }

  @Test
  void workdayOverridesAreHolidaysOnWeekdaysAndWorkingWeekends() {
    assertThat(D.workdays()).isNotEmpty();
    for (WorkdayOverride w : D.workdays()) {
      boolean weekend = SampleAudit.weekend(w.date());
      assertThat(w.workday()).as(w.date() + " " + w.name()).isEqualTo(weekend);
      assertThat(w.name()).isNotBlank();
    }
    Map<LocalDate, Boolean> byDate = new HashMap<>();
    D.workdays().forEach(w -> byDate.put(w.date(), w.workday()));
    assertThat(byDate)
        .containsEntry(LocalDate.of(2024, 9, 14), true)
        .containsEntry(LocalDate.of(2024, 9, 16), false)
        .containsEntry(LocalDate.of(2024, 9, 17), false)
        .containsEntry(LocalDate.of(2024, 9, 29), true)
        .containsEntry(LocalDate.of(2024, 10, 1), false)
        .containsEntry(LocalDate.of(2024, 10, 7), false)
        .containsEntry(LocalDate.of(2024, 10, 12), true)
        .containsEntry(LocalDate.of(2025, 1, 1), false)
        .containsEntry(LocalDate.of(2025, 4, 4), false)
        .containsEntry(LocalDate.of(2025, 4, 27), true)
        .containsEntry(LocalDate.of(2025, 5, 1), false)
        .containsEntry(LocalDate.of(2025, 5, 5), false)
        .containsEntry(LocalDate.of(2025, 6, 2), false)
        .doesNotContainKey(LocalDate.of(2025, 5, 31))
        .doesNotContainKey(LocalDate.of(2024, 9, 30));
  }

  // ---------------------------------------------------------------- activities

  @Test
  void activitiesLookLikeTheirTypes() {
    Set<String> oversized = M.plantedActivityIds(IntegrityRule.OVERSIZED);
    Set<String> early = M.plantedActivityIds(IntegrityRule.RECORDED_BEFORE_START);
    for (Activity a : D.activities()) {
      assertThat(a.minutes()).as(a.activityId()).isBetween(30, 180);
      assertThat(a.venue() == Venue.ONLINE)
          .as(a.activityId())
          .isEqualTo(a.type() == ActivityType.ONLINE_ENGAGEMENT);
      assertThat(a.topics()).as(a.activityId()).isNotEmpty();
      if (a.contactUnitId().isPresent() && !oversized.contains(a.activityId())) {
        int size = UNITS.get(a.contactUnitId().get()).size();
        assertThat(a.participants().orElse(0)).as(a.activityId()).isLessThanOrEqualTo(size);
      }
      if (!early.contains(a.activityId())) {
        assertThat(a.recordedAt()).as(a.activityId()).isAfterOrEqualTo(a.end());
      }
    }
    assertThat(D.activities().stream().filter(a -> a.type() == ActivityType.THEORY_LECTURE))
        .allMatch(a -> a.topics().contains(org.lianxi.core.domain.Topic.IDEOLOGY));
    assertThat(D.activities().stream().filter(a -> a.type() == ActivityType.DORM_VISIT))
        .allMatch(a -> a.venue() == Venue.DORMITORY);
    long withEvidence = D.activities().stream().filter(a -> a.evidence().isPresent()).count();
    assertThat(withEvidence).isBetween(D.activities().size() / 10L, D.activities().size() / 2L);
    long within3Days =
        D.activities().stream()
            .filter(a -> ChronoUnit.HOURS.between(a.end(), a.recordedAt()) <= 72)
            .count();
    assertThat(within3Days).isGreaterThan(D.activities().size() * 9L / 10);
  }

  @Test
  void everyTypeOfTheTiersOccurs() {
    Set<ActivityType> types =
        D.activities().stream().map(Activity::type).collect(Collectors.toSet());
    assertThat(types)
        .contains(
            ActivityType.THEORY_LECTURE,
            ActivityType.FIRST_LESSON,
            ActivityType.DORM_VISIT,
            ActivityType.CANTEEN_VISIT,
            ActivityType.CLASS_OBSERVATION,
            ActivityType.STUDENT_FORUM,
            ActivityType.GRADUATE_FORUM,
            ActivityType.LEADER_MEAL,
            ActivityType.PARTY_DAY,
            ActivityType.ORGANIZATIONAL_LIFE,
            ActivityType.PARTY_LECTURE,
            ActivityType.CLASS_MEETING,
            ActivityType.HEART_TO_HEART,
            ActivityType.HARDSHIP_SUPPORT,
            ActivityType.RESEARCH_VISIT,
            ActivityType.ORIENTATION,
            ActivityType.GRADUATION_EVENT,
            ActivityType.ONLINE_ENGAGEMENT);
    assertThat(D.activities())
        .filteredOn(a -> a.type() == ActivityType.GRADUATION_EVENT)
        .allMatch(a -> a.start().getMonthValue() == 6);
    assertThat(D.activities())
        .filteredOn(a -> a.type() == ActivityType.ORIENTATION)
        .allMatch(a -> a.start().getYear() == 2024 && a.start().getMonthValue() <= 9);
  }

  @Test
  void activitiesNameOnlyUnitsAssignedThatDayExceptThePlantedOnes() {
    Set<String> unassigned = M.plantedActivityIds(IntegrityRule.UNASSIGNED_UNIT);
    Map<String, List<Assignment>> links =
        D.assignments().stream().collect(Collectors.groupingBy(Assignment::cadreId));
    for (Activity a : D.activities()) {
      if (a.contactUnitId().isEmpty() || unassigned.contains(a.activityId())) {
        continue;
      }
      assertThat(links.getOrDefault(a.cadreId(), List.of()))
          .as(a.activityId())
          .anyMatch(l -> l.contactUnitId().equals(a.contactUnitId().get()) && l.coversDay(a.day()));
    }
  }

  // ---------------------------------------------------------------- planted integrity patterns

  @Test
  void everyIntegrityRuleIsPlanted() {
    for (IntegrityRule rule : IntegrityRule.values()) {
      assertThat(M.patternsOf(rule)).as(rule.name()).isNotEmpty();
    }
    assertThat(M.patterns()).allMatch(p -> !p.note().isBlank());
  }

  @Test
  void everyPlantedPatternHasTheShapeOfItsRule() {
    Map<String, List<Absence>> absences =
        D.absences().stream().collect(Collectors.groupingBy(Absence::cadreId));
    Map<String, List<Assignment>> links =
        D.assignments().stream().collect(Collectors.groupingBy(Assignment::cadreId));
    for (PlantedPattern p : M.patterns()) {
      List<Activity> acts = p.activityIds().stream().map(ACTIVITIES::get).toList();
      Term term = D.terms().stream().filter(t -> t.termId().equals(p.termId())).findFirst().get();
      assertThat(acts).as(p.toString()).isNotEmpty().doesNotContainNull();
      assertThat(acts).as(p.toString()).allMatch(a -> a.cadreId().equals(p.cadreId()));
      assertThat(acts)
          .as(p.toString())
          .allMatch(a -> !a.day().isBefore(term.opensOn()) && !a.day().isAfter(term.endsOn()));
      switch (p.rule()) {
        case OVERLAP -> {
          assertThat(acts).hasSize(2);
          assertThat(acts.get(0).start()).isBefore(acts.get(1).end());
          assertThat(acts.get(1).start()).isBefore(acts.get(0).end());
          assertThat(acts.get(0).sameEngagementAs(acts.get(1))).isFalse();
        }
        case DUPLICATE -> {
          assertThat(acts).hasSize(2);
          assertThat(acts.get(0).sameEngagementAs(acts.get(1))).isTrue();
          assertThat(acts.get(1).recordedAt()).isAfter(acts.get(0).recordedAt());
          assertThat(
                  Activity.builder()
                      .from(acts.get(1))
                      .activityId(acts.get(0).activityId())
                      .recordedAt(acts.get(0).recordedAt())
                      .build())
              .as("an exact copy")
              .isEqualTo(acts.get(0));
        }
        case DURING_ABSENCE -> {
          assertThat(acts)
              .allMatch(
                  a ->
                      absences.getOrDefault(a.cadreId(), List.of()).stream()
                          .anyMatch(ab -> ab.contains(a.day())));
        }
        case RECORDED_BEFORE_START -> {
          assertThat(acts).allMatch(a -> a.recordedAt().isBefore(a.start()));
        }
        case IMPLAUSIBLE_DAY -> {
          LocalDate day = acts.get(0).day();
          assertThat(acts).allMatch(a -> a.day().equals(day));
          int minutes = acts.stream().mapToInt(Activity::minutes).sum();
          assertThat(acts.size() > 8 || minutes > 720).as(p.toString()).isTrue();
          assertThat(
                  D.activities().stream()
                      .filter(a -> a.cadreId().equals(p.cadreId()) && a.day().equals(day))
                      .count())
              .as("the pattern is the whole day")
              .isEqualTo(acts.size());
        }
        case OVERSIZED -> {
          assertThat(acts)
              .allMatch(
                  a -> a.participants().getAsInt() > UNITS.get(a.contactUnitId().get()).size());
        }
        case LATE_ENTRY -> {
          assertThat(acts)
              .allMatch(a -> ChronoUnit.MINUTES.between(a.start(), a.recordedAt()) > 720 * 60);
        }
        case BULK_BACKFILL -> {
          assertThat(acts.size()).isGreaterThanOrEqualTo(10);
          var first = acts.stream().map(Activity::recordedAt).min(Comparable::compareTo).get();
          var last = acts.stream().map(Activity::recordedAt).max(Comparable::compareTo).get();
          assertThat(ChronoUnit.MINUTES.between(first, last)).isLessThan(60);
          assertThat(acts.stream().map(a -> IsoWeek.of(a.day())).distinct().count())
              .isGreaterThanOrEqualTo(4);
        }
        case UNASSIGNED_UNIT -> {
          assertThat(acts)
              .allMatch(
                  a ->
                      a.contactUnitId().isPresent()
                          && links.getOrDefault(a.cadreId(), List.of()).stream()
                              .noneMatch(
                                  l ->
                                      l.contactUnitId().equals(a.contactUnitId().get())
                                          && l.coversDay(a.day())));
        }
      }
    }
  }

  @Test
  void theIntegrityRulesFlagExactlyWhatTheManifestPlanted() {
    Map<IntegrityRule, Set<String>> found = SampleAudit.findings(D);
    for (IntegrityRule rule : IntegrityRule.values()) {
      assertThat(found.get(rule)).as(rule.name()).isEqualTo(M.plantedActivityIds(rule));
    }
  }

  @Test
  void oneCorrectionSupersedesAnEarlierRecordOfTheSameEngagement() {
    assertThat(M.corrections()).hasSize(1);
    M.corrections()
        .forEach(
            (old, fix) -> {
              Activity original = ACTIVITIES.get(old);
              Activity correction = ACTIVITIES.get(fix);
              assertThat(correction.supersedes()).contains(old);
              assertThat(correction.cadreId()).isEqualTo(original.cadreId());
              assertThat(correction.type()).isEqualTo(original.type());
              assertThat(correction.start()).isEqualTo(original.start());
              assertThat(correction.minutes()).isNotEqualTo(original.minutes());
              assertThat(correction.recordedAt()).isAfter(original.recordedAt());
            });
    assertThat(D.activities().stream().filter(a -> a.supersedes().isPresent())).hasSize(1);
  }

  @Test
  void oneDismissalAndOneConfirmationOfPlantedFindings() {
    assertThat(D.reviews()).isEqualTo(M.reviews());
    assertThat(D.reviews())
        .extracting(Review::decision)
        .containsExactlyInAnyOrder(ReviewDecision.DISMISS, ReviewDecision.CONFIRM);
    for (Review r : D.reviews()) {
      assertThat(M.plantedActivityIds(r.rule())).contains(r.activityId());
      assertThat(r.reviewer()).isNotBlank();
      assertThat(r.reason()).isNotBlank();
      assertThat(r.reviewedAt()).isAfter(ACTIVITIES.get(r.activityId()).recordedAt());
    }
  }

  // ---------------------------------------------------------------- planted shortfalls (SPEC §3)

  @Test
  @DisplayName("SPEC §3: the shortfalls at each term's end are exactly the planted ones")
  void shortfallsAreExactlyThePlantedOnes() {
    assertThat(SampleAudit.shortfalls(D)).containsExactlyInAnyOrderElementsOf(M.shortfalls());
  }

  @Test
  void plantedShortfallsHaveTheTextureOfTheBrief() {
    Set<String> obligations =
        M.shortfalls().stream().map(PlannedShortfall::obligationId).collect(Collectors.toSet());
    assertThat(obligations)
        .contains(
            "III.1.3-weekly-contact",
            "III.1.1-theory-lecture",
            "III.3.1-first-lesson",
            "III.3.3-hardship",
            "III.0-frontline-days",
            "III.2.2-link",
            "III.2.3-feedback",
            "III.3.4-feedback");
    assertThat(
            M.shortfalls().stream().filter(s -> s.obligationId().equals("III.1.3-weekly-contact")))
        .hasSizeGreaterThanOrEqualTo(2);
    // 三、3.(1): one college principal misses the first lesson
    List<PlannedShortfall> firstLesson =
        M.shortfalls().stream()
            .filter(s -> s.obligationId().equals("III.3.1-first-lesson"))
            .toList();
    assertThat(firstLesson).hasSize(1);
    assertThat(CADRES.get(firstLesson.get(0).subjectId()).principal()).isTrue();
    long cadres =
        M.shortfalls().stream()
            .map(PlannedShortfall::subjectId)
            .filter(CADRES::containsKey)
            .distinct()
            .count();
    assertThat(cadres).as("most cadres comply").isLessThan(D.cadres().size() / 5);
  }

  @Test
  void theExemplarIsAUniversityLeaderWithNoShortfallAndNoFinding() {
    String exemplar = M.exemplarLeader().orElseThrow();
    assertThat(CADRES.get(exemplar).tier()).isEqualTo(Tier.UNIVERSITY_LEADERSHIP);
    assertThat(SampleAudit.shortfalls(D)).noneMatch(s -> s.subjectId().equals(exemplar));
    Set<String> flagged = new HashSet<>();
    SampleAudit.findings(D).values().forEach(flagged::addAll);
    assertThat(D.activities())
        .filteredOn(a -> a.cadreId().equals(exemplar))
        .isNotEmpty()
        .noneMatch(a -> flagged.contains(a.activityId()));
    assertThat(D.absences()).noneMatch(a -> a.cadreId().equals(exemplar));
  }

  // ---------------------------------------------------------------- absences and feedback

  @Test
  void oneCadreAwayTwoWeeksAndOneAwayTheWholeSpring() {
    assertThat(D.absences())
        .anyMatch(
            a ->
                a.startsOn().getDayOfWeek() == DayOfWeek.MONDAY
                    && ChronoUnit.DAYS.between(a.startsOn(), a.endsOn()) == 13);
    Term spring = D.terms().get(1);
    Set<String> away = M.absentWholeTerm().get(spring.termId());
    assertThat(away).hasSize(1);
    String cadre = away.iterator().next();
    assertThat(D.absences())
        .anyMatch(
            a ->
                a.cadreId().equals(cadre)
                    && !a.startsOn().isAfter(spring.opensOn())
                    && !a.endsOn().isBefore(spring.endsOn()));
    assertThat(D.activities())
        .filteredOn(a -> a.cadreId().equals(cadre))
        .isNotEmpty()
        .allMatch(a -> a.day().isBefore(spring.opensOn()));
  }

  @Test
  @DisplayName("三、2.(3), 三、3.(4): feedback to the hotline units and the colleges")
  void feedbackGoesToHotlineUnitsAndColleges() {
    Map<String, OrgUnit> units =
        D.orgUnits().stream().collect(Collectors.toMap(OrgUnit::unitId, u -> u));
    assertThat(D.feedback())
        .allMatch(
            f ->
                units.get(f.unitId()).hasTag("hotline")
                    || units.get(f.unitId()).kind() == UnitKind.COLLEGE);
    assertThat(D.feedback().stream().map(Feedback::channel).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(FeedbackChannel.HOTLINE, FeedbackChannel.MAILBOX);
    assertThat(D.feedback())
        .anyMatch(f -> f.acknowledgedAt().isEmpty() && f.closedAt().isPresent())
        .anyMatch(f -> f.closedAt().isEmpty())
        .allMatch(f -> f.category() != null && !f.category().isBlank());
    Set<String> hotline =
        D.orgUnits().stream()
            .filter(u -> u.hasTag("hotline"))
            .map(OrgUnit::unitId)
            .collect(Collectors.toSet());
    assertThat(hotline).hasSize(2);
    assertThat(D.feedback().stream().filter(f -> hotline.contains(f.unitId())).count())
        .isGreaterThan(D.feedback().size() / 3);
  }

  // ---------------------------------------------------------------- the small university

  @Test
  void theSmallUniversityHasOneOfEachRoleOneTermAndPlantsNothing() {
    SampleData small = SampleUniversity.small(7);
    Dataset d = small.dataset();
    assertThat(SampleAudit.referenceProblems(d)).isEmpty();
    assertThat(d.cadres().size()).isBetween(7, 12);
    assertThat(d.terms()).hasSize(1);
    assertThat(d.cadres()).anyMatch(c -> c.tier() == Tier.UNIVERSITY_LEADERSHIP && c.principal());
    assertThat(d.cadres())
        .anyMatch(c -> c.tier() == Tier.UNIVERSITY_LEADERSHIP && !c.partyMember());
    assertThat(d.cadres()).anyMatch(c -> c.tier() == Tier.FUNCTIONAL_DEPARTMENT && c.principal());
    assertThat(d.cadres())
        .anyMatch(c -> c.tier() == Tier.FUNCTIONAL_DEPARTMENT && c.branchSecretary());
    assertThat(d.cadres())
        .anyMatch(
            c -> c.tier() == Tier.FUNCTIONAL_DEPARTMENT && !c.principal() && !c.branchSecretary());
    assertThat(d.cadres()).anyMatch(c -> c.tier() == Tier.COLLEGE_LEADERSHIP && c.principal());
    assertThat(d.cadres()).anyMatch(c -> c.tier() == Tier.COLLEGE_LEADERSHIP && !c.principal());
    assertThat(d.activities().size()).isLessThan(1000);
    assertThat(small.manifest().patterns()).isEmpty();
    assertThat(small.manifest().shortfalls()).isEmpty();
    assertThat(small.manifest().exemplarLeader()).isPresent();
    assertThat(SampleAudit.shortfalls(d)).isEmpty();
    assertThat(SampleAudit.findings(d).values()).allMatch(Set::isEmpty);
    assertThat(SampleUniversity.small(7).dataset()).isEqualTo(d);
  }

  // ---------------------------------------------------------------- helpers

  private static List<Cadre> tier(Tier tier) {
    return D.cadres().stream().filter(c -> c.tier() == tier).toList();
  }

  private static List<OrgUnit> kind(UnitKind kind) {
    return D.orgUnits().stream().filter(u -> u.kind() == kind).toList();
  }

  private static List<ContactUnit> units(ContactUnitType type) {
    return D.contactUnits().stream().filter(u -> u.type() == type).toList();
  }
}
