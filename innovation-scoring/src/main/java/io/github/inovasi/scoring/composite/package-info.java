/**
 * The composite-indicator engine (mesin indeks komposit) for researchers, with COINr's methods
 * and defaults: a {@link io.github.inovasi.scoring.composite.Framework} of indicators and
 * aggregates, {@link io.github.inovasi.scoring.composite.CompositeData} (units, raw data,
 * denominators), and a {@link io.github.inovasi.scoring.composite.Recipe} of typed steps —
 * {@link io.github.inovasi.scoring.composite.Denominate},
 * {@link io.github.inovasi.scoring.composite.Impute},
 * {@link io.github.inovasi.scoring.composite.Screen},
 * {@link io.github.inovasi.scoring.composite.Treat},
 * {@link io.github.inovasi.scoring.composite.Normalise},
 * {@link io.github.inovasi.scoring.composite.Aggregate} — each with stock strategies and room
 * for the researcher's own. Running a recipe keeps every step's data set and report in a
 * {@link io.github.inovasi.scoring.composite.CompositeResult} with scores and ranks at every
 * level. This package holds the recipe and its steps; the analysis around a result is in
 * {@link io.github.inovasi.scoring.composite.analysis} (statistics, correlations, Cronbach's
 * alpha, remove-one-element) and uncertainty and sensitivity analysis in
 * {@link io.github.inovasi.scoring.composite.sensitivity}.
 *
 * <p>Numbers are {@code double}; a missing value is {@code NaN}.
 */
package io.github.inovasi.scoring.composite;
