package io.github.inovasi.model;

import java.util.Objects;

/**
 * Thrown when a value cannot be built because an attribute breaks an invariant: the message
 * names the field, what is allowed and the value that was given.
 */
public class InvalidValueException extends InovasiException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * Creates the exception.
   *
   * @param field the attribute that is invalid, e.g. {@code "Region.code"}
   * @param message what is allowed and which value was given
   */
  public InvalidValueException(String field, String message) {
    super(Objects.requireNonNull(field, "field") + ": " + message);
    this.field = field;
  }

  /**
   * Returns the invalid attribute.
   *
   * @return the attribute name, e.g. {@code "Region.code"}
   */
  public String field() {
    return field;
  }

  /**
   * Checks an invariant, throwing when it does not hold.
   *
   * @param condition the invariant
   * @param field the attribute the invariant is about
   * @param messageFormat the message, with {@code %s} placeholders
   * @param args the values for the placeholders
   * @throws InvalidValueException when {@code condition} is false
   */
  public static void check(boolean condition, String field, String messageFormat, Object... args) {
    if (!condition) {
      throw new InvalidValueException(field, String.format(java.util.Locale.ROOT, messageFormat, args));
    }
  }
}
