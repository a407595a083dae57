/**
 * The Innovative Government Award after measurement: selecting nominees from a measurement
 * ranking into the presentation stage by award category, with the per-category counts as data
 * ({@link io.github.inovasi.scoring.iga.NomineeCounts}), and combining measurement,
 * presentation and field validation into a final order by a rule the caller states ({@link
 * io.github.inovasi.scoring.iga.FinalCombination}); the official rule is not published, so
 * there is no default.
 *
 * <p>Every type is immutable and thread-safe.
 */
package io.github.inovasi.scoring.iga;
