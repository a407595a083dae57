package io.github.inovasi.model;

import java.util.List;

/**
 * Thrown by a builder when mandatory attributes were never set. The message lists every
 * missing attribute at once; the problem code is {@link ProblemCodes#MISSING_VALUE}.
 */
public class MissingValueException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** The names of the mandatory attributes that were never set. */
  private final List<String> attributes;

  /**
   * Creates the exception with only a message; called by generated builders.
   *
   * @param message the builder's description of what is missing
   */
  public MissingValueException(String message) {
    this(message, new String[0]);
  }

  /**
   * Creates the exception; called by generated builders.
   *
   * @param message the builder's description of what is missing
   * @param attributes the names of the missing attributes
   */
  public MissingValueException(String message, String... attributes) {
    super(attributes.length == 0 ? "builder" : String.join(", ", attributes),
        ProblemCodes.MISSING_VALUE,
        Label.of("Nilai wajib belum diisi: " + String.join(", ", attributes), message),
        null);
    this.attributes = List.of(attributes);
  }

  /**
   * Returns the attributes that were not set.
   *
   * @return the missing attribute names
   */
  public List<String> attributes() {
    return attributes;
  }
}
