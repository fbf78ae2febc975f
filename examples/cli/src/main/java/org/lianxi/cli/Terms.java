package org.lianxi.cli;

import java.time.Clock;
import java.time.LocalDate;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Term;

/** The term and as-of day a command evaluates. */
record Terms(Term term, LocalDate asOf) {

  /** The named term and the given as-of day, or the default: today, at most the term's last day. */
  static Terms of(Dataset dataset, String termId, LocalDate asOf, Clock clock) {
    AcademicCalendar calendar = calendar(dataset, clock);
    Term term = calendar.requireTerm(termId);
    return new Terms(term, asOf != null ? asOf : calendar.defaultAsOf(term));
  }

  static AcademicCalendar calendar(Dataset dataset, Clock clock) {
    return AcademicCalendar.builder()
        .terms(dataset.terms())
        .breaks(dataset.breaks())
        .workdays(dataset.workdays())
        .clock(clock)
        .build();
  }
}
