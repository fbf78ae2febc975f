package org.lianxi.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Topic;
import org.lianxi.core.domain.UnitKind;
import org.lianxi.core.domain.Venue;
import org.lianxi.core.memory.InMemoryFacts;
import org.lianxi.core.port.out.Facts;

class CsvDatasetReaderTest {
  @TempDir Path temp;

  private final CsvDatasetReader reader = new CsvDatasetReader();

  @Test
  void readsEveryFileIntoFactsThroughThePorts() {
    Facts facts = InMemoryFacts.factsOf(reader.read(Folder.valid().writeTo(temp)));
    assertThat(facts.orgUnits().orgUnits())
        .extracting(OrgUnit::unitId)
        .containsExactly("U", "XG", "CS");
    assertThat(facts.orgUnits().orgUnits().get(1).tags())
        .containsExactly("student-work", "hotline", "listed-department");
    assertThat(facts.cadres().cadres()).hasSize(2);
    assertThat(facts.contactUnits().contactUnits().get(2).name()).isEqualTo("青年志愿者协会, 校级");
    assertThat(facts.contactUnits().contactUnits().get(2).collegeId()).isEmpty();
    assertThat(facts.assignments().assignments().get(1).validTo())
        .contains(LocalDate.of(2025, 1, 31));
    assertThat(facts.calendar().terms().get(0).opensOn()).isEqualTo(LocalDate.of(2024, 8, 31));
    assertThat(facts.calendar().terms().get(1).opensOn()).isEqualTo(LocalDate.of(2025, 2, 17));
    assertThat(facts.calendar().breaks()).hasSize(1);
    assertThat(facts.calendar().workdays()).hasSize(2);
    assertThat(facts.absences().absences()).hasSize(1);
    assertThat(facts.feedback().feedback().get(1).acknowledgedAt()).isEmpty();
    assertThat(facts.reviews().reviews()).hasSize(1);
    assertThat(facts.activityLog().activities())
        .containsExactly(
            Activity.builder()
                .activityId("A1")
                .cadreId("C001")
                .type(ActivityType.THEORY_LECTURE)
                .start(LocalDateTime.of(2024, 9, 10, 8, 0))
                .minutes(90)
                .contactUnitId("K1")
                .venue(Venue.CLASSROOM)
                .addTopics(Topic.IDEOLOGY)
                .participants(32)
                .evidence("照片1.jpg")
                .recordedAt(LocalDateTime.of(2024, 9, 10, 10, 0))
                .build(),
            Activity.builder()
                .activityId("A2")
                .cadreId("C001")
                .type(ActivityType.DORM_VISIT)
                .start(LocalDateTime.of(2024, 9, 11, 19, 0))
                .minutes(60)
                .contactUnitId("K1")
                .venue(Venue.DORMITORY)
                .addTopics(Topic.IDEOLOGY, Topic.PSYCHOLOGY)
                .recordedAt(LocalDateTime.of(2024, 9, 11, 21, 0, 30))
                .build(),
            Activity.builder()
                .activityId("A3")
                .cadreId("C002")
                .type(ActivityType.HEART_TO_HEART)
                .start(LocalDateTime.of(2024, 9, 12, 15, 0))
                .minutes(45)
                .venue(Venue.OTHER)
                .participants(OptionalInt.of(1))
                .evidence(Optional.empty())
                .recordedAt(LocalDateTime.of(2024, 9, 12, 16, 0))
                .build());
  }

  @Test
  void optionalFilesAndColumnsMayBeAbsent() {
    Dataset d =
        reader.read(
            Folder.valid()
                .without("absences.csv")
                .without("breaks.csv")
                .without("feedback.csv")
                .without("reviews.csv")
                .without("workdays.csv")
                .with(
                    "terms.csv",
                    """
                    term_id,academic_year,season,starts_on,ends_on
                    2024-2025-1,2024-2025,AUTUMN,2024-09-02,2025-01-12
                    """)
                .writeTo(temp));
    assertThat(d.absences()).isEmpty();
    assertThat(d.breaks()).isEmpty();
    assertThat(d.feedback()).isEmpty();
    assertThat(d.reviews()).isEmpty();
    assertThat(d.workdays()).isEmpty();
    assertThat(d.terms().get(0).opensOn()).isEqualTo(d.terms().get(0).startsOn());
    assertThat(d.activities()).allMatch(a -> a.supersedes().isEmpty());
  }

