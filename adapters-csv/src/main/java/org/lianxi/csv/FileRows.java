package org.lianxi.csv;

import com.google.common.collect.ImmutableSet;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lianxi.core.domain.LianxiException;

/**
 * The rows of one fact file, read one at a time: checks the header (missing required, unknown and
 * duplicated columns), skips empty lines, checks each row's cell count, and parses cells into
 * values, recording a located {@link CsvError} for every cell that does not parse. A value type's
 * own {@link LianxiException} becomes a located error too, keeping its message. Not thread-safe.
 */
final class FileRows implements Closeable {
  private static final Pattern FIELD = Pattern.compile("\\]\\.(\\w+) = ");
  private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");

  private final FactFile file;
  private final String name;
  private final Errors errors;
  private final CsvTokenizer tokenizer;
  private final ZoneCheck zone;
  private final Dates dates = new Dates();
  private final StringPool pool = new StringPool();
  private final Map<String, Integer> index = new HashMap<>();
  private String[] header = new String[0];
  private boolean complete = true;
  private boolean done;
  private boolean rowOk;

  private FileRows(
      FactFile file, String name, CsvTokenizer tokenizer, CsvOptions options, Errors errors) {
    this.file = file;
    this.name = name;
    this.errors = errors;
    this.tokenizer = tokenizer;
    this.zone = new ZoneCheck(options.zone());
  }

  /**
   * Opens the file of that format in the folder and reads its header. A missing file is an error
   * when the file is required, and otherwise gives no rows.
   */
  static FileRows open(Path folder, FactFile file, CsvOptions options, Errors errors) {
    return openFile(folder.resolve(file.fileName()), file, options, errors);
  }

