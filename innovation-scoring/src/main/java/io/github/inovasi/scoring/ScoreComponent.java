package io.github.inovasi.scoring;

import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One part of an index, in index points (the 0–100 scale): for the IID the SPD score, the SID
 * indicator average and the count score, each scaled by 100 / total maximum.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code a stable code, e.g. {@code "SPD"}, {@code "SID"}, {@code "COUNT"}
 * @param name the bilingual name
 * @param points the index points earned
 * @param maximum the most index points the part can give
 */
public record ScoreComponent(String code, Label name, BigDecimal points, BigDecimal maximum) {

  /**
   * Validates the component.
   *
   * @param code a stable code, e.g. {@code "SPD"}, {@code "SID"}, {@code "COUNT"}
   * @param name the bilingual name
   * @param points the index points earned
   * @param maximum the most index points the part can give
   * @throws InvalidValueException if a value is missing or points exceed the maximum
   */
  public ScoreComponent {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(maximum, "maximum");
    InvalidValueException.check(
        points.signum() >= 0 && points.compareTo(maximum) <= 0,
        "ScoreComponent.points",
        "must be within 0..%s, was %s",
        maximum,
        points);
  }
}
