/**
 * The Indeks Inovasi Daerah (IID): editions as validated data ({@link
 * io.github.inovasi.scoring.iid.IidEdition}, with {@link io.github.inovasi.scoring.iid.Provenance}
 * on every rule), the exact computation ({@link io.github.inovasi.scoring.iid.IidScorer}), its
 * explanation ({@link io.github.inovasi.scoring.iid.Breakdown}), claimed against verified scores
 * ({@link io.github.inovasi.scoring.iid.ScoreComparison}) and the improvement plan ({@link
 * io.github.inovasi.scoring.iid.ImprovementPlanner}).
 *
 * <p>Points are {@link java.math.BigDecimal}; every rounding is explicit and declared by the
 * edition. Every type is immutable and thread-safe.
 */
package io.github.inovasi.scoring.iid;
