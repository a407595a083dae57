package io.github.inovasi.scoring.iid;

import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.scoring.Rating;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What an improvement plan aims at: a published index, or a rating (the lowest index of its band
 * in the edition).
 *
 * <pre>{@code
 * Target.rating(Rating.VERY_INNOVATIVE);   // 65.01 under iid-2026
 * Target.index(new BigDecimal("50.00"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the index to reach, when the target is an index
 * @param rating the rating to reach, when the target is a rating
 */
public record Target(Optional<BigDecimal> index, Optional<Rating> rating) {

  /**
   * Validates the target.
   *
   * @param index the index to reach, when the target is an index
   * @param rating the rating to reach, when the target is a rating
   * @throws InvalidValueException unless exactly one of index and rating is given, with the
   *     index within 0..100
   */
  public Target {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(rating, "rating");
    InvalidValueException.check(index.isPresent() != rating.isPresent(), "Target",
        "needs exactly one of an index or a rating");
    index.ifPresent(i -> InvalidValueException.check(
        i.signum() >= 0 && i.compareTo(BigDecimal.valueOf(100)) <= 0, "Target.index",
        "must be within 0..100, was %s", i));
  }

  /**
   * Aims at a published index.
   *
   * @param index the index, 0..100
   * @return the target
   * @throws InvalidValueException if the index is outside 0..100
   */
  public static Target index(BigDecimal index) {
    return new Target(Optional.of(index), Optional.empty());
  }

  /**
   * Aims at a rating.
   *
   * @param rating the rating
   * @return the target
   */
  public static Target rating(Rating rating) {
    return new Target(Optional.empty(), Optional.of(rating));
  }

  /**
   * Returns the lowest published index that meets the target in an edition.
   *
   * @param edition the edition
   * @return the index to reach
   */
  public BigDecimal minimumIndex(IidEdition edition) {
    return index.orElseGet(() -> edition.lowestIndexFor(rating.get()));
  }

  /** Returns {@code "IID ≥ 50.00"} or {@code "Sangat Inovatif"}. */
  @Override
  public String toString() {
    return index.map(i -> "IID ≥ " + i.toPlainString()).orElseGet(() -> rating.get().label().indonesian());
  }
}
