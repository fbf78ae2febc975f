package org.lianxi.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.Break;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Review;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.UnitKind;
import org.lianxi.core.domain.WorkdayOverride;

/**
 * Writes a dataset as a folder of fact files (SPEC §5) that {@link CsvDatasetReader} reads back to
 * equal facts: every file, with its header even when it has no rows; the optional columns {@code
 * parent_id}, {@code opens_on} and {@code supersedes} only when some row needs them. Cells are
 * written exactly, quoted where RFC 4180 needs it, with no formula neutralisation: fact files are
 * data (report CSVs for people are {@link ExcelSafeCsvWriter}'s). {@code parent_id} is written when
 * a unit has a parent or the dataset has several universities. Lines end in {@code \n}; no
 * byte-order mark; the encoding of {@link CsvOptions} (text it cannot hold is an error). A value
 * the format cannot hold exactly — fractions of a second, an empty {@code evidence} — is a {@link
 * LianxiException} naming it. The writer does not check references; the reader does.
 *
 * <p>Immutable and thread-safe: each call writes independently.
 */
public final class CsvDatasetWriter {
  private final CsvOptions options;

  /** A writer with {@link CsvOptions#defaults()} (UTF-8). */
  public CsvDatasetWriter() {
    this(CsvOptions.defaults());
  }

  public CsvDatasetWriter(CsvOptions options) {
    this.options = options;
  }

  /** Writes every fact file of the dataset into {@code folder}, creating it if needed. */
  public void write(Dataset dataset, Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean parents =
        dataset.orgUnits().stream().anyMatch(u -> u.parentId().isPresent())
            || dataset.orgUnits().stream().filter(u -> u.kind() == UnitKind.UNIVERSITY).count() > 1;
    write(folder, FactFile.ORG_UNITS, parents, dataset.orgUnits(), u -> orgUnit(u, parents));
    write(folder, FactFile.CADRES, false, dataset.cadres(), CsvDatasetWriter::cadre);
    write(
        folder,
        FactFile.CONTACT_UNITS,
        false,
        dataset.contactUnits(),
        CsvDatasetWriter::contactUnit);
    write(folder, FactFile.ASSIGNMENTS, false, dataset.assignments(), CsvDatasetWriter::assignment);
    boolean opens = dataset.terms().stream().anyMatch(t -> !t.opensOn().equals(t.startsOn()));
    write(folder, FactFile.TERMS, opens, dataset.terms(), t -> term(t, opens));
    write(folder, FactFile.BREAKS, false, dataset.breaks(), CsvDatasetWriter::breakRow);
    write(folder, FactFile.WORKDAYS, false, dataset.workdays(), CsvDatasetWriter::workday);
    write(folder, FactFile.ABSENCES, false, dataset.absences(), CsvDatasetWriter::absence);
    boolean supersedes = dataset.activities().stream().anyMatch(a -> a.supersedes().isPresent());
    write(
        folder,
        FactFile.ACTIVITIES,
        supersedes,
        dataset.activities(),
        a -> activity(a, supersedes));
    write(folder, FactFile.FEEDBACK, false, dataset.feedback(), CsvDatasetWriter::feedback);
    write(folder, FactFile.REVIEWS, false, dataset.reviews(), CsvDatasetWriter::review);
  }

