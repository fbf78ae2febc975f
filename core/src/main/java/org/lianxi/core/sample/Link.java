package org.lianxi.core.sample;

import java.time.LocalDate;
import java.util.Optional;
import org.lianxi.core.domain.Assignment;

/** A cadre's link to a contact unit while a campus is generated. */
final class Link {
  final Unit unit;
  LocalDate from;
  LocalDate to;

  Link(Unit unit, LocalDate from) {
    this.unit = unit;
    this.from = from;
  }

  boolean covers(LocalDate day) {
    return !day.isBefore(from) && (to == null || !day.isAfter(to));
  }

  Assignment assignment(String cadreId) {
    return Assignment.builder()
        .cadreId(cadreId)
        .contactUnitId(unit.id)
        .validFrom(from)
        .validTo(Optional.ofNullable(to))
        .build();
  }
}
