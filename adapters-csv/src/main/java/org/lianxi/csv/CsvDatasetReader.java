package org.lianxi.csv;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.integrity.ChainHead;
import org.lianxi.core.port.in.ImportDatasetUseCase;

/**
 * Reads a dataset folder in the formats of SPEC §5: {@code org_units.csv}, {@code cadres.csv},
 * {@code contact_units.csv}, {@code assignments.csv}, {@code terms.csv}, {@code activities.csv} and
 * the optional {@code breaks.csv}, {@code workdays.csv}, {@code absences.csv}, {@code feedback.csv}
 * and {@code reviews.csv}.
 *
 * <p>Reading is strict and all or nothing. Every file is checked — its encoding (never replaced),
 * its header (missing required, unknown and duplicated columns; the order is free), each value,
 * duplicate ids and references to the files before it — and every error is collected, up to the cap
 * of {@link CsvOptions}, before one {@link CsvImportException} lists them all with file, line,
 * column and value. When it is thrown nothing is returned or imported.
 *
 * <p>Files are read row by row through a buffer of one row, never whole. With {@link
 * #readActivities} a large activity log can be streamed without holding it.
 *
 * <p>To evaluate a folder: {@code InMemoryFacts.factsOf(new CsvDatasetReader().read(folder))}.
 *
 * <p>Immutable and thread-safe: each call reads independently.
 */
public final class CsvDatasetReader {
  private final CsvOptions options;

  /** A reader with {@link CsvOptions#defaults()}. */
  public CsvDatasetReader() {
    this(CsvOptions.defaults());
  }

  public CsvDatasetReader(CsvOptions options) {
    this.options = options;
  }

  /**
   * Reads every file of the folder.
   *
   * @return the dataset, lists in file order
   * @throws CsvImportException listing every error found; nothing is returned then
   * @throws java.io.UncheckedIOException when a file exists but cannot be read
   */
  public Dataset read(Path folder) {
    return new DatasetReading(options).read(folder);
  }

  /**
   * Reads the folder and imports it: all or nothing — when the folder has any error, {@code target}
   * is not called at all.
   *
   * @return the activity log's chain head after the import
   * @throws CsvImportException listing every error found; nothing was imported then
   */
  public ChainHead importInto(Path folder, ImportDatasetUseCase target) {
    return target.importDataset(read(folder));
  }

  /**
   * Streams an activities file (the columns of {@code activities.csv}, whatever its name) row by
   * row, handing each activity to {@code sink} as soon as its row is read and checked. Values,
   * duplicate ids and {@code supersedes} (which must name an earlier row) are checked; references
   * to cadres and contact units are not, as no roster is read. Unlike {@link #read}, this is not
   * all or nothing: rows before the first bad row have been delivered when the exception comes;
   * after it, reading goes on only to collect errors.
   *
   * @return the number of activities delivered
   * @throws CsvImportException listing every error found
   */
  public long readActivities(Path file, Consumer<? super Activity> sink) {
    DatasetReading reading = new DatasetReading(options);
    FileRows rows;
    try {
      rows = FileRows.openFile(file, FactFile.ACTIVITIES, options, reading.errors());
    } catch (Errors.Capped capped) {
      throw reading.errors().exception();
    }
    return reading.readActivities(rows, sink);
  }
}
