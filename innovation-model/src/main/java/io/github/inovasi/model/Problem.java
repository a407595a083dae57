package io.github.inovasi.model;

import io.github.inovasi.model.internal.InovasiStyle;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found in user input: what kind ({@link #code()}), how serious, where, a message
 * in Indonesian and English, and what was expected and found. Validators and readers return
 * every problem at once as a list of these; nothing is dropped or defaulted silently.
 *
 * <pre>{@code
 * Problem.error("TRIAL_AFTER_IMPLEMENTATION", Location.ofPath("innovations[3]"),
 *     Label.of("Tanggal uji coba sesudah tanggal penerapan",
 *              "Trial date is after the implementation date"))
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Problem {
  Problem() {}

  /** How serious a problem is. */
  public enum Severity {
    /** The input cannot be used as it is. */
    ERROR,
    /** The input can be used, but something looks wrong. */
    WARNING
  }

  /**
   * Returns the stable, machine-readable kind of problem, in upper snake case
   * ({@code UNKNOWN_INDICATOR}).
   *
   * @return the problem code
   */
  public abstract String code();

  /**
   * Returns how serious the problem is.
   *
   * @return the severity
   */
  @Value.Default
  public Severity severity() {
    return Severity.ERROR;
  }

  /**
   * Returns where the problem is.
   *
   * @return the location
   */
  public abstract Location location();

  /**
   * Returns the message, in Indonesian and English, for a regional IT officer.
   *
   * @return the message
   */
  public abstract Label message();

  /**
   * Returns what was expected, e.g. {@code "a date such as 2025-03-31 or 31/3/2025"}.
   *
   * @return the expectation, when the problem is about a value
   */
  public abstract Optional<String> expected();

  /**
   * Returns the value that was found, as text (shortened when very long).
   *
   * @return the value found, when there was one
   */
  public abstract Optional<String> found();

  /**
   * Returns whether this problem prevents using the input.
   *
   * @return true for {@link Severity#ERROR}
   */
  public final boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates an error.
   *
   * @param code the problem code
   * @param location where the problem is
   * @param message the bilingual message
   * @return the problem
   */
  public static Problem error(String code, Location location, Label message) {
    return builder().code(code).location(location).message(message).build();
  }

  /**
   * Returns the message in one language, prefixed with the location.
   *
   * @param locale the reader's locale ({@code id} for Indonesian)
   * @return e.g. {@code "register.csv:12 (tanggal): Tanggal tidak valid [expected ..., found ...]"}
   */
  public final String describe(Locale locale) {
    StringBuilder out = new StringBuilder();
    out.append(location()).append(": ").append(message().in(locale));
    if (expected().isPresent() || found().isPresent()) {
      boolean id = "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage());
      out.append(" [");
      expected().ifPresent(e -> out.append(id ? "diharapkan " : "expected ").append(e));
      if (expected().isPresent() && found().isPresent()) {
        out.append(", ");
      }
      found().ifPresent(f -> out.append(id ? "ditemukan " : "found ").append(f));
      out.append(']');
    }
    return out.toString();
  }

  @Value.Check
  void check() {
    InvalidValueException.check(
        code().matches("[A-Z][A-Z0-9_]*"),
        "Problem.code",
        "must be upper snake case such as UNKNOWN_INDICATOR, was '%s'",
        code());
  }

  /** Returns {@code SEVERITY CODE at location: english message}. */
  @Override
  public String toString() {
    return severity() + " " + code() + " at " + describe(Locale.ENGLISH);
  }

  /** Builds {@link Problem}s. */
  public static final class Builder extends ImmutableProblem.Builder {
    Builder() {}
  }
}
