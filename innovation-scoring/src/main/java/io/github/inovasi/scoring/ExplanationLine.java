package io.github.inovasi.scoring;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an {@link Explanation}: the points one criterion earned and lost, for one item
 * (an innovation of a region, say) and one judge where there are judges, with the reasons for
 * what was lost.
 *
 * <p>Immutable and thread-safe.
 *
 * @param criterion the criterion code, e.g. an IID indicator code or a rubric criterion code
 * @param label what the criterion is, bilingual
 * @param group the part of the policy the criterion belongs to, e.g. {@code "SPD"}, if any
 * @param item the item scored within the subject, e.g. an innovation id, if any
 * @param judge the judge whose score this line carries, if the policy has judges
 * @param earned the points earned, never negative
 * @param lost the points lost, never negative
 * @param reasons why points were lost or not counted, bilingual
 */
public record ExplanationLine(
    String criterion,
    Label label,
    Optional<String> group,
    Optional<String> item,
    Optional<String> judge,
    BigDecimal earned,
    BigDecimal lost,
    ImmutableList<Label> reasons) {

  /**
   * Checks the line.
   *
   * @param criterion the criterion code
   * @param label what the criterion is, bilingual
   * @param group the part of the policy the criterion belongs to, if any
   * @param item the item scored within the subject, if any
   * @param judge the judge whose score this line carries, if any
   * @param earned the points earned, never negative
   * @param lost the points lost, never negative
   * @param reasons why points were lost or not counted
   * @throws InvalidValueException if an amount is negative or the criterion blank
   */
  public ExplanationLine {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(judge, "judge");
    Objects.requireNonNull(earned, "earned");
    Objects.requireNonNull(lost, "lost");
    Objects.requireNonNull(reasons, "reasons");
    InvalidValueException.check(!criterion.isBlank(), "ExplanationLine.criterion", "must not be blank");
    InvalidValueException.check(earned.signum() >= 0, "ExplanationLine.earned",
        "must not be negative, was %s", earned);
    InvalidValueException.check(lost.signum() >= 0, "ExplanationLine.lost",
        "must not be negative, was %s", lost);
  }
}
