/**
 * The nouns of Inovasi: immutable values for regions (pemda), agencies (perangkat daerah),
 * innovations, indicators, evidence, answers and assessments, plus {@link
 * io.github.inovasi.model.Problem} for located, bilingual validation messages.
 *
 * <p>Every type is immutable and thread-safe, built with a {@code builder()} or {@code of(...)}
 * factory; nothing is {@code null}: absent values are {@link java.util.Optional}. Invariants
 * are checked at construction and broken ones throw {@link
 * io.github.inovasi.model.InvalidValueException} naming the field.
 */
package io.github.inovasi.model;
