/**
 * A synthetic national data set for tests, benchmarks and demos:
 * {@link io.github.inovasi.io.sample.NationalDataSet}. It lives in the library, not in a
 * test-jar, because the command line and the JMH benchmarks in {@code examples} run it from the
 * shaded jar, and applications may want realistic volumes to test their own portals.
 *
 * <p>Shares taken from published national figures (domain reference §7): stages as in 2024
 * (inisiatif 4.25%, uji coba 3.97%, penerapan 91.79%); main affair kesehatan 21.79% and
 * pendidikan 11.49% as in 2023. Illustrative assumptions, not published figures: the other 36
 * affairs share the rest evenly; forms pelayanan publik 60%, tata kelola 25%, lainnya 15%; types
 * digital 55%; initiators perangkat daerah 45%, ASN 30%, kepala daerah 10%, masyarakat 10%,
 * anggota DPRD 5%; innovations per region log-normally spread (σ = 0.6); claimed levels 1-3
 * evenly, one in ten unanswered; three in four answers verified.
 */
package io.github.inovasi.io.sample;
