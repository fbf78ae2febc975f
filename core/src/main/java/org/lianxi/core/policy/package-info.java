/**
 * Policies as data: a {@link org.lianxi.core.policy.Policy} of {@link
 * org.lianxi.core.policy.Obligation}s, each with a clause, a strength, a basis, who it applies to
 * and one small kind ({@link org.lianxi.core.policy.ActivityCount}, {@link
 * org.lianxi.core.policy.AssignmentQuota}, {@link org.lianxi.core.policy.FrontlineDays}, {@link
 * org.lianxi.core.policy.FeedbackDeadline}); a child policy inherits its parent's obligations and
 * may refine them, never loosen them. {@link org.lianxi.core.policy.Policies} holds the built-in
 * {@code moe-2019-34} and {@code soochow-2019-95}. Depends on the domain and on {@code
 * org.lianxi.core.integrity.IntegritySettings} only; no I/O, no Jackson (files are read and written
 * by {@code org.lianxi.core.document}). Every type here is immutable and thread-safe.
 */
@LianxiStyle
package org.lianxi.core.policy;

import org.lianxi.core.domain.LianxiStyle;
