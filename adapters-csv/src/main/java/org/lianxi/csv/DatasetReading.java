package org.lianxi.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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
import org.lianxi.core.domain.LianxiException;
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

/**
 * One read of a dataset folder: reads the files in {@link FactFile} order, maps each row, checks
 * ids for duplicates and references against the files read before (only against files read
 * completely, so that one broken file does not bury the report in follow-on errors), and collects
 * every error. Not thread-safe; used once.
 */
final class DatasetReading {
  private static final Values.Names<UnitKind> UNIT_KINDS = new Values.Names<>(UnitKind.class);
  private static final Values.Names<Tier> TIERS = new Values.Names<>(Tier.class);
  private static final Values.Names<ContactUnitType> CONTACT_TYPES =
      new Values.Names<>(ContactUnitType.class);
  private static final Values.Names<StudentLevel> LEVELS = new Values.Names<>(StudentLevel.class);
  private static final Values.Names<Season> SEASONS = new Values.Names<>(Season.class);
  private static final Values.Names<ActivityType> ACTIVITY_TYPES =
      new Values.Names<>(ActivityType.class);
  private static final Values.Names<Venue> VENUES = new Values.Names<>(Venue.class);
  private static final Values.Names<Topic> TOPICS = new Values.Names<>(Topic.class);
  private static final Values.Names<FeedbackChannel> CHANNELS =
      new Values.Names<>(FeedbackChannel.class);
  private static final Values.Names<IntegrityRule> RULES = new Values.Names<>(IntegrityRule.class);
  private static final Values.Names<ReviewDecision> DECISIONS =
      new Values.Names<>(ReviewDecision.class);

  private final CsvOptions options;
  private final Errors errors;

  private final Ids units = new Ids("org_units.csv");
  private final Map<String, UnitKind> unitKinds = new HashMap<>();
  private final Ids cadres = new Ids("cadres.csv");
  private final Ids contactUnits = new Ids("contact_units.csv");
  private final Ids activities = new Ids("activities.csv");

  DatasetReading(CsvOptions options) {
    this.options = options;
    this.errors = new Errors(options.errorCap());
  }

  /** The ids of one file, with the line each was first seen on. */
  static final class Ids {
    final String file;
    final IdSet set = new IdSet();
    boolean complete = true;

    Ids(String file) {
      this.file = file;
    }

    boolean known(String id) {
      return set.contains(id);
    }

    /** Whether a reference to {@code id} is to be reported as unknown. */
    boolean unknown(String id) {
      return complete && !set.contains(id);
    }
  }

  /** Reads the whole folder; throws with every error found, or returns the dataset. */
  Dataset read(Path folder) {
    Dataset.Builder data = Dataset.builder();
    try {
      readOrgUnits(folder, data);
      readFile(folder, FactFile.CADRES, r -> cadres(r, data));
      readFile(folder, FactFile.CONTACT_UNITS, r -> contactUnits(r, data));
      readFile(folder, FactFile.ASSIGNMENTS, r -> assignments(r, data));
      readFile(folder, FactFile.TERMS, r -> terms(r, data));
      readFile(folder, FactFile.BREAKS, r -> breaks(r, data));
      readFile(folder, FactFile.WORKDAYS, r -> workdays(r, data));
      readFile(folder, FactFile.ABSENCES, r -> absences(r, data));
      readFile(folder, FactFile.ACTIVITIES, r -> activities(r, data::addActivities, true));
      readFile(folder, FactFile.FEEDBACK, r -> feedback(r, data));
      readFile(folder, FactFile.REVIEWS, r -> reviews(r, data));
    } catch (Errors.Capped capped) {
      throw errors.exception();
    }
    if (errors.any()) {
      throw errors.exception();
    }
    return data.build();
  }

  /**
   * Reads one activities file, handing each valid row to {@code sink} until the first error; throws
   * with every error found at the end.
   */
  long readActivities(FileRows rows, Consumer<? super Activity> sink) {
    long[] delivered = {0};
    try (rows) {
      activities(
          rows,
          a -> {
            if (!errors.any()) {
              sink.accept(a);
              delivered[0]++;
            }
          },
          false);
    } catch (Errors.Capped capped) {
      throw errors.exception();
    }
    if (errors.any()) {
      throw errors.exception();
    }
    return delivered[0];
  }

