package io.github.inovasi.scoring.iid;

import io.github.inovasi.model.InvalidValueException;

/**
 * What each kind of improvement costs, in steps. By default one step per level raised, per
 * piece of evidence added and per new innovation; a region weighs them to its situation (a new
 * innovation is usually far more work than a document).
 *
 * <pre>{@code
 * Effort e = Effort.standard().withPerInnovation(10);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param perLevel steps per indicator level raised
 * @param perEvidence steps per piece of evidence added
 * @param perInnovation steps per new innovation reported
 */
public record Effort(int perLevel, int perEvidence, int perInnovation) {

  /**
   * Validates the weights.
   *
   * @param perLevel steps per indicator level raised
   * @param perEvidence steps per piece of evidence added
   * @param perInnovation steps per new innovation reported
   * @throws InvalidValueException if a weight is not within 1..1000
   */
  public Effort {
    InvalidValueException.check(perLevel >= 1 && perLevel <= 1000, "Effort.perLevel", "must be 1..1000, was %s", perLevel);
    InvalidValueException.check(perEvidence >= 1 && perEvidence <= 1000, "Effort.perEvidence", "must be 1..1000, was %s", perEvidence);
    InvalidValueException.check(perInnovation >= 1 && perInnovation <= 1000, "Effort.perInnovation", "must be 1..1000, was %s", perInnovation);
  }

  /**
   * Returns one step for everything.
   *
   * @return the default effort
   */
  public static Effort standard() {
    return new Effort(1, 1, 1);
  }

  /**
   * Returns a copy with another weight per new innovation.
   *
   * @param steps steps per new innovation
   * @return the copy
   */
  public Effort withPerInnovation(int steps) {
    return new Effort(perLevel, perEvidence, steps);
  }

  /**
   * Returns a copy with another weight per level.
   *
   * @param steps steps per level raised
   * @return the copy
   */
  public Effort withPerLevel(int steps) {
    return new Effort(steps, perEvidence, perInnovation);
  }

  /**
   * Returns a copy with another weight per piece of evidence.
   *
   * @param steps steps per evidence added
   * @return the copy
   */
  public Effort withPerEvidence(int steps) {
    return new Effort(perLevel, steps, perInnovation);
  }
}
