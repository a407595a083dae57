package io.github.inovasi.scoring.composite;

import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.internal.InovasiStyle;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One element of a composite index's framework (one iMeta row of level 1 or more): an
 * indicator (level 1) or an aggregate such as a pillar, sub-index or the index itself.
 *
 * <pre>{@code
 * Element flights = Element.builder()
 *     .code("Flights").name("International flights passenger capacity")
 *     .level(1).parent("Physical").denominator("Population").target(200.33)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Element implements WithElement {
  Element() {}

  /**
   * Returns the code (COINr's {@code iCode}), unique in the framework, e.g. {@code "Flights"}.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * Returns the display name ({@code iName}).
   *
   * @return the name, the code when none was given
   */
  @Value.Default
  public String name() {
    return code();
  }

  /**
   * Returns the level: 1 for an indicator, 2 for the first aggregation level, and so on.
   *
   * @return the level, at least 1
   */
  public abstract int level();

  /**
   * Returns the code of the aggregate this element belongs to; empty only at the top level.
   *
   * @return the parent code
   */
  public abstract Optional<String> parent();

  /**
   * Returns the weight relative to the element's siblings (non-negative; zero removes the
   * element from its parent's aggregate).
   *
   * @return the weight, 1 by default
   */
  @Value.Default
  public double weight() {
    return 1;
  }

  /**
   * Returns the direction: {@code 1} when a higher value is better, {@code -1} when a lower
   * value is better. Normalisation multiplies by it first.
   *
   * @return 1 or -1, 1 by default
   */
  @Value.Default
  public int direction() {
    return 1;
  }

  /**
   * Returns the target value, used by distance-to-target normalisation.
   *
   * @return the target, if any
   */
  public abstract OptionalDouble target();

  /**
   * Returns the code of the denominator column an indicator is divided by, if any.
   *
   * @return the denominator code
   */
  public abstract Optional<String> denominator();

  /**
   * Returns the unit of measurement, e.g. {@code "Thousand seats"}.
   *
   * @return the unit, if known
   */
  public abstract Optional<String> unit();

  /**
   * Returns whether this element is an indicator (level 1).
   *
   * @return true at level 1
   */
  public final boolean isIndicator() {
    return level() == 1;
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
    InvalidValueException.check(!code().isBlank(), "Element.code", "must not be blank");
    InvalidValueException.check(
        level() >= 1, "Element.level", "must be at least 1, was %s for %s", level(), code());
    InvalidValueException.check(
        Double.isFinite(weight()) && weight() >= 0,
        "Element.weight",
        "must be a finite number >= 0, was %s for %s",
        weight(),
        code());
    InvalidValueException.check(
        direction() == 1 || direction() == -1,
        "Element.direction",
        "must be 1 or -1, was %s for %s",
        direction(),
        code());
    InvalidValueException.check(
        target().isEmpty() || Double.isFinite(target().getAsDouble()),
        "Element.target",
        "must be finite, was %s for %s",
        target(),
        code());
  }

  /** Returns {@code "Flights (level 1, in Physical)"}. */
  @Override
  public String toString() {
    return code() + " (level " + level() + parent().map(p -> ", in " + p).orElse("") + ")";
  }

  /** Builds {@link Element}s. */
  public static final class Builder extends ImmutableElement.Builder {
    Builder() {}
  }
}
