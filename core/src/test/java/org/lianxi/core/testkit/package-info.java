/**
 * The Lianxi test kit, shipped in the {@code lianxi-core} test-jar: QuickTheories generators of
 * consistent domain values ({@link org.lianxi.core.testkit.DomainGenerators}), named fixtures in
 * the style of "irrelevant values as {@code any*()}, relevant ones by name" ({@link
 * org.lianxi.core.testkit.CadreFixture}, {@link org.lianxi.core.testkit.ActivityFixture}, {@link
 * org.lianxi.core.testkit.CalendarFixture}, {@link org.lianxi.core.testkit.FactFixture}, {@link
 * org.lianxi.core.testkit.UniversityFixture}), the project's QuickTheories configuration ({@link
 * org.lianxi.core.testkit.LianxiTheories}) and assertions on {@link
 * org.lianxi.core.domain.LianxiException} messages. Campus teams and the adapter modules use it to
 * property-test their own policies and ports; it depends on the core, JUnit 5, AssertJ and
 * QuickTheories (add those as test dependencies beside the test-jar). Everything here is stateless
 * and safe to use from parallel tests, except the fluent fixture builders, which are meant for one
 * thread each.
 */
package org.lianxi.core.testkit;
