/**
 * The deterministic sample generator: a demo university ({@link
 * org.lianxi.core.sample.SampleUniversity}) and a province of universities ({@link
 * org.lianxi.core.sample.SampleProvince}), each a pure function of its inputs (a seeded {@link
 * java.util.SplittableRandom}; never the clock). Every sample comes with a {@link
 * org.lianxi.core.sample.SampleManifest} naming what was planted on purpose: integrity patterns,
 * shortfalls, reviews and corrections. Used by demos, tests, adapters' tests and benchmarks.
 * Depends only on the domain and the calendar; nothing in the library depends on it.
 */
@LianxiStyle
package org.lianxi.core.sample;

import org.lianxi.core.domain.LianxiStyle;
