package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.internal.InovasiStyle;
import io.github.inovasi.scoring.composite.internal.Stats;
import java.util.List;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What outlier treatment did to one indicator: skewness and kurtosis before and after, which
 * units' values were winsorised at the high or low end, whether the log transform was used.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class IndicatorTreatment {
  IndicatorTreatment() {}

  /**
   * Returns the indicator code.
   *
   * @return the code
   */
  public abstract String indicator();

  /**
   * Returns the treated values, in unit order ({@code NaN} for missing).
   *
   * @return a copy of the values
   */
  public abstract double[] values();

  /**
   * Returns the adjusted skewness before treatment ({@code NaN} for fewer than 3 values).
   *
   * @return the skewness
   */
  public abstract double skewBefore();

  /**
   * Returns the excess kurtosis before treatment ({@code NaN} for fewer than 4 values).
   *
   * @return the kurtosis
   */
  public abstract double kurtosisBefore();

  /**
   * Returns whether the untreated indicator passed the test (or could not be tested).
   *
   * @return true when no treatment was needed
   */
  public abstract boolean passedBefore();

  /**
   * Returns the units whose values were winsorised at the high end (in the last high round;
   * tied points move together).
   *
   * @return unit codes
   */
  public abstract ImmutableList<String> winsorisedHigh();

  /**
   * Returns the units whose values were winsorised at the low end.
   *
   * @return unit codes
   */
  public abstract ImmutableList<String> winsorisedLow();

  /**
   * Returns the number of points winsorised (COINr's {@code nwin}).
   *
   * @return the count
   */
  @Value.Default
  public int pointsWinsorised() {
    return winsorisedHigh().size() + winsorisedLow().size();
  }

  /**
   * Returns the skewness after winsorisation, when it ran.
   *
   * @return the skewness
   */
  public abstract OptionalDouble skewAfterWinsorisation();

  /**
   * Returns the kurtosis after winsorisation, when it ran.
   *
   * @return the kurtosis
   */
  public abstract OptionalDouble kurtosisAfterWinsorisation();

  /**
   * Returns whether the log transform replaced the values (winsorisation was not enough).
   *
   * @return true when log-transformed
   */
  @Value.Default
  public boolean logTransformed() {
    return false;
  }

  /**
   * Returns the skewness of the final values.
   *
   * @return the skewness
   */
  public abstract double skewAfter();

  /**
   * Returns the kurtosis of the final values.
   *
   * @return the kurtosis
   */
  public abstract double kurtosisAfter();

  /**
   * Returns whether the final values pass the test.
   *
   * @return true when they pass (or could not be tested)
   */
  public abstract boolean passedAfter();

  /**
   * Returns whether any value changed.
   *
   * @return true when winsorised or log-transformed
   */
  public final boolean isTreated() {
    return logTransformed() || pointsWinsorised() > 0;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The treatment that changes nothing. */
  static final OutlierTreatment NONE = new NoTreatment();

  private static final class NoTreatment extends Described implements OutlierTreatment {
    NoTreatment() {
      super("none()");
    }

    @Override
    public IndicatorTreatment treat(String indicator, List<String> units, double[] values) {
      return untreated(indicator, values);
    }
  }

  static IndicatorTreatment untreated(String indicator, double[] values) {
    double s = Stats.skew(values);
    double k = Stats.kurtosis(values);
    return builder().indicator(indicator).values(values).skewBefore(s).kurtosisBefore(k)
        .passedBefore(true).skewAfter(s).kurtosisAfter(k).passedAfter(true).build();
  }

  /** Returns {@code "Goods: 2 points winsorised, skew 2.65 -> 1.14"}. */
  @Override
  public String toString() {
    return indicator() + ": " + pointsWinsorised() + " points winsorised"
        + (logTransformed() ? ", log-transformed" : "") + ", skew " + skewBefore() + " -> "
        + skewAfter();
  }

  /** Builds {@link IndicatorTreatment}s. */
  public static final class Builder extends ImmutableIndicatorTreatment.Builder {
    Builder() {}
  }
}
