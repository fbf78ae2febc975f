package org.lianxi.csv;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.lianxi.core.domain.LianxiException;

/**
 * A CSV dataset (or file) that does not import: it carries every located error found (up to the
 * error cap of {@link CsvOptions}), and its message lists them, one per line. When it is thrown,
 * nothing of the dataset was returned or imported. Immutable and thread-safe.
 */
public final class CsvImportException extends LianxiException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an ImmutableList of records is serializable
  private final ImmutableList<CsvError> errors;

  private final boolean capped;

  CsvImportException(List<CsvError> errors, boolean capped) {
    super(message(errors, capped));
    this.errors = ImmutableList.copyOf(errors);
    this.capped = capped;
  }

  /** The located errors, in the order found. */
  public ImmutableList<CsvError> errors() {
    return errors;
  }

  /** Whether reading stopped at the error cap, so that more errors may exist. */
  public boolean capped() {
    return capped;
  }

  private static String message(List<CsvError> errors, boolean capped) {
    StringBuilder s =
        new StringBuilder("the CSV data does not import (")
            .append(errors.size())
            .append(errors.size() == 1 ? " error" : " errors")
            .append(capped ? ", reading stopped at the cap" : "")
            .append("); nothing was imported:");
    for (CsvError e : errors) {
      s.append('\n').append(e);
    }
    return s.toString();
  }
}
