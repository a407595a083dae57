package io.github.inovasi.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How any {@link ScoreResult} explains itself: every point earned and every point lost, per
 * criterion (and per item and per judge where the policy has them), at a fixed number of
 * decimals. The lines add up exactly: the earned points to {@link #earned()}, which is the
 * result's score before the policy's final rounding, and earned plus lost to {@link #maximum()}.
 * The IID's {@code Breakdown} and a rubric's judge-by-judge scores are both read through it.
 *
 * <pre>{@code
 * Explanation x = result.explanation();
 * x.earned();               // 71.3333: the score at 4 decimals
 * x.lostByCriterion();      // {novelty=8.5000, benefit=...}
 * x.earnedByJudge();        // {J1=23.7778, J2=..., J3=...}
 * x.largestLosses(3);
 * }</pre>
 *
 * <p>Immutable and thread-safe; built only through {@link #of(List, BigDecimal)}, which refuses
 * lines that do not add up to the maximum.
 */
public final class Explanation {
  private final ImmutableList<ExplanationLine> lines;
  private final BigDecimal maximum;

  private Explanation(ImmutableList<ExplanationLine> lines, BigDecimal maximum) {
    this.lines = lines;
    this.maximum = maximum;
  }

  /**
   * Creates an explanation from lines whose earned and lost points add up to the maximum.
   *
   * @param lines the lines, in the policy's order
   * @param maximum the most points the result could have earned, at the lines' decimals
   * @return the explanation
   * @throws InvalidValueException if earned plus lost is not exactly the maximum, or an amount
   *     has more decimals than the maximum
   */
  public static Explanation of(List<ExplanationLine> lines, BigDecimal maximum) {
    Objects.requireNonNull(maximum, "maximum");
    ImmutableList<ExplanationLine> copy = ImmutableList.copyOf(lines);
    BigDecimal sum = BigDecimal.ZERO;
    for (ExplanationLine line : copy) {
      InvalidValueException.check(line.earned().scale() <= maximum.scale()
          && line.lost().scale() <= maximum.scale(), "Explanation.lines",
          "amounts must have at most %s decimals, line %s has %s and %s", maximum.scale(),
          line.criterion(), line.earned(), line.lost());
      sum = sum.add(line.earned()).add(line.lost());
    }
    InvalidValueException.check(sum.compareTo(maximum) == 0, "Explanation.lines",
        "earned plus lost must be exactly the maximum %s, was %s", maximum, sum);
    return new Explanation(copy, maximum);
  }

  /**
   * Returns the lines.
   *
   * @return every line, in the policy's order
   */
  public ImmutableList<ExplanationLine> lines() {
    return lines;
  }

  /**
   * Returns the most points the result could have earned.
   *
   * @return earned plus lost, at {@link #scale()} decimals
   */
  public BigDecimal maximum() {
    return maximum;
  }

  /**
   * Returns the decimals of every amount.
   *
   * @return the scale of the maximum
   */
  public int scale() {
    return maximum.scale();
  }

  /**
   * Returns the points earned: the score at {@link #scale()} decimals, before the policy rounds
   * it for publication.
   *
   * @return the sum of the lines' earned points
   */
  public BigDecimal earned() {
    return lines.stream().map(ExplanationLine::earned).reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(scale());
  }

  /**
   * Returns the points lost; {@code earned() + lost()} is exactly {@link #maximum()}.
   *
   * @return the sum of the lines' lost points
   */
  public BigDecimal lost() {
    return maximum.subtract(earned());
  }

  /**
   * Returns the points earned per criterion.
   *
   * @return criterion code to points, in first-appearance order
   */
  public ImmutableMap<String, BigDecimal> earnedByCriterion() {
    return sum(ExplanationLine::criterion, ExplanationLine::earned);
  }

  /**
   * Returns the points lost per criterion.
   *
   * @return criterion code to points, in first-appearance order
   */
  public ImmutableMap<String, BigDecimal> lostByCriterion() {
    return sum(ExplanationLine::criterion, ExplanationLine::lost);
  }

  /**
   * Returns the points earned through each judge's scores.
   *
   * @return judge to points, in first-appearance order; empty when the policy has no judges
   */
  public ImmutableMap<String, BigDecimal> earnedByJudge() {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (ExplanationLine line : lines) {
      line.judge().ifPresent(j -> out.merge(j, line.earned(), BigDecimal::add));
    }
    return ImmutableMap.copyOf(out);
  }

  /**
   * Returns the lines that lost the most points.
   *
   * @param limit how many lines at most
   * @return lines with a loss, the largest first (policy order among equals)
   */
  public ImmutableList<ExplanationLine> largestLosses(int limit) {
    return lines.stream()
        .filter(l -> l.lost().signum() > 0)
        .sorted(Comparator.comparing(ExplanationLine::lost).reversed())
        .limit(limit)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns an explanation of a figure that is known only as a total (for example a score read
   * back from a published ranking): one line earning the score and losing the rest.
   *
   * @param criterion the code of the single line
   * @param label what the figure is
   * @param earned the score
   * @param maximum the most it could be, at no fewer decimals than {@code earned}
   * @return the explanation
   * @throws InvalidValueException if the score is negative or above the maximum
   */
  public static Explanation total(String criterion, Label label, BigDecimal earned, BigDecimal maximum) {
    int scale = Math.max(earned.scale(), maximum.scale());
    BigDecimal max = maximum.setScale(scale);
    return of(List.of(new ExplanationLine(criterion, label, Optional.empty(), Optional.empty(),
        Optional.empty(), earned.setScale(scale), max.subtract(earned), ImmutableList.of())), max);
  }

  private ImmutableMap<String, BigDecimal> sum(Function<ExplanationLine, String> key,
      Function<ExplanationLine, BigDecimal> amount) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (ExplanationLine line : lines) {
      out.merge(key.apply(line), amount.apply(line), BigDecimal::add);
    }
    return ImmutableMap.copyOf(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Explanation && ((Explanation) o).lines.equals(lines)
        && ((Explanation) o).maximum.equals(maximum);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lines, maximum);
  }

  /** Returns {@code "Explanation[earned 71.3333 of 100.0000, 15 lines]"}. */
  @Override
  public String toString() {
    return "Explanation[earned " + earned() + " of " + maximum + ", " + lines.size() + " lines]";
  }
}