  Errors errors() {
    return errors;
  }

  CsvOptions options() {
    return options;
  }

  private interface RowsReader {
    void read(FileRows rows);
  }

  private void readFile(Path folder, FactFile file, RowsReader reader) {
    try (FileRows rows = FileRows.open(folder, file, options, errors)) {
      reader.read(rows);
    }
  }

  /** Registers an id; a duplicate is an error. */
  private static void register(FileRows r, int column, Ids ids, String what) {
    r.register(column, ids.set, what);
  }

  private void reference(FileRows r, int column, String id, Ids ids, String what) {
    if (id != null && ids.unknown(id)) {
      r.error(column, "unknown " + what + " (not in " + ids.file + ")");
    }
  }

  private void readOrgUnits(Path folder, Dataset.Builder data) {
    List<OrgUnit> read = new ArrayList<>();
    Map<String, Integer> parentLines = new LinkedHashMap<>();
    Map<String, Integer> kindLines = new HashMap<>();
    int parentColumn;
    try (FileRows r = FileRows.open(folder, FactFile.ORG_UNITS, options, errors)) {
      int cId = r.column("unit_id");
      int cName = r.column("name");
      int cKind = r.column("kind");
      int cTags = r.column("tags");
      parentColumn = r.column("parent_id");
      while (r.next()) {
        String id = r.required(cId);
        if (id != null) {
          register(r, cId, units, "unit_id");
        }
        String name = r.required(cName);
        UnitKind kind = r.choice(cKind, UNIT_KINDS);
        var tags = r.tags(cTags);
        var parent = r.optional(parentColumn);
        if (id != null && kind != null) {
          unitKinds.putIfAbsent(id, kind);
          kindLines.putIfAbsent(id, r.line(cKind));
        }
        OrgUnit unit =
            r.build(
                () ->
                    OrgUnit.builder()
                        .unitId(id)
                        .name(name)
                        .kind(kind)
                        .tags(tags)
                        .parentId(parent)
                        .build());
        if (unit != null) {
          read.add(unit);
          if (parent.isPresent()) {
            parentLines.put(id, r.line(parentColumn));
          }
        }
      }
      units.complete = r.complete();
    }
    if (units.complete) {
      checkUnitTree(read, parentLines, kindLines, parentColumn);
    }
    data.addAllOrgUnits(read);
  }

  /**
   * Parents must exist, universities have none, and every parent chain ends at a university;
   * without parents there must be exactly one university, to which every other unit then belongs.
   */
  private void checkUnitTree(
      List<OrgUnit> read,
      Map<String, Integer> parentLines,
      Map<String, Integer> kindLines,
      int parentColumn) {
    String file = FactFile.ORG_UNITS.fileName();
    List<OrgUnit> universities =
        read.stream().filter(u -> u.kind() == UnitKind.UNIVERSITY).toList();
    if (universities.isEmpty()) {
      errors.add(
          new CsvError(
              file,
              1,
              "kind",
              "",
              "no unit of kind UNIVERSITY: exactly one is needed as the root"));
      return;
    }
    if (parentColumn < 0 && universities.size() > 1) {
      OrgUnit second = universities.get(1);
      errors.add(
          new CsvError(
              file,
              kindLines.getOrDefault(second.unitId(), 0),
              "kind",
              UnitKind.UNIVERSITY.name(),
              "a second UNIVERSITY unit ("
                  + second.unitId()
                  + "): without a parent_id column there must be exactly one"));
      return;
    }
    Map<String, OrgUnit> byId = new HashMap<>();
    read.forEach(u -> byId.putIfAbsent(u.unitId(), u));
    for (OrgUnit u : read) {
      if (u.parentId().isEmpty()) {
        if (u.kind() != UnitKind.UNIVERSITY && universities.size() > 1) {
          errors.add(
              new CsvError(
                  file,
                  kindLines.getOrDefault(u.unitId(), 0),
                  "parent_id",
                  "",
                  "unit "
                      + u.unitId()
                      + " needs a parent_id: the dataset has "
                      + universities.size()
                      + " UNIVERSITY units"));
        }
        continue;
      }
      String parent = u.parentId().get();
      int line = parentLines.get(u.unitId());
      if (u.kind() == UnitKind.UNIVERSITY) {
        errors.add(
            new CsvError(file, line, "parent_id", parent, "a UNIVERSITY unit has no parent"));
      } else if (!byId.containsKey(parent)) {
        errors.add(
            new CsvError(
                file, line, "parent_id", parent, "unknown parent unit (not in org_units.csv)"));
      } else if (!reachesUniversity(u, byId)) {
        errors.add(
            new CsvError(
                file,
                line,
                "parent_id",
                parent,
                "the chain of parents of unit " + u.unitId() + " does not reach a UNIVERSITY"));
      }
    }
  }