  @Test
  void columnOrderIsFree() {
    Folder shuffled = Folder.valid();
    for (String file :
        List.of("org_units.csv", "cadres.csv", "activities.csv", "terms.csv", "feedback.csv")) {
      shuffled.with(file, reversedColumns(Folder.valid().text(file)));
    }
    assertThat(reader.read(shuffled.writeTo(temp)))
        .isEqualTo(reader.read(Folder.valid().writeTo(temp)));
  }

  private static String reversedColumns(String csv) {
    StringBuilder out = new StringBuilder();
    for (String line : csv.split("\n")) {
      List<String> cells = new ArrayList<>(splitSimple(line));
      java.util.Collections.reverse(cells);
      out.append(String.join(",", cells)).append('\n');
    }
    return out.toString();
  }

  /** Splits a line whose only quoted cells contain no quotes. */
  private static List<String> splitSimple(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        cell.append(c);
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  @Test
  void emptyLinesAndCrLfAreAccepted() {
    Folder crlf = Folder.valid();
    for (String file : List.of("cadres.csv", "activities.csv")) {
      crlf.with(file, Folder.valid().text(file).replace("\n", "\r\n") + "\r\n\r\n");
    }
    crlf.with("breaks.csv", "starts_on,ends_on,name\n\n2024-10-01,2024-10-07,国庆节");
    assertThat(reader.read(crlf.writeTo(temp)))
        .isEqualTo(reader.read(Folder.valid().writeTo(temp)));
  }

  @Test
  void aUtf8ByteOrderMarkReadsEqualToNone() throws Exception {
    Path plain = Folder.valid().writeTo(temp);
    Path bom = Folder.valid().writeTo(temp);
    for (FactFile f : FactFile.values()) {
      Path p = bom.resolve(f.fileName());
      byte[] bytes = Files.readAllBytes(p);
      byte[] withBom = new byte[bytes.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(bytes, 0, withBom, 3, bytes.length);
      Files.write(p, withBom);
    }
    assertThat(Files.readAllBytes(bom.resolve("org_units.csv"))).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(reader.read(bom)).isEqualTo(reader.read(plain));
  }

  @Test
  void gbkFilesReadWithTheGbkOptionGiveEqualFacts() throws Exception {
    Charset gbk = Charset.forName("GBK");
    Path utf8 = Folder.valid().writeTo(temp);
    Path converted = Files.createTempDirectory(temp, "gbk");
    for (FactFile f : FactFile.values()) {
      String text = Files.readString(utf8.resolve(f.fileName()), StandardCharsets.UTF_8);
      Files.write(converted.resolve(f.fileName()), text.getBytes(gbk));
    }
    assertThat(Files.readAllBytes(converted.resolve("cadres.csv")))
        .isNotEqualTo(Files.readAllBytes(utf8.resolve("cadres.csv")));
    Dataset fromGbk = new CsvDatasetReader(CsvOptions.defaults().withEncoding(gbk)).read(converted);
    assertThat(fromGbk).isEqualTo(reader.read(utf8));
    assertThat(fromGbk.cadres().get(0).name()).isEqualTo("王校长");
  }

  @Test
  void utf8TextReadAsGbkIsAnErrorNotMojibakeWhenItIsInvalid() {
    // "节" in UTF-8 is E8 8A 82; GBK has no character for 0x82 followed by a newline
    Path utf8 =
        Folder.valid()
            .with("breaks.csv", "starts_on,ends_on,name\n2024-10-01,2024-10-07,节\n")
            .writeTo(temp);
    CsvImportException e =
        catchThrowableOfType(
            CsvImportException.class,
            () ->
                new CsvDatasetReader(CsvOptions.defaults().withEncoding(Charset.forName("GBK")))
                    .read(utf8));
    assertThat(e.errors()).anySatisfy(err -> assertThat(err.file()).isEqualTo("breaks.csv"));
  }

  @Test
  void theActivityLogStreamsRowByRow() {
    Path dir = Folder.valid().writeTo(temp);
    List<String> ids = new ArrayList<>();
    long n = reader.readActivities(dir.resolve("activities.csv"), a -> ids.add(a.activityId()));
    assertThat(n).isEqualTo(3);
    assertThat(ids).containsExactly("A1", "A2", "A3");
  }

  @Test
  void streamingStopsDeliveringAtTheFirstBadRowAndReportsEveryError() {
    Path dir =
        Folder.valid()
            .withLine(
                "activities.csv",
                3,
                "A2,C001,DORM_VISIT,2024-09-11T19:00,-5,K1,DORMITORY,,,,2024-09-11T21:00")
            .plus("activities.csv", "A1,C002,OTHER,2024-09-12T15:00,45,,MOON,,,,2024-09-12T16:00")
            .writeTo(temp);
    List<String> ids = new ArrayList<>();
    CsvImportException e =
        catchThrowableOfType(
            CsvImportException.class,
            () ->
                reader.readActivities(dir.resolve("activities.csv"), a -> ids.add(a.activityId())));
    assertThat(ids).containsExactly("A1");
    assertThat(e.errors().stream().map(CsvError::toString))
        .containsExactly(
            "activities.csv:3: column minutes: value \"-5\": expected a positive whole number of"
                + " minutes",
            "activities.csv:5: column activity_id: value \"A1\": duplicate activity_id (first on"
                + " line 2)",
            "activities.csv:5: column venue: value \"MOON\": expected one of "
                + String.join(", ", Arrays.stream(Venue.values()).map(Enum::name).toList()));
  }

  @Test
  void severalUniversitiesFormATreeThroughParentId() {
    Dataset d =
        reader.read(
            Folder.valid()
                .with(
                    "org_units.csv",
                    """
                    unit_id,name,kind,tags,parent_id
                    U,苏州大学,UNIVERSITY,,
                    XG,学生工作部(处),FUNCTIONAL_DEPARTMENT,,U
                    XB,学部,COLLEGE,,U
                    CS,计算机科学与技术学院,COLLEGE,,XB
                    V,另一所大学,UNIVERSITY,,
                    VX,另一学院,COLLEGE,,V
                    """)
                .writeTo(temp));
    assertThat(d.orgUnits()).hasSize(6);
    assertThat(d.orgUnits().get(3).parentId()).contains("XB");
    assertThat(d.orgUnits().stream().filter(u -> u.kind() == UnitKind.UNIVERSITY)).hasSize(2);
  }

  @Test
  void aParentCycleAndAUniversityWithAParentAreErrors() {
    CsvImportException e =
        catchThrowableOfType(
            CsvImportException.class,
            () ->
                reader.read(
                    Folder.valid()
                        .with(
                            "org_units.csv",
                            """
                            unit_id,name,kind,tags,parent_id
                            U,苏州大学,UNIVERSITY,,
                            XG,学生工作部(处),FUNCTIONAL_DEPARTMENT,,CS
                            CS,计算机科学与技术学院,COLLEGE,,XG
                            V,另一所大学,UNIVERSITY,,U
                            """)
                        .writeTo(temp)));
    assertThat(e.errors().stream().map(CsvError::toString))
        .containsExactly(
            "org_units.csv:3: column parent_id: value \"CS\": the chain of parents of unit XG does"
                + " not reach a UNIVERSITY",
            "org_units.csv:4: column parent_id: value \"XG\": the chain of parents of unit CS does"
                + " not reach a UNIVERSITY",
            "org_units.csv:5: column parent_id: value \"U\": a UNIVERSITY unit has no parent");
  }
}
