package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.lianxi.core.domain.Explanation;

/**
 * Coverage of the contact units in a term: those with no cadre assigned (no assignment whose
 * validity overlaps the term up to as-of), grouped by type and college, and a greedy suggestion of
 * assignments that would link every unlinked class and student party branch without pushing a cadre
 * over the maximum. Immutable and thread-safe.
 *
 * <p>The suggestion (documented so it can be checked by hand):
 *
 * <ol>
 *   <li>Units to link: unlinked {@code CLASS} and {@code PARTY_BRANCH} units, by university,
 *       college (university-level units last), type (party branches first), id.
 *   <li>Candidates, in order of preference: the leaders of the unit's college (or the college above
 *       it); then the university's functional-department cadres; then its university leaders. A
 *       student party branch is offered to Party members only. Within each group, the cadre with
 *       the fewest linked units for the term (counting earlier suggestions) first, then by id.
 *   <li>Maximum: each assignment obligation of the policy that binds the cadre, holds in the term's
 *       season, counts the unit's type and sets a {@code max} must stay within it (units of its
 *       types, linked plus suggested). Where no such obligation sets one, the cadre's linked plus
 *       suggested units of all types must stay within {@link CoverageOptions#defaultMaxUnits()}.
 *   <li>The first candidate within the maximum gets the unit; a unit no candidate can take is
 *       listed in {@link #unplaced()}.
 * </ol>
 *
 * @param termId the term
 * @param asOf the as-of day
 * @param unlinked every unlinked contact unit, by university, college, type, id
 * @param groups the unlinked units by type and college (groups with none unlinked are left out)
 * @param suggestions the suggested assignments, in the order they were made
 * @param unplaced unlinked classes and party branches no cadre could take
 * @param explanation a summary in Chinese and English
 */
public record Coverage(
    String termId,
    LocalDate asOf,
    ImmutableList<UnlinkedUnit> unlinked,
    ImmutableList<CoverageGroup> groups,
    ImmutableList<SuggestedAssignment> suggestions,
    ImmutableList<String> unplaced,
    Explanation explanation) {}
