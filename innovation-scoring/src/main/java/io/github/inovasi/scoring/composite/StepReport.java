package io.github.inovasi.scoring.composite;

/**
 * What a step reports besides its data set: {@link ScreeningReport}, {@link ImputationReport},
 * {@link TreatmentReport}. A user-defined step may return its own implementation.
 */
public interface StepReport {}
