package io.github.inovasi.scoring.rubric;

import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One named level of a {@link Scale}: its points and what it means ("Sangat baik / Very good").
 *
 * <p>Immutable and thread-safe.
 *
 * @param points the points a judge gives by choosing it
 * @param label what the level means, bilingual
 */
public record ScaleLevel(BigDecimal points, Label label) {

  /**
   * Checks the level.
   *
   * @param points the points a judge gives by choosing it
   * @param label what the level means, bilingual
   * @throws InvalidValueException if the points are negative
   */
  public ScaleLevel {
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(label, "label");
    InvalidValueException.check(points.signum() >= 0, "ScaleLevel.points",
        "must not be negative, was %s", points);
  }

  /**
   * Creates a level.
   *
   * @param points the points
   * @param label the meaning
   * @return the level
   * @throws InvalidValueException if the points are negative
   */
  public static ScaleLevel of(BigDecimal points, Label label) {
    return new ScaleLevel(points, label);
  }
}
