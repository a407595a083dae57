package io.github.inovasi.scoring;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InovasiException;
import java.util.List;

/** Thrown when no scoring policy has the requested id; names the id and the available ids. */
public class UnknownPolicyException extends InovasiException {
  private static final long serialVersionUID = 1L;

  /** The policy id that was asked for. */
  private final String id;
  /** The policy ids the registry has. */
  private final ImmutableList<String> available;

  /**
   * Creates the exception.
   *
   * @param id the id asked for
   * @param available the ids the registry has
   */
  public UnknownPolicyException(String id, List<String> available) {
    super("No scoring policy with id '" + id + "'; available: " + String.join(", ", available));
    this.id = id;
    this.available = ImmutableList.copyOf(available);
  }

  /**
   * Returns the id that was asked for.
   *
   * @return the unknown id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the ids that are available.
   *
   * @return the registry's ids
   */
  public ImmutableList<String> available() {
    return available;
  }
}
