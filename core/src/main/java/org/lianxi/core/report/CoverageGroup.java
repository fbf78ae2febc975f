package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.lianxi.core.domain.ContactUnitType;

/**
 * Unlinked contact units of one type in one college (or at university level). Immutable and
 * thread-safe.
 *
 * @param type the type
 * @param collegeId the college, empty for university-level units
 * @param collegeName the college's name, empty for university-level units
 * @param unlinked how many are unlinked
 * @param total how many there are
 * @param contactUnitIds the unlinked ones
 */
public record CoverageGroup(
    ContactUnitType type,
    Optional<String> collegeId,
    Optional<String> collegeName,
    int unlinked,
    int total,
    ImmutableList<String> contactUnitIds) {}