  private static boolean reachesUniversity(OrgUnit unit, Map<String, OrgUnit> byId) {
    Set<String> seen = new HashSet<>();
    OrgUnit u = unit;
    while (u != null && seen.add(u.unitId())) {
      if (u.kind() == UnitKind.UNIVERSITY) {
        return true;
      }
      u = u.parentId().map(byId::get).orElse(null);
    }
    return false;
  }

  private void cadres(FileRows r, Dataset.Builder data) {
    int cId = r.column("cadre_id");
    int cName = r.column("name");
    int cTier = r.column("tier");
    int cUnit = r.column("unit_id");
    int cTitle = r.column("title");
    int cPrincipal = r.column("principal");
    int cParty = r.column("party_member");
    int cBranch = r.column("branch_secretary");
    while (r.next()) {
      String id = r.required(cId);
      if (id != null) {
        register(r, cId, cadres, "cadre_id");
      }
      String name = r.required(cName);
      Tier tier = r.choice(cTier, TIERS);
      String unit = r.required(cUnit);
      reference(r, cUnit, unit, units, "unit");
      String title = r.text(cTitle);
      boolean principal = r.bool(cPrincipal);
      boolean party = r.bool(cParty);
      boolean branch = r.bool(cBranch);
      Cadre cadre =
          r.build(
              () ->
                  Cadre.builder()
                      .cadreId(id)
                      .name(name)
                      .tier(tier)
                      .unitId(unit)
                      .title(title)
                      .principal(principal)
                      .partyMember(party)
                      .branchSecretary(branch)
                      .build());
      if (cadre != null) {
        data.addCadres(cadre);
      }
    }
    cadres.complete = r.complete();
  }

  private void contactUnits(FileRows r, Dataset.Builder data) {
    int cId = r.column("contact_unit_id");
    int cType = r.column("type");
    int cName = r.column("name");
    int cCollege = r.column("college_id");
    int cLevel = r.column("level");
    int cSize = r.column("size");
    int cTags = r.column("tags");
    while (r.next()) {
      String id = r.required(cId);
      if (id != null) {
        register(r, cId, contactUnits, "contact_unit_id");
      }
      ContactUnitType type = r.choice(cType, CONTACT_TYPES);
      String name = r.required(cName);
      var college = r.optional(cCollege);
      if (college.isPresent() && units.complete) {
        UnitKind kind = unitKinds.get(college.get());
        if (kind == null) {
          r.error(cCollege, "unknown college (not in org_units.csv)");
        } else if (kind != UnitKind.COLLEGE) {
          r.error(cCollege, "not a college: unit " + college.get() + " is of kind " + kind);
        }
      }
      var level = r.optionalChoice(cLevel, LEVELS);
      int size = r.number(cSize, 0, "a whole number of students, 0 or more");
      var tags = r.tags(cTags);
      ContactUnit unit =
          r.build(
              () ->
                  ContactUnit.builder()
                      .contactUnitId(id)
                      .type(type)
                      .name(name)
                      .collegeId(college)
                      .level(level)
                      .size(size)
                      .tags(tags)
                      .build());
      if (unit != null) {
        data.addContactUnits(unit);
      }
    }
    contactUnits.complete = r.complete();
  }

