package io.github.inovasi.model;

/**
 * Root of every exception Inovasi throws. Unchecked: a caller that wants to handle Inovasi's
 * failures catches this one type; subclasses carry the offending input.
 *
 * <p>Messages say what was wrong, where, and which value was seen, in English; subclasses
 * that describe user data also carry bilingual {@link Problem}s.
 */
public class InovasiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, naming the field and value
   */
  public InovasiException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and its cause.
   *
   * @param message what went wrong, naming the field and value
   * @param cause the underlying failure, kept for diagnosis
   */
  public InovasiException(String message, Throwable cause) {
    super(message, cause);
  }
}
