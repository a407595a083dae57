package io.github.inovasi.scoring.kipp;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Agency;
import java.util.List;

/**
 * One agency's line in an {@link AgencyCoverage}: the innovations at a counting stage that it
 * or its units run, and the distinct innovators behind them.
 *
 * <p>Immutable and thread-safe; built only by {@link AgencyCoverage}.
 */
public final class AgencyCount {
  private final Agency agency;
  private final ImmutableList<String> innovationIds;
  private final int innovators;

  AgencyCount(Agency agency, List<String> innovationIds, int innovators) {
    this.agency = agency;
    this.innovationIds = ImmutableList.copyOf(innovationIds);
    this.innovators = innovators;
  }

  /**
   * Returns the agency (a top-level perangkat daerah).
   *
   * @return the agency
   */
  public Agency agency() {
    return agency;
  }

  /**
   * Returns the ids of the counted innovations run by the agency or its units.
   *
   * @return the innovation ids, in the assessment's order
   */
  public ImmutableList<String> innovationIds() {
    return innovationIds;
  }

  /**
   * Returns the number of counted innovations.
   *
   * @return the count
   */
  public int innovations() {
    return innovationIds.size();
  }

  /**
   * Returns the number of distinct innovators (by name, ignoring case) of those innovations.
   *
   * @return the count
   */
  public int innovators() {
    return innovators;
  }

  /**
   * Returns whether the agency has at least one counted innovation.
   *
   * @return true when covered
   */
  public boolean covered() {
    return !innovationIds.isEmpty();
  }

  /** Returns {@code "dinkes: 3 innovations, 4 innovators"}. */
  @Override
  public String toString() {
    return agency.id() + ": " + innovations() + " innovations, " + innovators + " innovators";
  }
}
