package io.github.inovasi.scoring.composite.analysis;

import io.github.inovasi.model.internal.InovasiStyle;
import org.immutables.value.Value;

/**
 * Statistics of one column of a data set, with COINr's flags ({@code get_stats}): low data
 * availability (share present below 0.65), many zeros (share of non-zero values over all units
 * below 0.5), few unique values (unique values over all units below 0.5), and possible outliers
 * (|skew| &gt; 2 and kurtosis &gt; 3.5).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class IndicatorStatistics {
  IndicatorStatistics() {}

  /** @return the column code */
  public abstract String code();

  /** @return the minimum of the values present */
  public abstract double min();

  /** @return the maximum */
  public abstract double max();

  /** @return the mean */
  public abstract double mean();

  /** @return the median */
  public abstract double median();

  /** @return the sample standard deviation */
  public abstract double sd();

  /** @return the adjusted (type 2) skewness, {@code NaN} below 3 values */
  public abstract double skew();

  /** @return the excess (type 2) kurtosis, {@code NaN} below 4 values */
  public abstract double kurtosis();

  /** @return the number of values present */
  public abstract int available();

  /** @return the number of non-zero values present */
  public abstract int nonZero();

  /** @return the number of distinct values present */
  public abstract int unique();

  /** @return the number of units */
  public abstract int units();

  /** @return the share of units with a value */
  @Value.Derived
  public double availability() {
    return (double) available() / units();
  }

  /** @return the share of present values that are not zero */
  @Value.Derived
  public double nonZeroShare() {
    return (double) nonZero() / available();
  }

  /** @return the share of present values that are distinct */
  @Value.Derived
  public double uniqueShare() {
    return (double) unique() / available();
  }

  /** @return COINr's {@code Flag.Avail}: availability below 0.65 */
  @Value.Derived
  public boolean lowAvailability() {
    return availability() < 0.65;
  }

  /** @return COINr's {@code Flag.NonZero}: non-zero values over all units below 0.5 */
  @Value.Derived
  public boolean manyZeros() {
    return (double) nonZero() / units() < 0.5;
  }

  /** @return COINr's {@code Flag.Unique}: unique values over all units below 0.5 */
  @Value.Derived
  public boolean fewUnique() {
    return (double) unique() / units() < 0.5;
  }

  /** @return COINr's {@code Flag.SkewKurt}: |skew| above 2 and kurtosis above 3.5 */
  @Value.Derived
  public boolean possibleOutliers() {
    return Math.abs(skew()) > 2 && kurtosis() > 3.5;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IndicatorStatistics}. */
  public static final class Builder extends ImmutableIndicatorStatistics.Builder {
    Builder() {}
  }
}
