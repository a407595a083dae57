package io.github.inovasi.scoring.composite;

/**
 * A stock strategy known by its description, e.g. {@code minMax(0.0, 100.0)}: two are equal when
 * they are of the same kind with the same description, so recipes built from the same stock
 * strategies and parameters are equal.
 */
abstract class Described {
  private final String description;

  Described(String description) {
    this.description = description;
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass()
        && ((Described) o).description.equals(description);
  }

  @Override
  public final int hashCode() {
    return description.hashCode();
  }

  @Override
  public final String toString() {
    return description;
  }
}
