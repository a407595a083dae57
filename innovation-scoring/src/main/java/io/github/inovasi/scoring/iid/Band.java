package io.github.inovasi.scoring.iid;

import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.internal.InovasiStyle;
import io.github.inovasi.scoring.Rating;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One predicate band: the rating an index earns when, rounded by the edition, it lies between
 * {@link #from()} and {@link #to()} inclusive. The 2023 bands are 60.01–100.00 Sangat Inovatif,
 * 35.00–60.00 Inovatif, 0.01–34.99 Kurang Inovatif, 0 Tidak Dapat Dinilai.
 *
 * <pre>{@code
 * Band b = Band.of(Rating.INNOVATIVE, new BigDecimal("35.00"), new BigDecimal("60.00"),
 *     Rating.INNOVATIVE.label());
 * b.contains(new BigDecimal("60.00")); // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Band {
  Band() {}

  /**
   * Returns the rating of this band.
   *
   * @return the rating
   */
  @Value.Parameter
  public abstract Rating rating();

  /**
   * Returns the lowest index in the band.
   *
   * @return the inclusive lower edge
   */
  @Value.Parameter
  @SuppressWarnings("immutables:from") // the lower edge is named like the rule; Band needs no from(Band) copy
  public abstract BigDecimal from();

  /**
   * Returns the highest index in the band.
   *
   * @return the inclusive upper edge
   */
  @Value.Parameter
  public abstract BigDecimal to();

  /**
   * Returns the predicate's name as the edition prints it.
   *
   * @return the bilingual label
   */
  @Value.Parameter
  public abstract Label label();

  /**
   * Returns whether a rounded index lies in this band.
   *
   * @param index the index, already rounded by the edition
   * @return true when {@code from ≤ index ≤ to}
   */
  public final boolean contains(BigDecimal index) {
    return index.compareTo(from()) >= 0 && index.compareTo(to()) <= 0;
  }

  /**
   * Creates a band.
   *
   * @param rating the rating
   * @param from the inclusive lower edge
   * @param to the inclusive upper edge, not below {@code from}
   * @param label the predicate's name
   * @return the band
   * @throws InvalidValueException if the edges are out of order
   */
  public static Band of(Rating rating, BigDecimal from, BigDecimal to, Label label) {
    return ImmutableBand.of(rating, from, to, label);
  }

  @Value.Check
  void check() {
    InvalidValueException.check(
        from().compareTo(to()) <= 0, "Band.from", "must not exceed to (%s), was %s", to(), from());
  }

  /** Returns {@code "35.00–60.00 Inovatif"}. */
  @Override
  public String toString() {
    return from().toPlainString() + "–" + to().toPlainString() + " " + label().indonesian();
  }
}
