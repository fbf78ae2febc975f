package org.lianxi.core.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library. Generated {@code Immutable*} classes stay
 * package-private; each public abstract value type exposes {@code builder()} returning its public
 * nested {@code Builder}. Missing, null and invalid attributes throw {@link LianxiException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    throwForInvalidImmutableState = LianxiException.class,
    throwForNullPointer = LianxiException.NullAttribute.class,
    allowedClasspathAnnotations = {Override.class},
    get = {"is*", "get*"})
public @interface LianxiStyle {}