  /**
   * Writes activities to one file in the columns of {@code activities.csv} (with {@code
   * supersedes}), row by row as {@code activities} yields them, so a log larger than memory can be
   * exported.
   */
  public void writeActivities(Iterable<? extends Activity> activities, Path file) {
    try (OutputStream out = Files.newOutputStream(file);
        RowWriter w = open(out, file.getFileName().toString(), FactFile.ACTIVITIES, true)) {
      for (Activity a : activities) {
        w.row(activity(a, true));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> void write(
      Path folder,
      FactFile file,
      boolean optionalColumns,
      Collection<T> values,
      Function<T, List<String>> row) {
    try (OutputStream out = Files.newOutputStream(folder.resolve(file.fileName()));
        RowWriter w = open(out, file.fileName(), file, optionalColumns)) {
      for (T v : values) {
        w.row(row.apply(v));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private RowWriter open(OutputStream out, String name, FactFile file, boolean optionalColumns) {
    return RowWriter.open(
        out,
        name,
        options.encoding(),
        false,
        optionalColumns ? file.allColumns() : file.requiredColumns(),
        "\n");
  }

  private static List<String> orgUnit(OrgUnit u, boolean parents) {
    List<String> row =
        new ArrayList<>(List.of(u.unitId(), u.name(), u.kind().name(), list(u.tags())));
    if (parents) {
      row.add(u.parentId().orElse(""));
    }
    return row;
  }

  private static List<String> cadre(Cadre c) {
    return List.of(
        c.cadreId(),
        c.name(),
        c.tier().name(),
        c.unitId(),
        c.title(),
        Boolean.toString(c.principal()),
        Boolean.toString(c.partyMember()),
        Boolean.toString(c.branchSecretary()));
  }

  private static List<String> contactUnit(ContactUnit u) {
    return List.of(
        u.contactUnitId(),
        u.type().name(),
        u.name(),
        u.collegeId().orElse(""),
        u.level().map(Enum::name).orElse(""),
        Integer.toString(u.size()),
        list(u.tags()));
  }

  private static List<String> assignment(Assignment a) {
    return List.of(
        a.cadreId(),
        a.contactUnitId(),
        Values.date(a.validFrom()),
        a.validTo().map(Values::date).orElse(""));
  }

  private static List<String> term(Term t, boolean opens) {
    List<String> row =
        new ArrayList<>(
            List.of(
                t.termId(),
                t.academicYear(),
                t.season().name(),
                Values.date(t.startsOn()),
                Values.date(t.endsOn())));
    if (opens) {
      row.add(t.opensOn().equals(t.startsOn()) ? "" : Values.date(t.opensOn()));
    }
    return row;
  }

  private static List<String> breakRow(Break b) {
    return List.of(Values.date(b.startsOn()), Values.date(b.endsOn()), b.name());
  }

  private static List<String> workday(WorkdayOverride w) {
    return List.of(Values.date(w.date()), Boolean.toString(w.workday()), w.name());
  }

  private static List<String> absence(Absence a) {
    return List.of(a.cadreId(), Values.date(a.startsOn()), Values.date(a.endsOn()), a.reason());
  }

  private static List<String> activity(Activity a, boolean supersedes) {
    String evidence = nonEmpty(a.evidence(), "Activity[" + a.activityId() + "]", "evidence");
    List<String> row =
        new ArrayList<>(
            List.of(
                a.activityId(),
                a.cadreId(),
                a.type().name(),
                Values.dateTime(a.start()),
                Integer.toString(a.minutes()),
                a.contactUnitId().orElse(""),
                a.venue().name(),
                list(a.topics()),
                a.participants().isPresent() ? Integer.toString(a.participants().getAsInt()) : "",
                evidence,
                Values.dateTime(a.recordedAt())));
    if (supersedes) {
      row.add(a.supersedes().orElse(""));
    }
    return row;
  }

  private static List<String> feedback(Feedback f) {
    return List.of(
        f.feedbackId(),
        f.channel().name(),
        f.unitId(),
        Values.dateTime(f.receivedAt()),
        f.acknowledgedAt().map(Values::dateTime).orElse(""),
        f.closedAt().map(Values::dateTime).orElse(""),
        f.category());
  }

  private static List<String> review(Review r) {
    return List.of(
        r.activityId(),
        r.rule().name(),
        r.decision().name(),
        r.reviewer(),
        Values.dateTime(r.reviewedAt()),
        r.reason());
  }

  /** A present optional text must not be empty: an empty cell reads back as absent. */
  private static String nonEmpty(Optional<String> value, String where, String field) {
    if (value.isPresent() && value.get().isEmpty()) {
      throw new LianxiException(
          where + "." + field + " = \"\": an empty text cannot be told from none in CSV");
    }
    return value.orElse("");
  }

  private static String list(Collection<?> items) {
    return items.stream()
        .map(i -> i instanceof Enum<?> e ? e.name() : i.toString())
        .collect(Collectors.joining(";"));
  }
}
