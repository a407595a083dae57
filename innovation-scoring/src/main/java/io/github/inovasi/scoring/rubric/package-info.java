/**
 * Rubrics as data: the criteria, weights, scales, judge combination, aggregation and bands of a
 * competition or an award stage, each with its provenance, read from a validated file ({@link
 * io.github.inovasi.scoring.rubric.Rubric#read(java.nio.file.Path)}) and scored as a {@link
 * io.github.inovasi.scoring.ScoringPolicy} ({@link io.github.inovasi.scoring.rubric.RubricPolicy})
 * on {@link io.github.inovasi.scoring.rubric.JudgedEntry entries judged by a panel}.
 *
 * <p>Every type is immutable and thread-safe; nothing is {@code null}.
 */
package io.github.inovasi.scoring.rubric;
