package io.github.inovasi.model;

import org.jspecify.annotations.Nullable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a value cannot be built because an attribute breaks an invariant: the message
 * names the field, what is allowed and the value that was given.
 *
 * <p>Besides the English message, the exception carries what a {@link Problem} needs: a stable
 * {@link #code()} (the same code a validator reports for the same rule), a bilingual
 * {@link #label()} and the offending value as text. {@link #toProblem(Location)} turns it into
 * a located problem, so a reader that builds values from input can collect every failure
 * instead of stopping at the first.
 */
public class InvalidValueException extends InovasiException {
  private static final long serialVersionUID = 1L;

  /** The code of a failure that did not name a more specific one. */
  public static final String GENERIC_CODE = "INVALID_VALUE";

  /** The invalid attribute, e.g. {@code "Region.code"}. */
  private final String field;
  /** The stable problem code of the broken rule. */
  private final String code;
  /** The bilingual message naming what is allowed. */
  private final Label label;
  /** The offending value as text, or {@code null} when there is none. */
  private final @Nullable String found;

  /**
   * Creates the exception.
   *
   * @param field the attribute that is invalid, e.g. {@code "Region.code"}
   * @param message what is allowed and which value was given
   */
  public InvalidValueException(String field, String message) {
    super(Objects.requireNonNull(field, "field") + ": " + message);
    this.field = field;
    this.code = GENERIC_CODE;
    this.label = Label.of("Nilai tidak valid (" + field + "): " + message, message);
    this.found = null;
  }

  /**
   * Creates the exception with a problem code and a bilingual message.
   *
   * @param field the attribute that is invalid, e.g. {@code "Answer.claimedLevel"}
   * @param code the stable problem code, upper snake case, e.g. {@code "LEVEL_OUT_OF_RANGE"}
   * @param message the bilingual message, naming what is allowed
   * @param found the offending value, or {@code null} when there is none to show
   */
  public InvalidValueException(
      String field, String code, Label message, @Nullable Object found) {
    super(Objects.requireNonNull(field, "field") + ": " + message.english()
        + (found == null ? "" : ", was '" + found + "'"));
    this.field = field;
    this.code = Objects.requireNonNull(code, "code");
    this.label = message;
    this.found = found == null ? null : String.valueOf(found);
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
   * Returns the stable problem code of the broken rule.
   *
   * @return the code, e.g. {@code "LEVEL_OUT_OF_RANGE"}, or {@link #GENERIC_CODE}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the bilingual message (without the field name and value).
   *
   * @return the message
   */
  public Label label() {
    return label;
  }

  /**
   * Returns the offending value as text.
   *
   * @return the value, when there was one to show
   */
  public Optional<String> found() {
    return Optional.ofNullable(found);
  }

  /**
   * Returns this failure as a problem at a location; the field is added to the location.
   *
   * @param at where the value was being built, e.g. {@code innovations[3].answers[2]}
   * @return the problem, with this exception's code, message and value
   */
  public Problem toProblem(Location at) {
    Location located = at.field().isPresent()
        ? at
        : Location.builder().from(at).field(field.substring(field.lastIndexOf('.') + 1)).build();
    Problem.Builder problem = Problem.builder().code(code).location(located).message(label);
    if (found != null) {
      problem.found(found.length() > 200 ? found.substring(0, 200) + "..." : found);
    }
    return problem.build();
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
      throw new InvalidValueException(field, String.format(Locale.ROOT, messageFormat, args));
    }
  }

  /**
   * Checks an invariant with a problem code and a bilingual message, throwing when it does not
   * hold.
   *
   * @param condition the invariant
   * @param field the attribute the invariant is about, e.g. {@code "Answer.claimedLevel"}
   * @param code the stable problem code
   * @param message the bilingual message
   * @param found the value that was given
   * @throws InvalidValueException when {@code condition} is false
   */
  public static void check(
      boolean condition, String field, String code, Label message, @Nullable Object found) {
    if (!condition) {
      throw new InvalidValueException(field, code, message, found);
    }
  }
}
