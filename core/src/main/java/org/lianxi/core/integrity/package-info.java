/**
 * Integrity: the hash-chained activity log ({@link org.lianxi.core.integrity.HashChain}), and the
 * integrity rules of SPEC §4 with their findings (疑点): one small package-private class per rule,
 * gathered by {@link org.lianxi.core.integrity.IntegrityChecker}, which applies the reviewers'
 * decisions and yields an {@link org.lianxi.core.integrity.IntegrityReport} (findings of a term and
 * the activities kept from counting). Depends on the domain and the calendar; the evaluation and
 * the reports depend on it.
 */
@LianxiStyle
package org.lianxi.core.integrity;

import org.lianxi.core.domain.LianxiStyle;
