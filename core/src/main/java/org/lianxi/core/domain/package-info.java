/**
 * The domain: immutable value types for the facts a university supplies (org units, cadres, contact
 * units, assignments, activities, absences, terms, breaks, working-day overrides, feedback,
 * reviews) and the enums of the policy's vocabulary. Every value validates itself and throws {@link
 * org.lianxi.core.domain.LianxiException} naming the field and the value. This package depends only
 * on {@code java..}, Guava and Immutables; everything else may depend on it. All types here are
 * immutable and therefore thread-safe.
 */
@LianxiStyle
package org.lianxi.core.domain;
