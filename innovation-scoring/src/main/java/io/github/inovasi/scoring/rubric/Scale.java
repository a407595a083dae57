package io.github.inovasi.scoring.rubric;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.internal.InovasiStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The scale a judge scores one criterion on: a range ({@code 1–5} in whole points, {@code
 * 0–100}) or named levels with their points ("Sangat baik = 4"). A judge's score must be on the
 * scale: one of the levels' points, or within the range and on its step.
 *
 * <pre>{@code
 * Scale.range(BigDecimal.ONE, BigDecimal.valueOf(5), BigDecimal.ONE);   // 1, 2, 3, 4, 5
 * Scale.levels(List.of(ScaleLevel.of(new BigDecimal("1"), Label.of("Kurang", "Poor")),
 *     ScaleLevel.of(new BigDecimal("3"), Label.of("Baik", "Good"))));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Scale {
  Scale() {}

  /**
   * Returns the lowest score.
   *
   * @return the minimum, the lowest level's points for a level scale
   */
  public abstract BigDecimal minimum();

  /**
   * Returns the highest score.
   *
   * @return the maximum, the highest level's points for a level scale
   */
  public abstract BigDecimal maximum();

  /**
   * Returns the step between allowed scores of a range, e.g. 1 for whole points.
   *
   * @return the step; empty for any number in the range, or for a level scale
   */
  public abstract Optional<BigDecimal> step();

  /**
   * Returns the named levels, lowest first.
   *
   * @return the levels; empty for a range scale
   */
  public abstract ImmutableList<ScaleLevel> levels();

  /**
   * Returns whether a judge's score is on this scale.
   *
   * @param score the score
   * @return true for one of the levels' points, or a value in the range on its step
   */
  public final boolean accepts(BigDecimal score) {
    if (!levels().isEmpty()) {
      return levels().stream().anyMatch(l -> l.points().compareTo(score) == 0);
    }
    if (score.compareTo(minimum()) < 0 || score.compareTo(maximum()) > 0) {
      return false;
    }
    return step().map(s -> score.subtract(minimum()).remainder(s).signum() == 0).orElse(true);
  }

  /**
   * Returns a short description, e.g. {@code "1–5 step 1"} or {@code "levels 1, 2, 3, 4"}.
   *
   * @return the description, used in messages
   */
  public final String describe() {
    if (!levels().isEmpty()) {
      StringBuilder out = new StringBuilder("levels ");
      for (int i = 0; i < levels().size(); i++) {
        out.append(i == 0 ? "" : ", ").append(levels().get(i).points().toPlainString());
      }
      return out.toString();
    }
    return minimum().toPlainString() + "–" + maximum().toPlainString()
        + step().map(s -> " step " + s.toPlainString()).orElse("");
  }

  /**
   * Creates a range scale.
   *
   * @param minimum the lowest score
   * @param maximum the highest score, above the minimum
   * @param step the step between allowed scores, dividing the range; null for any number
   * @return the scale
   * @throws InvalidValueException if the range is empty or the step does not divide it
   */
  public static Scale range(BigDecimal minimum, BigDecimal maximum, BigDecimal step) {
    return ImmutableScale.builder().minimum(minimum).maximum(maximum)
        .step(Optional.ofNullable(step)).build();
  }

  /**
   * Creates a scale of named levels.
   *
   * @param levels the levels, lowest points first, at least two
   * @return the scale, from the lowest to the highest level's points
   * @throws InvalidValueException if there are fewer than two levels or they are not in
   *     strictly increasing order
   */
  public static Scale levels(Iterable<ScaleLevel> levels) {
    ImmutableList<ScaleLevel> list = ImmutableList.copyOf(levels);
    InvalidValueException.check(list.size() >= 2, "Scale.levels", "SCALE_LEVELS",
        Label.of("Skala bertingkat memerlukan minimal 2 tingkat",
            "A level scale needs at least 2 levels"), list.size());
    return ImmutableScale.builder().minimum(list.get(0).points())
        .maximum(list.get(list.size() - 1).points()).levels(list).build();
  }

  @Value.Check
  void check() {
    InvalidValueException.check(minimum().compareTo(maximum()) < 0, "Scale.maximum",
        "SCALE_EMPTY", Label.of("Nilai maksimum skala harus di atas minimum",
            "The scale's maximum must be above its minimum"), maximum().toPlainString());
    InvalidValueException.check(minimum().signum() >= 0, "Scale.minimum", "SCALE_NEGATIVE",
        Label.of("Skala tidak boleh negatif", "A scale must not be negative"),
        minimum().toPlainString());
    step().ifPresent(s -> InvalidValueException.check(
        s.signum() > 0 && maximum().subtract(minimum()).remainder(s).signum() == 0,
        "Scale.step", "SCALE_STEP", Label.of("Langkah skala harus positif dan membagi rentang",
            "The scale's step must be positive and divide the range"), s.toPlainString()));
    InvalidValueException.check(levels().isEmpty() || step().isEmpty(), "Scale.step",
        "SCALE_STEP_WITH_LEVELS", Label.of("Skala bertingkat tidak memakai langkah",
            "A level scale has no step"), step().map(BigDecimal::toPlainString).orElse(""));
    for (int i = 1; i < levels().size(); i++) {
      InvalidValueException.check(
          levels().get(i).points().compareTo(levels().get(i - 1).points()) > 0,
          "Scale.levels[" + i + "]", "SCALE_LEVELS_ORDER",
          Label.of("Poin tingkat harus naik tegas", "Level points must strictly increase"),
          levels().get(i).points().toPlainString());
    }
  }

  /** Returns {@link #describe()}. */
  @Override
  public String toString() {
    return describe();
  }
}
