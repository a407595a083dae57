/**
 * Uncertainty and sensitivity analysis of a composite index (analisis ketidakpastian dan
 * sensitivitas), COINr's {@code get_sensitivity} with typed inputs:
 * {@link io.github.inovasi.scoring.composite.sensitivity.UncertainInput}s change a recipe for a
 * sample, and {@link io.github.inovasi.scoring.composite.sensitivity.SensitivityAnalysis} runs
 * the samples, seeded and in parallel, into an
 * {@link io.github.inovasi.scoring.composite.sensitivity.UncertaintyResult} or a
 * {@link io.github.inovasi.scoring.composite.sensitivity.SensitivityResult}.
 */
package io.github.inovasi.scoring.composite.sensitivity;
