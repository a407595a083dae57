package io.github.inovasi.scoring.iid;

import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.internal.InovasiStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Rules an incomplete edition declares as assumptions, not as facts: used only when the user
 * opts in with {@link IidEdition#withAssumptions()}. {@code iid-2023} declares the 2026 count
 * rule and the maxima 63 + 111 + 76 = 250, which the reference derives from the official 2023
 * proportions 25.2% : 74.8% but never read; {@code iid-2027} declares an implementation window
 * (the 2026 window a year later), which no 2027 guideline gives.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Assumptions {
  Assumptions() {}

  /**
   * Returns the assumed count rule.
   *
   * @return the count rule, if assumed
   */
  public abstract Optional<CountRule> countRule();

  /**
   * Returns the assumed maxima.
   *
   * @return the maxima, if assumed
   */
  public abstract Optional<Maxima> maxima();

  /**
   * Returns the first implementation (or renewal) date of an assumed window.
   *
   * @return the assumed window's inclusive start, if a window is assumed
   */
  public abstract Optional<LocalDate> windowFrom();

  /**
   * Returns the last implementation (or renewal) date of an assumed window.
   *
   * @return the assumed window's inclusive end, if a window is assumed
   */
  public abstract Optional<LocalDate> windowTo();

  /**
   * Returns where the assumption comes from and what it assumes (status provisional).
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    InvalidValueException.check(
        countRule().isPresent() || maxima().isPresent() || windowFrom().isPresent(),
        "Assumptions",
        "must assume a count rule, maxima or a window");
    InvalidValueException.check(
        windowFrom().isPresent() == windowTo().isPresent()
            && windowFrom().map(from -> !from.isAfter(windowTo().get())).orElse(true),
        "Assumptions.windowFrom",
        "must be given with windowTo and not after it, was %s..%s",
        windowFrom(), windowTo());
    InvalidValueException.check(
        provenance().isTentative(),
        "Assumptions.provenance",
        "must be provisional or unknown, was %s",
        provenance().status().code());
  }

  /** Builds {@link Assumptions}. */
  public static final class Builder extends ImmutableAssumptions.Builder {
    Builder() {}
  }
}
