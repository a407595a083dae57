/**
 * Scoring regions' assessments: the {@link io.github.inovasi.scoring.ScoringPolicy} plug point
 * and its {@link io.github.inovasi.scoring.ScoringPolicies} registry, the policy-independent
 * {@link io.github.inovasi.scoring.ScoreResult} with its {@link io.github.inovasi.scoring.Rating},
 * and rankings the way the Innovative Government Award groups regions ({@link
 * io.github.inovasi.scoring.Rankings}). The IID editions themselves live in {@code
 * io.github.inovasi.scoring.iid}.
 *
 * <p>Every type is immutable and thread-safe; nothing is {@code null}.
 */
package io.github.inovasi.scoring;
