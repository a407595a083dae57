package io.github.inovasi.scoring.iga;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.scoring.RankingCategory;
import io.github.inovasi.scoring.iid.Provenance;
import java.util.Map;
import java.util.Objects;

/**
 * How many regions of each award category one year's presentation stage took, as published,
 * with the provenance of the figures. The bundled years (2021 and 2023) come from a validated
 * resource file; a user supplies another year's counts with {@link #of(int, Map, Provenance)}.
 *
 * <pre>{@code
 * NomineeCounts c = NomineeCounts.bundled(2023);
 * c.counts();   // {provinsi=9, kabupaten=21, kota=13, perbatasan=5, tertinggal=5}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class NomineeCounts {
  private final int year;
  private final ImmutableMap<RankingCategory, Integer> counts;
  private final Provenance provenance;

  private NomineeCounts(int year, ImmutableMap<RankingCategory, Integer> counts, Provenance provenance) {
    this.year = year;
    this.counts = counts;
    this.provenance = provenance;
  }

  /**
   * Creates counts supplied by the user.
   *
   * @param year the award year
   * @param counts how many regions each category nominates, each at least 1
   * @param provenance where the counts come from
   * @return the counts
   * @throws InvalidValueException if a count is below 1 or there are none
   */
  public static NomineeCounts of(int year, Map<RankingCategory, Integer> counts, Provenance provenance) {
    Objects.requireNonNull(provenance, "provenance");
    InvalidValueException.check(!counts.isEmpty(), "NomineeCounts.counts", "must name at least one category");
    counts.forEach((c, n) -> InvalidValueException.check(n != null && n >= 1, "NomineeCounts.counts",
        "NOMINEE_COUNT", Label.of("Jumlah nominasi " + c.id() + " harus minimal 1",
            "The nominee count of " + c.id() + " must be at least 1"), n));
    return new NomineeCounts(year, ImmutableMap.copyOf(counts), provenance);
  }

  /**
   * Returns the counts the library bundles for a year.
   *
   * @param year 2021 or 2023
   * @return the counts
   * @throws InovasiException if no counts are bundled for the year
   */
  public static NomineeCounts bundled(int year) {
    return bundled().stream().filter(c -> c.year == year).findFirst().orElseThrow(() ->
        new InovasiException("Jumlah nominasi IGA " + year + " tidak tersedia / No bundled IGA nominee counts for "
            + year + "; bundled: " + bundled().stream().map(c -> String.valueOf(c.year)).toList()
            + "; supply them with NomineeCounts.of"));
  }

  /**
   * Returns every bundled year's counts.
   *
   * @return the counts, by year
   */
  public static ImmutableList<NomineeCounts> bundled() {
    return NomineeCountsReader.BUNDLED;
  }

  /**
   * Returns the award year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns how many regions each category nominates.
   *
   * @return category to count, in award-category order
   */
  public ImmutableMap<RankingCategory, Integer> counts() {
    return counts;
  }

  /**
   * Returns where the counts come from.
   *
   * @return the provenance
   */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * Returns the total number of nominations.
   *
   * @return the sum of the counts
   */
  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NomineeCounts && ((NomineeCounts) o).year == year
        && ((NomineeCounts) o).counts.equals(counts) && ((NomineeCounts) o).provenance.equals(provenance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, counts, provenance);
  }

  /** Returns {@code "IGA 2023 nominees {provinsi=9, ...}"}. */
  @Override
  public String toString() {
    return "IGA " + year + " nominees " + counts;
  }
}
