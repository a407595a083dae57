package io.github.inovasi.scoring;

import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import java.util.Objects;

/**
 * One grade of a policy's band set: a stable code, its bilingual label and its level in the
 * set (0 for the lowest). The IID's grades are its four predicates ({@link Rating#grade()}); a
 * rubric declares its own in its file ("Terbaik I", "Juara", "Layak"...). A policy lists its
 * grades with {@link ScoringPolicy#grades()}, lowest first.
 *
 * <pre>{@code
 * Grade g = Rating.INNOVATIVE.grade();
 * g.code();                               // "INNOVATIVE"
 * g.isAbove(Rating.LESS_INNOVATIVE.grade()); // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable code, e.g. {@code "VERY_INNOVATIVE"} or {@code "juara"}
 * @param label the bilingual name
 * @param level the position in the policy's band set, 0 for the lowest
 */
public record Grade(String code, Label label, int level) {

  /**
   * Checks the grade.
   *
   * @param code the stable code, e.g. {@code "VERY_INNOVATIVE"} or {@code "juara"}
   * @param label the bilingual name
   * @param level the position in the policy's band set, 0 for the lowest
   * @throws InvalidValueException if the code is blank or the level negative
   */
  public Grade {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    InvalidValueException.check(!code.isBlank(), "Grade.code", "must not be blank");
    InvalidValueException.check(level >= 0, "Grade.level", "must be at least 0, was %s", level);
  }

  /**
   * Returns whether this grade is strictly better than another of the same band set.
   *
   * @param other a grade of the same policy
   * @return true when this grade's level is higher
   */
  public boolean isAbove(Grade other) {
    return level > other.level;
  }
}
