package org.lianxi.core.report;

import org.lianxi.core.domain.Explanation;

/**
 * A suggested link of a cadre to an unlinked class or student party branch. Immutable and
 * thread-safe.
 *
 * @param contactUnitId the unit to link
 * @param cadreId the suggested cadre
 * @param cadreName the cadre's name
 * @param explanation why this cadre, in Chinese and English
 */
public record SuggestedAssignment(
    String contactUnitId, String cadreId, String cadreName, Explanation explanation) {}
