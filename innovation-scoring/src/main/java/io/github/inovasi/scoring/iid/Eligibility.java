package io.github.inovasi.scoring.iid;

import com.google.common.collect.ImmutableSet;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Stage;
import io.github.inovasi.model.internal.InovasiStyle;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Which reported innovations an edition counts: implemented, or renewed (pembaharuan, {@link
 * io.github.inovasi.model.Innovation#renewalDate()}), inside a window, with a design narrative
 * (rancang bangun) of a minimum length, in a stage that counts, and (when the edition says so) with
 * every mandatory indicator answered. In 2026: implemented or renewed 2024-01-01..2025-12-31, at
 * least 300 words.
 *
 * <pre>{@code
 * Eligibility e = Eligibility.builder()
 *     .implementedFrom(LocalDate.of(2024, 1, 1))
 *     .implementedTo(LocalDate.of(2025, 12, 31))
 *     .minDesignWords(300)
 *     .addStages(Stage.values())
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Eligibility implements WithEligibility {
  Eligibility() {}

  /**
   * Returns the first implementation (or renewal) date that counts.
   *
   * @return the inclusive start of the window, empty for no lower limit
   */
  public abstract Optional<LocalDate> implementedFrom();

  /**
   * Returns the last implementation (or renewal) date that counts.
   *
   * @return the inclusive end of the window, empty for no upper limit
   */
  public abstract Optional<LocalDate> implementedTo();

  /**
   * Returns the minimum words of the design narrative.
   *
   * @return the minimum, empty for none
   */
  public abstract OptionalInt minDesignWords();

  /**
   * Returns the stages (tahapan) whose innovations count.
   *
   * @return the stages, not empty
   */
  public abstract ImmutableSet<Stage> stages();

  /**
   * Returns whether an innovation with an unanswered mandatory indicator is left out.
   *
   * @return true when such an innovation does not count
   */
  @Value.Default
  public boolean excludeOnMissingMandatory() {
    return true;
  }

  /**
   * Returns whether, on the verified side, an innovation is judged on the verifier's levels: a
   * mandatory indicator the verifier rejected (verified level 0) or has not verified counts as
   * unanswered, so the innovation earns no SID points, no count score and opens no basic-service
   * affair. It keeps its place in the divisor MAX(k, n), because it was reported (reference §4.1)
   * and because rejecting an answer must never raise the verified index. When false, eligibility
   * uses the claimed levels on both sides.
   *
   * @return true when verification decides eligibility on the verified side
   */
  @Value.Default
  public boolean verificationDecides() {
    return true;
  }

  /**
   * Returns whether a date falls in the window.
   *
   * @param date an implementation, trial or renewal date
   * @return true when the date is inside the window
   */
  public final boolean inWindow(LocalDate date) {
    return implementedFrom().map(from -> !date.isBefore(from)).orElse(true)
        && implementedTo().map(to -> !date.isAfter(to)).orElse(true);
  }

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
    InvalidValueException.check(!stages().isEmpty(), "Eligibility.stages", "must not be empty");
    InvalidValueException.check(
        minDesignWords().orElse(0) >= 0,
        "Eligibility.minDesignWords",
        "must not be negative, was %s",
        minDesignWords());
    if (implementedFrom().isPresent() && implementedTo().isPresent()) {
      InvalidValueException.check(
          !implementedFrom().get().isAfter(implementedTo().get()),
          "Eligibility.implementedFrom",
          "must not be after implementedTo (%s), was %s",
          implementedTo().get(),
          implementedFrom().get());
    }
  }

  /** Builds {@link Eligibility} rules. */
  public static final class Builder extends ImmutableEligibility.Builder {
    Builder() {}
  }
}
