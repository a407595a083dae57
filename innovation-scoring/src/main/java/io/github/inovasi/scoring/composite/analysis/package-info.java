/**
 * The analysis around a composite index (analisis indeks komposit), as COINr's
 * {@code get_stats}, {@code get_corr}, {@code get_cronbach} and {@code remove_elements}:
 * {@link io.github.inovasi.scoring.composite.analysis.CompositeAnalysis} gives per-indicator
 * statistics, correlations with p-values, Cronbach's alpha and the rank changes when each
 * element is removed in turn.
 */
package io.github.inovasi.scoring.composite.analysis;
