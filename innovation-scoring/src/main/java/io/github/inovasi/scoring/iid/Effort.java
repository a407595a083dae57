package io.github.inovasi.scoring.iid;

import io.github.inovasi.model.InvalidValueException;

/**
 * What each kind of improvement costs, in steps. By default one step per level raised, per
 * piece of evidence added and per new innovation; a region weighs them to its situation (a new
 * innovation is usually far more work than a document). Making an existing innovation count has
 * its own weights: completing its design narrative (rancang bangun) to the minimum words, and
 * recording a renewal (pembaharuan) inside the edition's window; both default to one piece of
 * evidence's weight.
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
 * @param perDesign steps to complete an innovation's design narrative to the minimum words
 * @param perRenewal steps to record a renewal (pembaharuan) of an innovation inside the window
 */
public record Effort(int perLevel, int perEvidence, int perInnovation, int perDesign, int perRenewal) {

  /**
   * Validates the weights.
   *
   * @param perLevel steps per indicator level raised
   * @param perEvidence steps per piece of evidence added
   * @param perInnovation steps per new innovation reported
   * @param perDesign steps to complete a design narrative
   * @param perRenewal steps to record a renewal inside the window
   * @throws InvalidValueException if a weight is not within 1..1000
   */
  public Effort {
    InvalidValueException.check(perDesign >= 1 && perDesign <= 1000, "Effort.perDesign", "must be 1..1000, was %s", perDesign);
    InvalidValueException.check(perRenewal >= 1 && perRenewal <= 1000, "Effort.perRenewal", "must be 1..1000, was %s", perRenewal);
    InvalidValueException.check(perLevel >= 1 && perLevel <= 1000, "Effort.perLevel", "must be 1..1000, was %s", perLevel);
    InvalidValueException.check(perEvidence >= 1 && perEvidence <= 1000, "Effort.perEvidence", "must be 1..1000, was %s", perEvidence);
    InvalidValueException.check(perInnovation >= 1 && perInnovation <= 1000, "Effort.perInnovation", "must be 1..1000, was %s", perInnovation);
  }

  /**
   * Weights with a design narrative and a renewal each weighing one piece of evidence.
   *
   * @param perLevel steps per indicator level raised
   * @param perEvidence steps per piece of evidence added, also per design narrative completed and
   *     per renewal recorded
   * @param perInnovation steps per new innovation reported
   * @throws InvalidValueException if a weight is not within 1..1000
   */
  public Effort(int perLevel, int perEvidence, int perInnovation) {
    this(perLevel, perEvidence, perInnovation, perEvidence, perEvidence);
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
    return new Effort(perLevel, perEvidence, steps, perDesign, perRenewal);
  }

  /**
   * Returns a copy with another weight per level.
   *
   * @param steps steps per level raised
   * @return the copy
   */
  public Effort withPerLevel(int steps) {
    return new Effort(steps, perEvidence, perInnovation, perDesign, perRenewal);
  }

  /**
   * Returns a copy with another weight per piece of evidence.
   *
   * @param steps steps per evidence added
   * @return the copy
   */
  public Effort withPerEvidence(int steps) {
    return new Effort(perLevel, steps, perInnovation, perDesign, perRenewal);
  }

  /**
   * Returns a copy with another weight for completing a design narrative.
   *
   * @param steps steps per design narrative completed
   * @return the copy
   */
  public Effort withPerDesign(int steps) {
    return new Effort(perLevel, perEvidence, perInnovation, steps, perRenewal);
  }

  /**
   * Returns a copy with another weight for recording a renewal inside the window.
   *
   * @param steps steps per renewal recorded
   * @return the copy
   */
  public Effort withPerRenewal(int steps) {
    return new Effort(perLevel, perEvidence, perInnovation, perDesign, steps);
  }
}