  /** Opens a file of the given format, whatever its name, and reads its header. */
  static FileRows openFile(Path path, FactFile file, CsvOptions options, Errors errors) {
    String name = path.getFileName().toString();
    InputStream in;
    try {
      in = Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      FileRows none = new FileRows(file, name, null, options, errors);
      none.done = true;
      if (file.required()) {
        none.complete = false;
        errors.add(new CsvError(name, 0, "", "", "required file is missing"));
      }
      return none;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return over(
        new CsvTokenizer(new DecodingReader(in, options.encoding())), name, file, options, errors);
  }

  /** Rows over a tokenizer; reads and checks the header. */
  static FileRows over(
      CsvTokenizer tokenizer, String name, FactFile file, CsvOptions options, Errors errors) {
    FileRows rows = new FileRows(file, name, tokenizer, options, errors);
    rows.readHeader();
    return rows;
  }

  /** Whether every row of the file was read and identified (so references to it can be checked). */
  boolean complete() {
    return complete;
  }

  private void readHeader() {
    if (!advance()) {
      if (complete) {
        complete = false;
        errors.add(
            new CsvError(
                name,
                1,
                "",
                "",
                "empty file: expected a header row with the columns " + columnsText()));
      }
      done = true;
      return;
    }
    if (tokenizer.blankRow()) {
      complete = false;
      done = true;
      errors.add(
          new CsvError(name, 1, "", "", "the first line must be the header row " + columnsText()));
      return;
    }
    int n = tokenizer.size();
    header = new String[n];
    boolean usable = true;
    for (int i = 0; i < n; i++) {
      String column = tokenizer.cell(i);
      header[i] = column;
      boolean known =
          file.requiredColumns().contains(column) || file.optionalColumns().contains(column);
      if (!known) {
        errors.add(
            new CsvError(
                name, 1, column, column, "unknown column; the columns are " + columnsText()));
      } else if (index.containsKey(column)) {
        usable = false;
        errors.add(new CsvError(name, 1, column, column, "duplicate column"));
      } else {
        index.put(column, i);
      }
    }
    for (String required : file.requiredColumns()) {
      if (!index.containsKey(required)) {
        usable = false;
        errors.add(
            new CsvError(
                name,
                1,
                required,
                "",
                "missing required column; the columns are " + columnsText()));
      }
    }
    if (!usable) {
      complete = false;
      done = true;
    }
  }

  private String columnsText() {
    String text = String.join(",", file.requiredColumns());
    return file.optionalColumns().isEmpty()
        ? text
        : text + " (optional: " + String.join(",", file.optionalColumns()) + ")";
  }

  /** The index of a column in this file's header, or -1 when an optional column is absent. */
  int column(String column) {
    Integer i = index.get(column);
    return i == null ? -1 : i;
  }

  /**
   * Advances to the next data row with the header's number of cells, skipping empty lines; rows of
   * another length are errors and skipped.
   */
  boolean next() {
    while (!done) {
      if (!advance()) {
        done = true;
        return false;
      }
      if (tokenizer.blankRow()) {
        continue;
      }
      if (tokenizer.size() != header.length) {
        complete = false;
        errors.add(
            new CsvError(
                name,
                tokenizer.line(),
                "",
                "",
                "expected "
                    + header.length
                    + " cells as in the header, found "
                    + tokenizer.size()));
        continue;
      }
      rowOk = true;
      return true;
    }
    return false;
  }

  private boolean advance() {
    try {
      return tokenizer.next();
    } catch (CsvSyntaxException e) {
      complete = false;
      done = true;
      String column = e.cell() >= 0 && e.cell() < header.length ? header[e.cell()] : "";
      errors.add(new CsvError(name, e.line(), column, e.value(), e.getMessage()));
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether every cell read in the current row so far parsed. */
  boolean rowOk() {
    return rowOk;
  }

  /** The physical line on which the current row starts. */
  int line() {
    return tokenizer.line();
  }

  /** The line of a cell of the current row. */
  int line(int column) {
    return column < 0 ? tokenizer.line() : tokenizer.cellLine(column);
  }

  /** Records an error about a cell of the current row. */
  void error(int column, String message) {
    rowOk = false;
    if (column < 0) {
      errors.add(new CsvError(name, tokenizer.line(), "", "", message));
    } else {
      errors.add(
          new CsvError(
              name, tokenizer.cellLine(column), header[column], tokenizer.cell(column), message));
    }
  }

  /** Records an error about a cell at a line read earlier (cross-row checks). */
  void errorAt(int line, String column, String value, String message) {
    errors.add(new CsvError(name, line, column, value, message));
  }

  private boolean empty(int c) {
    return c < 0 || tokenizer.start(c) == tokenizer.end(c);
  }

  /** A required text: an id, a name. */
  String required(int c) {
    if (empty(c)) {
      error(c, "expected a value");
      return null;
    }
    return tokenizer.cell(c);
  }

  /** A required text that repeats from row to row (an id referred to), as a shared string. */
  String requiredShared(int c) {
    if (empty(c)) {
      error(c, "expected a value");
      return null;
    }
    return pool.get(tokenizer.buffer(), tokenizer.start(c), tokenizer.end(c));
  }

  /** An optional text that repeats from row to row, as a shared string. */
  Optional<String> optionalShared(int c) {
    return empty(c)
        ? Optional.empty()
        : Optional.of(pool.get(tokenizer.buffer(), tokenizer.start(c), tokenizer.end(c)));
  }

  /** A text that may be empty. */
  String text(int c) {
    return c < 0 ? "" : tokenizer.cell(c);
  }

  /** A text, empty when the cell is empty or the column absent. */
  Optional<String> optional(int c) {
    return empty(c) ? Optional.empty() : Optional.of(tokenizer.cell(c));
  }

  LocalDate date(int c) {
    LocalDate d = dates.date(tokenizer.buffer(), tokenizer.start(c), tokenizer.end(c));
    if (d == null) {
      error(c, "expected a date YYYY-MM-DD");
    }
    return d;
  }

  Optional<LocalDate> optionalDate(int c) {
    return empty(c) ? Optional.empty() : Optional.ofNullable(date(c));
  }

  LocalDateTime dateTime(int c) {
    LocalDateTime t = dates.dateTime(tokenizer.buffer(), tokenizer.start(c), tokenizer.end(c));
    if (t == null) {
      error(c, "expected a date-time YYYY-MM-DDTHH:MM");
    } else if (!zone.exists(t)) {
      error(c, "no such local time in the zone " + zone.id() + " (a daylight-saving gap)");
      return null;
    }
    return t;
  }

  Optional<LocalDateTime> optionalDateTime(int c) {
    return empty(c) ? Optional.empty() : Optional.ofNullable(dateTime(c));
  }

  /** A whole number of at least {@code min}; {@code what} names it in the message. */
  int number(int c, int min, String what) {
    long v = Values.integer(tokenizer.buffer(), tokenizer.start(c), tokenizer.end(c));
    if (v == Values.NOT_A_NUMBER || v < min) {
      error(c, "expected " + what);
      return min;
    }
    return (int) v;
  }

  OptionalInt optionalNumber(int c, int min, String what) {
    return empty(c) ? OptionalInt.empty() : OptionalInt.of(number(c, min, what));
  }

  boolean bool(int c) {
    int v = Values.bool(tokenizer.buffer(), tokenizer.start(c), tokenizer.end(c));
    if (v < 0) {
      error(c, "expected true or false");
    }
    return v == 1;
  }

  <E extends Enum<E>> E choice(int c, Values.Names<E> names) {
    E e = names.find(tokenizer.buffer(), tokenizer.start(c), tokenizer.end(c));
    if (e == null) {
      error(c, "expected " + names.allowed());
    }
    return e;
  }

  <E extends Enum<E>> Optional<E> optionalChoice(int c, Values.Names<E> names) {
    return empty(c) ? Optional.empty() : Optional.ofNullable(choice(c, names));
  }

  /** A {@code ;}-separated list of enum names; an empty cell is an empty list. */
  <E extends Enum<E>> ImmutableSet<E> choices(int c, Values.Names<E> names) {
    if (empty(c)) {
      return ImmutableSet.of();
    }
    char[] b = tokenizer.buffer();
    int s = tokenizer.start(c);
    int end = tokenizer.end(c);
    long mask = 0;
    while (true) {
      int e = s;
      while (e < end && b[e] != ';') {
        e++;
      }
      E item = names.find(b, s, e);
      if (item == null) {
        error(
            c,
            "unknown list item \""
                + new String(b, s, e - s)
                + "\": expected ';'-separated names, each "
                + names.allowed());
        return null;
      }
      mask |= 1L << item.ordinal();
      if (e == end) {
        return names.subset(mask);
      }
      s = e + 1;
    }
  }

  /**
   * Registers the id in a cell of the current row; a duplicate is an error naming the line it was
   * first seen on.
   */
  void register(int c, IdSet ids, String what) {
    int first =
        ids.add(tokenizer.buffer(), tokenizer.start(c), tokenizer.end(c), tokenizer.cellLine(c));
    if (first != 0) {
      error(c, "duplicate " + what + " (first on line " + first + ")");
    }
  }

  /** A {@code ;}-separated list of tags; an empty cell is an empty list. */
  ImmutableSet<String> tags(int c) {
    if (empty(c)) {
      return ImmutableSet.of();
    }
    String text = tokenizer.cell(c);
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (String tag : text.split(";", -1)) {
      if (tag.isEmpty()) {
        error(c, "empty list item: expected ';'-separated tags");
        return null;
      }
      out.add(tag);
    }
    return out.build();
  }

  /**
   * Builds a value from the current row; a {@link LianxiException} from the value's own checks
   * becomes an error located at the column of the field it names (its message kept).
   *
   * @return the value, or null when the row had errors or the value refused it
   */
  <T> T build(Supplier<T> value) {
    if (!rowOk) {
      return null;
    }
    try {
      return value.get();
    } catch (LianxiException e) {
      refused(e);
      return null;
    }
  }

  /** Records a value type's refusal of the current row at the column of the field it names. */
  void refused(LianxiException e) {
    error(columnOf(e.getMessage()), e.getMessage());
  }

  private int columnOf(String message) {
    if (message == null) {
      return -1;
    }
    Matcher m = FIELD.matcher(message);
    if (!m.find()) {
      return -1;
    }
    String column =
        CAMEL.matcher(m.group(1)).replaceAll("$1_$2").toLowerCase(java.util.Locale.ROOT);
    return column(column);
  }

  @Override
  public void close() {
    if (tokenizer != null) {
      try {
        tokenizer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Whether local date-times exist in the zone, fast for times after its last transition. */
  static final class ZoneCheck {
    private final ZoneId id;
    private final ZoneRules rules;
    private final LocalDateTime safeAfter;

    ZoneCheck(ZoneId id) {
      this.id = id;
      this.rules = id.getRules();
      List<ZoneOffsetTransition> transitions = rules.getTransitions();
      if (rules.isFixedOffset()) {
        safeAfter = LocalDateTime.MIN;
      } else if (rules.getTransitionRules().isEmpty() && !transitions.isEmpty()) {
        ZoneOffsetTransition last = transitions.get(transitions.size() - 1);
        LocalDateTime before = last.getDateTimeBefore();
        LocalDateTime after = last.getDateTimeAfter();
        safeAfter = before.isAfter(after) ? before : after;
      } else {
        safeAfter = LocalDateTime.MAX;
      }
    }

    boolean exists(LocalDateTime t) {
      return t.isAfter(safeAfter) || !rules.getValidOffsets(t).isEmpty();
    }

    ZoneId id() {
      return id;
    }
  }
}
