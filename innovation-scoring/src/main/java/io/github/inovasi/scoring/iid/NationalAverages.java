package io.github.inovasi.scoring.iid;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.scoring.internal.JsonFields;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The national average IID of the years for which one was published, as data with its provenance
 * (format {@code inovasi-national-averages}): benchmarks for a region's series. The bundled file
 * holds 46.01 for 2024 and 49.43 for 2025 (reference §7); for every other year the average is
 * unknown and {@link #forYear(int)} is empty: the library never estimates one.
 *
 * <pre>{@code
 * NationalAverages.bundled().forYear(2025).map(NationalAverages.Average::index);   // 49.43
 * NationalAverages.bundled().forYear(2026);                                          // empty: unknown
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class NationalAverages {
  private static final String BUNDLED = "benchmarks/national-averages.json";

  /**
   * The national average of one year.
   *
   * @param year the assessment year (the year of the edition that scored it)
   * @param index the average IID, 0..100, as published (two decimals)
   * @param provenance where the figure comes from
   */
  public record Average(int year, BigDecimal index, Provenance provenance) {
    /**
     * Validates the average.
     *
     * @param year the assessment year, 2000..2100
     * @param index the average IID, 0..100, at most two decimals
     * @param provenance where the figure comes from
     * @throws InvalidValueException if the year or the index is out of range
     */
    public Average {
      InvalidValueException.check(year >= 2000 && year <= 2100, "Average.year", "must be 2000..2100, was %s", year);
      Objects.requireNonNull(index, "index");
      InvalidValueException.check(index.signum() >= 0 && index.compareTo(BigDecimal.valueOf(100)) <= 0
          && index.stripTrailingZeros().scale() <= 2, "Average.index", "must be 0..100 with at most two decimals, was %s",
          index);
      Objects.requireNonNull(provenance, "provenance");
    }
  }

  private final Provenance provenance;
  private final ImmutableList<Average> averages;

  NationalAverages(Provenance provenance, List<Average> averages) {
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    this.averages = ImmutableList.copyOf(averages);
    for (int i = 1; i < this.averages.size(); i++) {
      InvalidValueException.check(this.averages.get(i).year() > this.averages.get(i - 1).year(), "averages",
          "must be one per year in increasing order, found %s after %s", this.averages.get(i).year(),
          this.averages.get(i - 1).year());
    }
  }

  /**
   * Returns the bundled national averages.
   *
   * @return the averages
   */
  public static NationalAverages bundled() {
    try (InputStream in = NationalAverages.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new InovasiException("Missing bundled national averages " + BUNDLED);
      }
      return NationalAveragesReader.read(in, BUNDLED);
    } catch (IOException e) {
      throw new InovasiException("Cannot read bundled national averages " + BUNDLED, e);
    }
  }

  /**
   * Reads a national-averages file, reporting every problem with its line, column and JSON pointer.
   *
   * @param file the file
   * @return the averages
   * @throws InvalidInputException listing every problem, in Indonesian and English
   */
  public static NationalAverages read(Path file) {
    return JsonFields.readFile(file, "national averages", in -> NationalAveragesReader.read(in, file.toString()));
  }

  /**
   * Returns the provenance of the whole file.
   *
   * @return the provenance
   */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * Returns every published average, oldest year first.
   *
   * @return the averages
   */
  public ImmutableList<Average> all() {
    return averages;
  }

  /**
   * Returns the national average of a year, when one was published.
   *
   * @param year the assessment year
   * @return the average, empty when it is unknown
   */
  public Optional<Average> forYear(int year) {
    return averages.stream().filter(a -> a.year() == year).findFirst();
  }

  /** Returns the years and averages. */
  @Override
  public String toString() {
    return "NationalAverages" + averages.stream().map(a -> a.year() + "=" + a.index().toPlainString()).toList();
  }
}
