package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;

/**
 * One Party member of a team in a democratic-life checklist, with the items for self-examination
 * (possibly none). Immutable and thread-safe.
 *
 * @param cadreId the cadre
 * @param name the cadre's name
 * @param title the cadre's title
 * @param items shortfalls and confirmed findings of the term
 */
public record ChecklistMember(
    String cadreId, String name, String title, ImmutableList<ChecklistItem> items) {}
