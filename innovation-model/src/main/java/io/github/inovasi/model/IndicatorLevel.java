package io.github.inovasi.model;

import io.github.inovasi.model.internal.InovasiStyle;
import org.immutables.value.Value;

/**
 * One of the three parameter levels (parameter P1, P2, P3) of an indicator: its value and
 * what a region must show to reach it. An indicator's score is its weight times the highest
 * level the evidence proves.
 *
 * <pre>{@code
 * IndicatorLevel p3 = IndicatorLevel.of(3, Label.of("Perda", "Regional regulation"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class IndicatorLevel implements WithIndicatorLevel {
  IndicatorLevel() {}

  /**
   * Returns the level value (nilai parameter).
   *
   * @return 1, 2 or 3
   */
  @Value.Parameter
  public abstract int value();

  /**
   * Returns what must be shown to reach the level (uraian parameter).
   *
   * @return the bilingual description
   */
  @Value.Parameter
  public abstract Label description();

  /**
   * Creates a level.
   *
   * @param value 1, 2 or 3
   * @param description what must be shown to reach it
   * @return the level
   * @throws InvalidValueException if the value is not 1, 2 or 3
   */
  public static IndicatorLevel of(int value, Label description) {
    return ImmutableIndicatorLevel.of(value, description);
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
    Checks.level(java.util.OptionalInt.of(value()), 1, "IndicatorLevel.value");
  }

  /** Returns {@code "P2: description"}. */
  @Override
  public String toString() {
    return "P" + value() + ": " + description();
  }

  /** Builds {@link IndicatorLevel}s. */
  public static final class Builder extends ImmutableIndicatorLevel.Builder {
    Builder() {}
  }
}
