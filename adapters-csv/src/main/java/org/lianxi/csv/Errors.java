package org.lianxi.csv;

import java.util.ArrayList;
import java.util.List;

/** Collects located errors up to the cap; reaching the cap stops the read with {@link Capped}. */
final class Errors {
  private final int cap;
  private final List<CsvError> found = new ArrayList<>();
  private boolean capped;

  Errors(int cap) {
    this.cap = cap;
  }

  /** Thrown when the cap is reached, to stop reading; carries no stack trace. */
  static final class Capped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Capped() {
      super("error cap reached", null, false, false);
    }
  }

  void add(CsvError error) {
    found.add(error);
    if (found.size() >= cap) {
      capped = true;
      throw new Capped();
    }
  }

  boolean any() {
    return !found.isEmpty();
  }

  CsvImportException exception() {
    return new CsvImportException(found, capped);
  }
}
