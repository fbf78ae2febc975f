package org.lianxi.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.integrity.ChainHead;
import org.lianxi.core.memory.InMemoryFacts;

/**
 * Acceptance: one test per kind of broken input. Each checks the located error (file, line, column,
 * value, what was expected) and that nothing was imported: no dataset returned, and ports given to
 * {@link CsvDatasetReader#importInto} unchanged.
 */
class CsvImportErrorsTest {
  @TempDir Path temp;

  private final CsvDatasetReader reader = new CsvDatasetReader();

  /** Reads the folder expecting a rejection; checks that an import leaves the ports unchanged. */
  private CsvImportException rejected(Folder folder) {
    Path dir = folder.writeTo(temp);
    CsvImportException e = catchThrowableOfType(CsvImportException.class, () -> reader.read(dir));
    assertThat(e).as("a CsvImportException").isNotNull();
    InMemoryFacts facts = InMemoryFacts.empty();
    Dataset before = facts.facts().snapshot();
    assertThat(catchThrowableOfType(CsvImportException.class, () -> reader.importInto(dir, facts)))
        .hasMessage(e.getMessage());
    assertThat(facts.facts().snapshot()).isEqualTo(before);
    assertThat(facts.activityLog().head()).isEqualTo(ChainHead.EMPTY);
    assertThat(e.errors()).isNotEmpty();
    e.errors().forEach(error -> assertThat(e.getMessage()).contains(error.toString()));
    return e;
  }

  @Test
  void theValidFolderImports() {
    Path dir = Folder.valid().writeTo(temp);
    InMemoryFacts facts = InMemoryFacts.empty();
    ChainHead head = reader.importInto(dir, facts);
    assertThat(head.sequence()).isEqualTo(3);
    assertThat(facts.cadres()).hasSize(2);
  }

  @Test
  void badDateTimeNamesFileLineColumnAndValue() {
    CsvImportException e =
        rejected(
            Folder.valid()
                .withLine(
                    "activities.csv",
                    3,
                    "A2,C001,DORM_VISIT,2024-13-01T08:00,60,K1,DORMITORY,,,,2024-09-11T21:00"));
    assertThat(e.errors())
        .containsExactly(
            new CsvError(
                "activities.csv",
                3,
                "start",
                "2024-13-01T08:00",
                "expected a date-time YYYY-MM-DDTHH:MM"));
    assertThat(e.getMessage())
        .contains(
            "activities.csv:3: column start: value \"2024-13-01T08:00\": expected a date-time"
                + " YYYY-MM-DDTHH:MM");
  }

  @Test
  void badDateNamesFileLineColumnAndValue() {
    CsvImportException e =
        rejected(Folder.valid().withLine("assignments.csv", 2, "C001,K1,2024/09/01,"));
    assertThat(e.errors())
        .containsExactly(
            new CsvError(
                "assignments.csv", 2, "valid_from", "2024/09/01", "expected a date YYYY-MM-DD"));
  }

  @Test
  void unknownEnumListsTheAllowedNames() {
    CsvImportException e =
        rejected(
            Folder.valid().withLine("cadres.csv", 3, "C002,李处长,DEPARTMENT,XG,处长,true,true,false"));
    assertThat(e.errors())
        .containsExactly(
            new CsvError(
                "cadres.csv",
                3,
                "tier",
                "DEPARTMENT",
                "expected one of UNIVERSITY_LEADERSHIP, FUNCTIONAL_DEPARTMENT,"
                    + " COLLEGE_LEADERSHIP"));
  }

  @Test
  void unknownListItemNamesTheItem() {
    CsvImportException e =
        rejected(
            Folder.valid()
                .withLine(
                    "activities.csv",
                    2,
                    "A1,C001,THEORY_LECTURE,2024-09-10T08:00,90,K1,CLASSROOM,IDEOLOGY;FUN,32,,"
                        + "2024-09-10T10:00"));
    assertThat(e.errors()).hasSize(1);
    CsvError error = e.errors().get(0);
    assertThat(error.column()).isEqualTo("topics");
    assertThat(error.value()).isEqualTo("IDEOLOGY;FUN");
    assertThat(error.message())
        .startsWith("unknown list item \"FUN\"")
        .contains("IDEOLOGY, ACADEMIC, PSYCHOLOGY, CAREER, OTHER");
  }

  @Test
  void nonPositiveMinutesIsAnError() {
    CsvImportException e =
        rejected(
            Folder.valid()
                .withLine(
                    "activities.csv",
                    4,
                    "A3,C002,HEART_TO_HEART,2024-09-12T15:00,0,,OTHER,,1,,2024-09-12T16:00"));
    assertThat(e.errors())
        .containsExactly(
            new CsvError(
                "activities.csv",
                4,
                "minutes",
                "0",
                "expected a positive whole number of minutes"));
  }

