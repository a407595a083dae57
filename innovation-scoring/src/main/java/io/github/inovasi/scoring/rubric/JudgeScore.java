package io.github.inovasi.scoring.rubric;

import io.github.inovasi.model.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One judge's score of one criterion of an entry.
 *
 * <p>Immutable and thread-safe.
 *
 * @param judge the judge's id, e.g. {@code "J1"}
 * @param criterion the criterion code
 * @param value the score, on the criterion's scale
 */
public record JudgeScore(String judge, String criterion, BigDecimal value) {

  /**
   * Checks the score.
   *
   * @param judge the judge's id
   * @param criterion the criterion code
   * @param value the score, on the criterion's scale
   * @throws InvalidValueException if an id is blank or the value negative
   */
  public JudgeScore {
    Objects.requireNonNull(judge, "judge");
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(value, "value");
    InvalidValueException.check(!judge.isBlank(), "JudgeScore.judge", "must not be blank");
    InvalidValueException.check(!criterion.isBlank(), "JudgeScore.criterion", "must not be blank");
    InvalidValueException.check(value.signum() >= 0, "JudgeScore.value",
        "must not be negative, was %s", value);
  }

  /**
   * Creates a score.
   *
   * @param judge the judge's id
   * @param criterion the criterion code
   * @param value the score, as written (e.g. {@code "4"} or {@code "87.5"})
   * @return the score
   * @throws InvalidValueException if an id is blank or the value negative
   * @throws NumberFormatException if the value is not a number
   */
  public static JudgeScore of(String judge, String criterion, String value) {
    return new JudgeScore(judge, criterion, new BigDecimal(value));
  }
}
