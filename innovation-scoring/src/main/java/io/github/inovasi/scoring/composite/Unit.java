package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.internal.InovasiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit being ranked (a country, a region): its code ({@code uCode}), optional name and the
 * groups it belongs to (group column code to group value, e.g. {@code EurAsia_group = Europe}).
 *
 * <pre>{@code
 * Unit aut = Unit.builder().code("AUT").name("Austria").putGroup("EurAsia_group", "Europe").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Unit implements WithUnit {
  Unit() {}

  /**
   * Returns the unit code, unique among the units.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * Returns the display name.
   *
   * @return the name, if any
   */
  public abstract Optional<String> name();

  /**
   * Returns the unit's group in each group column; a missing group is absent from the map.
   *
   * @return group values by group column code
   */
  public abstract ImmutableMap<String, String> groups();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a unit with only a code.
   *
   * @param code the unit code
   * @return the unit
   * @throws InvalidValueException if the code is blank
   */
  public static Unit of(String code) {
    return builder().code(code).build();
  }

  @Value.Check
  void check() {
    InvalidValueException.check(!code().isBlank(), "Unit.code", "must not be blank");
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code();
  }

  /** Builds {@link Unit}s. */
  public static final class Builder extends ImmutableUnit.Builder {
    Builder() {}
  }
}
