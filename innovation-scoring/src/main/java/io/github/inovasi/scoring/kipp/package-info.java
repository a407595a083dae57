/**
 * KemenPAN-RB's Kompetisi Inovasi Pelayanan Publik (KIPP) as a region's organisation bureau
 * (Biro/Bagian Organisasi, SINOVIK's Admin Lokal) works it: the rules of each year as data with
 * provenance ({@link io.github.inovasi.scoring.kipp.KippYear}), administrative screening of
 * {@link io.github.inovasi.model.KippProposal}s with every reason located ({@link
 * io.github.inovasi.scoring.kipp.KippScreening}), evaluation on the five criteria ({@link
 * io.github.inovasi.scoring.kipp.KippEvaluation}), finalist selection with group quotas and ties
 * at the cut reported ({@link io.github.inovasi.scoring.kipp.KippSelection}), and "one agency,
 * one innovation" coverage of a region ({@link io.github.inovasi.scoring.kipp.AgencyCoverage}).
 *
 * <p>Where a year's rule is not in the sources, the year says so and the library asks the user
 * ({@link io.github.inovasi.scoring.kipp.IncompleteKippYearException}) instead of guessing.
 * Every value is immutable and thread-safe.
 */
package io.github.inovasi.scoring.kipp;
