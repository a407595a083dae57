package io.github.inovasi.scoring.iid;

import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Label;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One step of an improvement plan, with its effort and its exact gain in index points when taken
 * alone. Gains of several actions do not simply add up (the divisor MAX(k, n), the count cap and
 * the basic-service gate interact), so a plan's total is always re-scored.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what to do
 * @param innovationId the innovation concerned (raise level or add evidence on an SID indicator, or
 *     made to count)
 * @param indicatorCode the indicator concerned
 * @param fromLevel the level counted now (0 when nothing counts)
 * @param toLevel the level to reach
 * @param addsEvidence whether evidence must be added (for {@link Kind#MAKE_COUNT}: to an answer)
 * @param affair the affair of the new innovation(s), for {@link Kind#OPEN_GATE}
 * @param innovations how many new innovations, for {@link Kind#OPEN_GATE} and {@link
 *     Kind#ADD_INNOVATIONS}
 * @param effort the effort, in steps
 * @param gain the exact index gain of this action alone (6 decimals)
 * @param description what to do, bilingual
 */
public record PlanAction(
    Kind kind,
    Optional<String> innovationId,
    Optional<String> indicatorCode,
    int fromLevel,
    int toLevel,
    boolean addsEvidence,
    Optional<GovernmentAffair> affair,
    int innovations,
    int effort,
    BigDecimal gain,
    Label description) {

  /** The kinds of improvement. */
  public enum Kind {
    /** Raise an SID indicator of an innovation (adding evidence if it has none). */
    RAISE_LEVEL,
    /** Attach evidence to an answer that claims a level without any. */
    ADD_EVIDENCE,
    /** Raise a region-level (SPD) row (adding evidence if it has none). */
    RAISE_SPD_ROW,
    /** Report an innovation in a basic-service affair not yet covered, to open the count gate. */
    OPEN_GATE,
    /** Report more innovations, at the planner's assumed SID level. */
    ADD_INNOVATIONS,
    /**
     * Make a reported innovation that does not count count: answer (or, on verified levels,
     * restore) its mandatory indicators, complete its design narrative, record a renewal inside
     * the window; the description names each step.
     */
    MAKE_COUNT
  }

  /**
   * Returns the gain per step of effort.
   *
   * @return {@code gain / effort}, 6 decimals
   */
  public BigDecimal gainPerEffort() {
    return gain.divide(BigDecimal.valueOf(effort), 6, java.math.RoundingMode.HALF_UP);
  }

  /** Returns the English description with gain and effort. */
  @Override
  public String toString() {
    return description.english() + " (+" + gain.toPlainString() + ", effort " + effort + ")";
  }
}