  @Test
  void booleanMustBeTrueOrFalse() {
    CsvImportException e =
        rejected(
            Folder.valid()
                .withLine("cadres.csv", 2, "C001,王校长,UNIVERSITY_LEADERSHIP,U,校长,yes,TRUE,false"));
    assertThat(e.errors())
        .containsExactly(
            new CsvError("cadres.csv", 2, "principal", "yes", "expected true or false"),
            new CsvError("cadres.csv", 2, "party_member", "TRUE", "expected true or false"));
  }

  @Test
  void endBeforeStartKeepsTheValueTypesMessageAtTheEndColumn() {
    CsvImportException e =
        rejected(Folder.valid().withLine("absences.csv", 2, "C002,2024-11-08,2024-11-04,出差"));
    assertThat(e.errors()).hasSize(1);
    CsvError error = e.errors().get(0);
    assertThat(error.file()).isEqualTo("absences.csv");
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.column()).isEqualTo("ends_on");
    assertThat(error.value()).isEqualTo("2024-11-04");
    assertThat(error.message())
        .isEqualTo("Absence[C002].endsOn = 2024-11-04: must not be before startsOn 2024-11-08");
  }

  @Test
  void missingColumnIsNamed() {
    CsvImportException e =
        rejected(
            Folder.valid()
                .with(
                    "terms.csv",
                    """
                    term_id,academic_year,starts_on,ends_on
                    2024-2025-1,2024-2025,2024-09-02,2025-01-12
                    """));
    assertThat(e.errors()).hasSize(1);
    CsvError error = e.errors().get(0);
    assertThat(error.file()).isEqualTo("terms.csv");
    assertThat(error.line()).isEqualTo(1);
    assertThat(error.column()).isEqualTo("season");
    assertThat(error.message()).startsWith("missing required column");
  }

  @Test
  void unknownColumnIsNamed() {
    CsvImportException e =
        rejected(
            Folder.valid()
                .with(
                    "breaks.csv",
                    """
                    starts_on,ends_on,name,remark
                    2024-10-01,2024-10-07,国庆节,x
                    """));
    assertThat(e.errors()).hasSize(1);
    CsvError error = e.errors().get(0);
    assertThat(error)
        .extracting(CsvError::file, CsvError::line, CsvError::column, CsvError::value)
        .containsExactly("breaks.csv", 1, "remark", "remark");
    assertThat(error.message())
        .startsWith("unknown column; the columns are starts_on,ends_on,name");
  }

  @Test
  void duplicatedColumnIsNamed() {
    CsvImportException e =
        rejected(
            Folder.valid()
                .with(
                    "breaks.csv",
                    """
                    starts_on,ends_on,name,name
                    2024-10-01,2024-10-07,国庆节,x
                    """));
    assertThat(e.errors())
        .containsExactly(new CsvError("breaks.csv", 1, "name", "name", "duplicate column"));
  }

  @Test
  void unknownReferencesAreErrorsNotDrops() {
    CsvImportException e =
        rejected(
            Folder.valid()
                .plus(
                    "activities.csv",
                    "A4,C999,OTHER,2024-09-12T15:00,45,K9,OTHER,,,,2024-09-12T16:00")
                .plus("assignments.csv", "C002,K7,2024-09-01,")
                .plus("cadres.csv", "C003,赵院长,COLLEGE_LEADERSHIP,XX,院长,true,true,false")
                .plus("contact_units.csv", "K4,CLASS,某班,XG,,30,")
                .plus("feedback.csv", "F3,HOTLINE,HQ,2024-09-20T09:00,,,")
                .plus("reviews.csv", "A9,OVERLAP,CONFIRM,纪委,2024-10-01T09:00,")
                .plus("absences.csv", "C404,2024-11-04,2024-11-08,"));
    assertThat(e.errors().stream().map(CsvError::toString))
        .containsExactly(
            "cadres.csv:4: column unit_id: value \"XX\": unknown unit (not in org_units.csv)",
            "contact_units.csv:5: column college_id: value \"XG\": not a college: unit XG is of"
                + " kind FUNCTIONAL_DEPARTMENT",
            "assignments.csv:5: column contact_unit_id: value \"K7\": unknown contact unit (not in"
                + " contact_units.csv)",
            "absences.csv:3: column cadre_id: value \"C404\": unknown cadre (not in cadres.csv)",
            "activities.csv:5: column cadre_id: value \"C999\": unknown cadre (not in cadres.csv)",
            "activities.csv:5: column contact_unit_id: value \"K9\": unknown contact unit (not in"
                + " contact_units.csv)",
            "feedback.csv:4: column unit_id: value \"HQ\": unknown unit (not in org_units.csv)",
            "reviews.csv:3: column activity_id: value \"A9\": unknown activity (not in"
                + " activities.csv)");
  }

  @Test
  void unknownCollegeAndParentAndSupersededActivity() {
    CsvImportException e =
        rejected(
            Folder.valid()
                .with(
                    "org_units.csv",
                    """
                    unit_id,name,kind,tags,parent_id
                    U,苏州大学,UNIVERSITY,,
                    XG,学生工作部(处),FUNCTIONAL_DEPARTMENT,,U
                    CS,计算机科学与技术学院,COLLEGE,,NOPE
                    """)
                .plus("contact_units.csv", "K4,CLASS,某班,MATH,,30,")
                .with(
                    "activities.csv",
                    Folder.ACTIVITIES
                        .replace("recorded_at\n", "recorded_at,supersedes\n")
                        .replace("2024-09-10T10:00\n", "2024-09-10T10:00,A2\n")
                        .replace("21:00:30\n", "21:00:30,\n")
                        .replace("16:00\n", "16:00,A2\n")));
    assertThat(e.errors().stream().map(CsvError::toString))
        .containsExactly(
            "org_units.csv:4: column parent_id: value \"NOPE\": unknown parent unit (not in"
                + " org_units.csv)",
            "contact_units.csv:5: column college_id: value \"MATH\": unknown college (not in"
                + " org_units.csv)",
            "activities.csv:2: column supersedes: value \"A2\": unknown superseded activity (a"
                + " correction must come after the record it corrects)");
  }

  @Test
  void duplicateIdsNameTheFirstLine() {
    CsvImportException e =
        rejected(
            Folder.valid()
                .plus("cadres.csv", "C001,王校长,UNIVERSITY_LEADERSHIP,U,校长,true,true,false")
                .plus(
                    "activities.csv",
                    "A2,C001,DORM_VISIT,2024-09-11T19:00,60,K1,DORMITORY,,,,2024-09-11T21:00")
                .plus("workdays.csv", "2024-10-01,false,国庆节"));
    assertThat(e.errors().stream().map(CsvError::toString))
        .containsExactly(
            "cadres.csv:4: column cadre_id: value \"C001\": duplicate cadre_id (first on line 2)",
            "workdays.csv:4: column date: value \"2024-10-01\": duplicate date (first on line 2)",
            "activities.csv:5: column activity_id: value \"A2\": duplicate activity_id (first on"
                + " line 3)");
  }

  @Test
  void twoUniversitiesWithoutParentIdIsAnError() {
    CsvImportException e = rejected(Folder.valid().plus("org_units.csv", "V,另一所大学,UNIVERSITY,"));
    assertThat(e.errors().stream().map(CsvError::toString))
        .containsExactly(
            "org_units.csv:5: column kind: value \"UNIVERSITY\": a second UNIVERSITY unit (V):"
                + " without a parent_id column there must be exactly one");
  }

  @Test
  void unbalancedQuoteNamesTheLineWhereTheCellOpens() {
    CsvImportException e =
        rejected(
            Folder.valid()
                .withLine("breaks.csv", 2, "2024-10-01,2024-10-07,\"国庆节")
                .plus("breaks.csv", "2025-01-20,2025-02-16,寒假"));
    assertThat(e.errors()).hasSize(1);
    CsvError error = e.errors().get(0);
    assertThat(error)
        .extracting(CsvError::file, CsvError::line, CsvError::column)
        .containsExactly("breaks.csv", 2, "name");
    assertThat(error.value()).startsWith("国庆节\n2025-01-20,2025-02-16,寒假");
    assertThat(error.message()).startsWith("unbalanced quote");
  }

  @Test
  void textAfterAClosingQuoteIsAnError() {
    CsvImportException e =
        rejected(Folder.valid().withLine("breaks.csv", 2, "2024-10-01,2024-10-07,\"国庆\"节"));
    assertThat(e.errors())
        .containsExactly(
            new CsvError(
                "breaks.csv",
                2,
                "name",
                "国庆",
                "expected ',' or the end of the line after the closing quote, found '节'"));
  }

  @Test
  void emptyFileIsAnError() {
    CsvImportException e = rejected(Folder.valid().with("terms.csv", ""));
    assertThat(e.errors()).hasSize(1);
    assertThat(e.errors().get(0).toString())
        .isEqualTo(
            "terms.csv:1: empty file: expected a header row with the columns"
                + " term_id,academic_year,season,starts_on,ends_on (optional: opens_on)");
  }

  @Test
  void missingRequiredFileIsAnErrorButOptionalFilesMayBeAbsent() {
    CsvImportException e = rejected(Folder.valid().without("cadres.csv").without("reviews.csv"));
    assertThat(e.errors().stream().map(CsvError::toString))
        .containsExactly("cadres.csv: required file is missing");
  }

  @Test
  void wrongNumberOfCellsIsAnError() {
    CsvImportException e = rejected(Folder.valid().withLine("breaks.csv", 2, "2024-10-01,x"));
    assertThat(e.errors().stream().map(CsvError::toString))
        .containsExactly("breaks.csv:2: expected 3 cells as in the header, found 2");
  }

  @Test
  void gbkBytesReadAsUtf8NameFileLineColumnAndValue() throws Exception {
    Path dir = Folder.valid().writeTo(temp);
    Files.write(dir.resolve("cadres.csv"), Folder.CADRES.getBytes(Charset.forName("GBK")));
    CsvImportException e = catchThrowableOfType(CsvImportException.class, () -> reader.read(dir));
    assertThat(e.errors()).hasSize(1);
    CsvError error = e.errors().get(0);
    assertThat(error.file()).isEqualTo("cadres.csv");
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.column()).isEqualTo("name");
    assertThat(error.value()).isEqualTo("\\xCD");
    assertThat(error.message()).contains("not valid text in the chosen encoding");
    assertThat(e.getMessage())
        .contains("cadres.csv:2: column name: value \"\\\\xCD\": bytes \\xCD are not valid text");
    InMemoryFacts facts = InMemoryFacts.empty();
    assertThat(catchThrowableOfType(CsvImportException.class, () -> reader.importInto(dir, facts)))
        .isNotNull();
    assertThat(facts.cadres()).isEmpty();
    assertThat(facts.activityLog().head()).isEqualTo(ChainHead.EMPTY);
  }

  @Test
  void everyErrorIsCollectedAcrossFilesUpToTheCap() {
    Folder folder = Folder.valid();
    for (int i = 0; i < 150; i++) {
      folder.plus("breaks.csv", "2024-10-0" + (i % 9 + 1) + ",bad,x");
    }
    folder.withLine("cadres.csv", 2, "C001,王校长,UNIVERSITY_LEADERSHIP,U,校长,maybe,true,false");
    CsvImportException all =
        catchThrowableOfType(
            CsvImportException.class,
            () ->
                new CsvDatasetReader(CsvOptions.defaults().withErrorCap(1000))
                    .read(folder.writeTo(temp)));
    assertThat(all.errors()).hasSize(151);
    assertThat(all.capped()).isFalse();
    assertThat(all.errors().get(0).file()).isEqualTo("cadres.csv");
    assertThat(all.errors().get(150).line()).isEqualTo(152);

    CsvImportException capped = rejected(folder);
    assertThat(capped.errors()).hasSize(100);
    assertThat(capped.capped()).isTrue();
    assertThat(capped.getMessage()).contains("reading stopped at the cap");
  }

  @Test
  void linesCountPhysicalLinesInsideQuotedCells() {
    CsvImportException e =
        rejected(
            Folder.valid()
                .with(
                    "breaks.csv",
                    "starts_on,ends_on,name\r\n"
                        + "2024-10-01,2024-10-07,\"国庆节\r\n(七天)\n\"\"长假\"\"\"\r\n"
                        + "2025-01-20,2025-02-1,寒假\r\n"));
    assertThat(e.errors())
        .containsExactly(
            new CsvError("breaks.csv", 5, "ends_on", "2025-02-1", "expected a date YYYY-MM-DD"));
  }

  @Test
  void aDaylightSavingGapIsNotALocalTime() {
    CsvImportException e =
        catchThrowableOfType(
            CsvImportException.class,
            () ->
                new CsvDatasetReader(
                        CsvOptions.defaults().withZone(java.time.ZoneId.of("Europe/Berlin")))
                    .read(
                        Folder.valid()
                            .withLine("feedback.csv", 3, "F2,MAILBOX,CS,2025-03-30T02:30,,,")
                            .writeTo(temp)));
    assertThat(e.errors().stream().map(CsvError::toString))
        .containsExactly(
            "feedback.csv:3: column received_at: value \"2025-03-30T02:30\": no such local time in"
                + " the zone Europe/Berlin (a daylight-saving gap)");
  }

  @Test
  void utf8IsTheDefaultAndBytesAreNeverReplaced() throws Exception {
    Path dir = Folder.valid().writeTo(temp);
    byte[] bytes = Folder.BREAKS.getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[bytes.length - 1];
    // cut the last byte of 节 (3 bytes) before the final newline: a truncated sequence
    System.arraycopy(bytes, 0, broken, 0, bytes.length - 2);
    broken[broken.length - 1] = '\n';
    Files.write(dir.resolve("breaks.csv"), broken);
    CsvImportException e = catchThrowableOfType(CsvImportException.class, () -> reader.read(dir));
    assertThat(e.errors()).hasSize(1);
    assertThat(e.errors().get(0))
        .extracting(CsvError::file, CsvError::line, CsvError::column)
        .containsExactly("breaks.csv", 2, "name");
    assertThat(e.errors().get(0).value()).startsWith("国庆");
  }
}
