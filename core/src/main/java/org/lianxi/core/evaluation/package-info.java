/**
 * The engine: a {@link org.lianxi.core.policy.Policy} × the facts (through the driven ports, or a
 * {@link org.lianxi.core.domain.Dataset}) × a term × an as-of day → an {@link
 * org.lianxi.core.evaluation.Evaluation} of clause-cited {@link
 * org.lianxi.core.evaluation.Verdict}s (SPEC §3.1). {@link org.lianxi.core.evaluation.Evaluator} is
 * stateless and thread-safe; one rule class per obligation kind does the counting. Depends on the
 * domain, the calendar, the policy model and the driven ports; never on an adapter or on Jackson.
 * Every public type is immutable and thread-safe.
 */
@LianxiStyle
package org.lianxi.core.evaluation;

import org.lianxi.core.domain.LianxiStyle;
