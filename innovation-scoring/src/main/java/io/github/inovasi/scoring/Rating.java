package io.github.inovasi.scoring;

import io.github.inovasi.model.Label;

/**
 * The predicate (predikat) an index value earns: Sangat Inovatif, Inovatif, Kurang Inovatif or
 * Tidak Dapat Dinilai. Which index values earn which rating is edition data (the bands of an
 * {@link io.github.inovasi.scoring.iid.IidEdition}); this enum only names the ratings, ordered
 * from the lowest to the highest.
 *
 * <pre>{@code
 * Rating.INNOVATIVE.label().indonesian(); // "Inovatif"
 * Rating.INNOVATIVE.isAbove(Rating.LESS_INNOVATIVE); // true
 * }</pre>
 */
public enum Rating {
  /** Tidak Dapat Dinilai ("disclaimer"): nothing valid was reported; the index is 0. */
  NOT_ASSESSABLE(Label.of("Tidak Dapat Dinilai", "Not assessable")),
  /** Kurang Inovatif. */
  LESS_INNOVATIVE(Label.of("Kurang Inovatif", "Less innovative")),
  /** Inovatif. */
  INNOVATIVE(Label.of("Inovatif", "Innovative")),
  /** Sangat Inovatif. */
  VERY_INNOVATIVE(Label.of("Sangat Inovatif", "Very innovative"));

  private final Label label;

  Rating(Label label) {
    this.label = label;
  }

  /**
   * Returns the bilingual name, as published.
   *
   * @return the label, e.g. "Sangat Inovatif / Very innovative"
   */
  public Label label() {
    return label;
  }

  /**
   * Returns whether this rating is strictly better than another.
   *
   * @param other the rating to compare with
   * @return true when this rating ranks above {@code other}
   */
  public boolean isAbove(Rating other) {
    return compareTo(other) > 0;
  }
}