  private void assignments(FileRows r, Dataset.Builder data) {
    int cCadre = r.column("cadre_id");
    int cUnit = r.column("contact_unit_id");
    int cFrom = r.column("valid_from");
    int cTo = r.column("valid_to");
    while (r.next()) {
      String cadre = r.required(cCadre);
      reference(r, cCadre, cadre, cadres, "cadre");
      String unit = r.required(cUnit);
      reference(r, cUnit, unit, contactUnits, "contact unit");
      var from = r.date(cFrom);
      var to = r.optionalDate(cTo);
      Assignment a =
          r.build(
              () ->
                  Assignment.builder()
                      .cadreId(cadre)
                      .contactUnitId(unit)
                      .validFrom(from)
                      .validTo(to)
                      .build());
      if (a != null) {
        data.addAssignments(a);
      }
    }
  }

  private void terms(FileRows r, Dataset.Builder data) {
    Ids terms = new Ids("terms.csv");
    int cId = r.column("term_id");
    int cYear = r.column("academic_year");
    int cSeason = r.column("season");
    int cStarts = r.column("starts_on");
    int cEnds = r.column("ends_on");
    int cOpens = r.column("opens_on");
    while (r.next()) {
      String id = r.required(cId);
      if (id != null) {
        register(r, cId, terms, "term_id");
      }
      String year = r.required(cYear);
      Season season = r.choice(cSeason, SEASONS);
      var starts = r.date(cStarts);
      var ends = r.date(cEnds);
      var opens = r.optionalDate(cOpens);
      Term term =
          r.build(
              () -> {
                Term.Builder b =
                    Term.builder()
                        .termId(id)
                        .academicYear(year)
                        .season(season)
                        .startsOn(starts)
                        .endsOn(ends);
                opens.ifPresent(b::opensOn);
                return b.build();
              });
      if (term != null) {
        data.addTerms(term);
      }
    }
  }

  private void breaks(FileRows r, Dataset.Builder data) {
    int cStarts = r.column("starts_on");
    int cEnds = r.column("ends_on");
    int cName = r.column("name");
    while (r.next()) {
      var starts = r.date(cStarts);
      var ends = r.date(cEnds);
      String name = r.text(cName);
      Break b = r.build(() -> Break.builder().startsOn(starts).endsOn(ends).name(name).build());
      if (b != null) {
        data.addBreaks(b);
      }
    }
  }

  private void workdays(FileRows r, Dataset.Builder data) {
    Map<java.time.LocalDate, Integer> seen = new HashMap<>();
    int cDate = r.column("date");
    int cWorkday = r.column("workday");
    int cName = r.column("name");
    while (r.next()) {
      var date = r.date(cDate);
      if (date != null) {
        Integer first = seen.putIfAbsent(date, r.line(cDate));
        if (first != null) {
          r.error(cDate, "duplicate date (first on line " + first + ")");
        }
      }
      boolean workday = r.bool(cWorkday);
      String name = r.text(cName);
      WorkdayOverride w = r.build(() -> WorkdayOverride.of(date, workday, name));
      if (w != null) {
        data.addWorkdays(w);
      }
    }
  }

  private void absences(FileRows r, Dataset.Builder data) {
    int cCadre = r.column("cadre_id");
    int cStarts = r.column("starts_on");
    int cEnds = r.column("ends_on");
    int cReason = r.column("reason");
    while (r.next()) {
      String cadre = r.required(cCadre);
      reference(r, cCadre, cadre, cadres, "cadre");
      var starts = r.date(cStarts);
      var ends = r.date(cEnds);
      String reason = r.text(cReason);
      Absence a =
          r.build(
              () ->
                  Absence.builder()
                      .cadreId(cadre)
                      .startsOn(starts)
                      .endsOn(ends)
                      .reason(reason)
                      .build());
      if (a != null) {
        data.addAbsences(a);
      }
    }
  }

