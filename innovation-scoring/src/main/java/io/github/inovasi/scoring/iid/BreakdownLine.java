package io.github.inovasi.scoring.iid;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Label;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One line of a {@link Breakdown}: an SPD row, an SID indicator of one innovation, an empty
 * divisor slot, or the count score, with the index points earned and those lost by reason.
 *
 * <p>Immutable and thread-safe.
 *
 * @param part the part of the formula
 * @param code the indicator code, {@code "slot"} for an empty divisor slot, or {@code "count"}
 * @param innovationId the innovation concerned, if any
 * @param label what the line is about, bilingual
 * @param earned the index points earned
 * @param losses the index points lost, by reason
 */
public record BreakdownLine(
    BreakdownPart part,
    String code,
    Optional<String> innovationId,
    Label label,
    BigDecimal earned,
    ImmutableList<Loss> losses) {

  /**
   * Returns the index points lost on this line.
   *
   * @return the sum of the losses
   */
  public BigDecimal lost() {
    return losses.stream().map(Loss::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
