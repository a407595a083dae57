package io.github.inovasi.scoring;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import java.util.Arrays;

/**
 * The predicate (predikat) an index value earns: Sangat Inovatif, Inovatif, Kurang Inovatif or
 * Tidak Dapat Dinilai. Which index values earn which rating is edition data (the bands of an
 * {@link io.github.inovasi.scoring.iid.IidEdition}); this enum only names the ratings, ordered
 * from the lowest to the highest.
 *
 * <pre>{@code
 * Rating.INNOVATIVE.label().indonesian(); // "Inovatif"
 * Rating.INNOVATIVE.isAbove(Rating.LESS_INNOVATIVE); // true
 * Rating.INNOVATIVE.grade();                         // the IID's band set as general grades
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

  /**
   * Returns this rating as a grade of the IID's band set: code {@link #name()}, level {@link
   * #ordinal()}.
   *
   * @return the grade
   */
  public Grade grade() {
    return new Grade(name(), label, ordinal());
  }

  /**
   * Returns the IID's band set: the four predicates as grades, lowest first.
   *
   * @return the grades
   */
  public static ImmutableList<Grade> grades() {
    return Arrays.stream(values()).map(Rating::grade).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the rating of an IID grade.
   *
   * @param grade a grade of the IID's band set
   * @return the rating with the grade's code
   * @throws InvalidValueException if the grade is not one of the IID's predicates
   */
  public static Rating from(Grade grade) {
    for (Rating r : values()) {
      if (r.name().equals(grade.code())) {
        return r;
      }
    }
    throw new InvalidValueException("grade", "IID_PREDICATE_EXPECTED",
        Label.of("Bukan predikat IID: " + grade.code(), "Not an IID predicate: " + grade.code()),
        grade.code());
  }
}
