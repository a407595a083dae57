package io.github.inovasi.scoring.iid;

import com.google.common.collect.ImmutableList;

/**
 * Whether one reported innovation counts in an edition, and every reason it does not.
 *
 * <p>Immutable and thread-safe.
 *
 * @param innovationId the innovation's id
 * @param name the innovation's name
 * @param reasons every reason it does not count; empty when it counts
 */
public record InnovationEligibility(String innovationId, String name, ImmutableList<Ineligibility> reasons) {

  /**
   * Returns whether the innovation counts.
   *
   * @return true when there is no reason against it
   */
  public boolean eligible() {
    return reasons.isEmpty();
  }
}
