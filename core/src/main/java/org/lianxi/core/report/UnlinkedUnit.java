package org.lianxi.core.report;

import java.util.Optional;
import org.lianxi.core.domain.ContactUnitType;

/**
 * A contact unit with no cadre assigned for the term. Immutable and thread-safe.
 *
 * @param contactUnitId the unit
 * @param name its name
 * @param type its type
 * @param collegeId its college, empty for a university-level unit
 * @param university its university
 */
public record UnlinkedUnit(
    String contactUnitId,
    String name,
    ContactUnitType type,
    Optional<String> collegeId,
    String university) {}
