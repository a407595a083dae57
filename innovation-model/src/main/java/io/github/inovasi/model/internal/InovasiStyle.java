package io.github.inovasi.model.internal;

import io.github.inovasi.model.MissingValueException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project. Generated {@code ImmutableX} classes stay
 * package-private and {@code build()} returns the hand-written abstract type, so users only
 * ever see {@code Region.builder()}, never the generated name. A missing mandatory attribute
 * throws {@link MissingValueException} naming the attributes.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {
        "evidence:evidence", "criterion:criteria", "affair:affairs", "basis:bases", "agency:agencies"},
    throwForInvalidImmutableState = MissingValueException.class,
    jdkOnly = false)
public @interface InovasiStyle {}