  /**
   * Reads activities; with {@code references} the cadre and contact unit must be known. Ids must be
   * unique and {@code supersedes} must name an earlier row (the log is append-only).
   */
  void activities(FileRows r, Consumer<Activity> sink, boolean references) {
    int cId = r.column("activity_id");
    int cCadre = r.column("cadre_id");
    int cType = r.column("type");
    int cStart = r.column("start");
    int cMinutes = r.column("minutes");
    int cUnit = r.column("contact_unit_id");
    int cVenue = r.column("venue");
    int cTopics = r.column("topics");
    int cParticipants = r.column("participants");
    int cEvidence = r.column("evidence");
    int cRecorded = r.column("recorded_at");
    int cSupersedes = r.column("supersedes");
    while (r.next()) {
      String id = r.required(cId);
      String cadre = r.requiredShared(cCadre);
      var unit = r.optionalShared(cUnit);
      if (references) {
        reference(r, cCadre, cadre, cadres, "cadre");
        if (unit.isPresent()) {
          reference(r, cUnit, unit.get(), contactUnits, "contact unit");
        }
      }
      var supersedes = r.optional(cSupersedes);
      if (supersedes.isPresent()
          && !activities.known(supersedes.get())
          && activities.complete
          && r.complete()) {
        r.error(
            cSupersedes,
            "unknown superseded activity (a correction must come after the record it corrects)");
      }
      if (id != null) {
        register(r, cId, activities, "activity_id");
      }
      ActivityType type = r.choice(cType, ACTIVITY_TYPES);
      var start = r.dateTime(cStart);
      int minutes = r.number(cMinutes, 1, "a positive whole number of minutes");
      Venue venue = r.choice(cVenue, VENUES);
      var topics = r.choices(cTopics, TOPICS);
      var participants = r.optionalNumber(cParticipants, 0, "a whole number of participants");
      var evidence = r.optional(cEvidence);
      var recorded = r.dateTime(cRecorded);
      Activity a = null;
      if (r.rowOk()) {
        try {
          Activity.Builder b =
              Activity.builder()
                  .activityId(id)
                  .cadreId(cadre)
                  .type(type)
                  .start(start)
                  .minutes(minutes)
                  .contactUnitId(unit)
                  .venue(venue)
                  .participants(participants)
                  .evidence(evidence)
                  .recordedAt(recorded)
                  .supersedes(supersedes);
          if (!topics.isEmpty()) {
            b.topics(topics); // the builder starts empty; setting it costs a set build
          }
          a = b.build();
        } catch (LianxiException e) {
          r.refused(e);
        }
      }
      if (a != null) {
        sink.accept(a);
      }
    }
    activities.complete = r.complete();
  }

  private void feedback(FileRows r, Dataset.Builder data) {
    Ids ids = new Ids("feedback.csv");
    int cId = r.column("feedback_id");
    int cChannel = r.column("channel");
    int cUnit = r.column("unit_id");
    int cReceived = r.column("received_at");
    int cAck = r.column("acknowledged_at");
    int cClosed = r.column("closed_at");
    int cCategory = r.column("category");
    while (r.next()) {
      String id = r.required(cId);
      if (id != null) {
        register(r, cId, ids, "feedback_id");
      }
      FeedbackChannel channel = r.choice(cChannel, CHANNELS);
      String unit = r.required(cUnit);
      reference(r, cUnit, unit, units, "unit");
      var received = r.dateTime(cReceived);
      var ack = r.optionalDateTime(cAck);
      var closed = r.optionalDateTime(cClosed);
      String category = r.text(cCategory);
      Feedback f =
          r.build(
              () ->
                  Feedback.builder()
                      .feedbackId(id)
                      .channel(channel)
                      .unitId(unit)
                      .receivedAt(received)
                      .acknowledgedAt(ack)
                      .closedAt(closed)
                      .category(category)
                      .build());
      if (f != null) {
        data.addFeedback(f);
      }
    }
  }

  private void reviews(FileRows r, Dataset.Builder data) {
    int cActivity = r.column("activity_id");
    int cRule = r.column("rule");
    int cDecision = r.column("decision");
    int cReviewer = r.column("reviewer");
    int cAt = r.column("reviewed_at");
    int cReason = r.column("reason");
    while (r.next()) {
      String activity = r.required(cActivity);
      reference(r, cActivity, activity, activities, "activity");
      IntegrityRule rule = r.choice(cRule, RULES);
      ReviewDecision decision = r.choice(cDecision, DECISIONS);
      String reviewer = r.required(cReviewer);
      var at = r.dateTime(cAt);
      String reason = r.text(cReason);
      Review review =
          r.build(
              () ->
                  Review.builder()
                      .activityId(activity)
                      .rule(rule)
                      .decision(decision)
                      .reviewer(reviewer)
                      .reviewedAt(at)
                      .reason(reason)
                      .build());
      if (review != null) {
        data.addReviews(review);
      }
    }
  }
}
