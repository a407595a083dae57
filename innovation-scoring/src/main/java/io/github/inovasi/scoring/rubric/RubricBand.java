package io.github.inovasi.scoring.rubric;

import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One band of a rubric: the grade a published score earns when it lies between {@link #from()}
 * and {@link #to()} inclusive.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the grade's stable code, e.g. {@code "terbaik"}
 * @param label the grade's bilingual name
 * @param from the lowest score in the band
 * @param to the highest score in the band
 */
public record RubricBand(String code, Label label, BigDecimal from, BigDecimal to) {

  /**
   * Checks the band.
   *
   * @param code the grade's stable code
   * @param label the grade's bilingual name
   * @param from the lowest score in the band
   * @param to the highest score in the band, not below {@code from}
   * @throws InvalidValueException if the code is blank or the edges are reversed
   */
  public RubricBand {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    InvalidValueException.check(!code.isBlank(), "RubricBand.code", "must not be blank");
    InvalidValueException.check(from.compareTo(to) <= 0, "RubricBand.to", "BAND_EDGES_REVERSED",
        Label.of("Batas bawah melebihi batas atas", "The lower edge is above the upper edge"),
        from.toPlainString() + " > " + to.toPlainString());
  }

  /**
   * Returns whether a published score lies in this band.
   *
   * @param score the score, rounded by the rubric
   * @return true when {@code from ≤ score ≤ to}
   */
  public boolean contains(BigDecimal score) {
    return score.compareTo(from) >= 0 && score.compareTo(to) <= 0;
  }
}
