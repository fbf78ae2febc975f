package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.Tier;

/**
 * 纳入干部任用: one cadre's record across terms (SPEC §3, 四、4), for the organisation department
 * (university leaders' dossiers serve the higher-level one). The compliance rate is verdicts {@code
 * MET} out of verdicts due — {@code MET} or {@code SHORTFALL} — over every term; {@code EXEMPT} and
 * {@code PENDING} verdicts are left out of both counts, and the rate is undefined when nothing was
 * due. Every cadre gets a dossier; {@link #partyMember()} tells the Party members the three 纳入
 * concern. Immutable and thread-safe.
 *
 * @param cadreId the cadre
 * @param name the cadre's name
 * @param tier the cadre's tier
 * @param unitId the cadre's org unit
 * @param unitName its name
 * @param title the cadre's title
 * @param partyMember whether a Party member
 * @param terms every term up to the report's, oldest first
 * @param compliance verdicts met out of verdicts due, over every term
 * @param explanation a summary in Chinese and English
 */
public record CadreDossier(
    String cadreId,
    String name,
    Tier tier,
    String unitId,
    String unitName,
    String title,
    boolean partyMember,
    ImmutableList<DossierTerm> terms,
    Share compliance,
    Explanation explanation) {}
