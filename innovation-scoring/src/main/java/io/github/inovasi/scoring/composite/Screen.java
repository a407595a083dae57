package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.internal.InovasiStyle;
import io.github.inovasi.scoring.composite.internal.Stats;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Removes units with too little data (penyaringan unit): by data availability (the share of
 * indicators present), by the share of non-zero values, or both, with units forced in or out.
 * The default availability threshold is COINr's 2/3 (its code; its documentation says 0.66).
 *
 * <pre>{@code
 * Screen screen = Screen.builder().availabilityThreshold(0.9).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Screen implements Step, WithScreen {
  Screen() {}

  /** Which rule removes a unit. */
  public enum Rule {
    /** Availability below the threshold (COINr's {@code byNA}). */
    BY_AVAILABILITY,
    /** Share of non-zero values below the threshold ({@code byzeros}). */
    BY_ZEROS,
    /** Either of the two ({@code byNAandzeros}). */
    BY_AVAILABILITY_AND_ZEROS,
    /** No rule: only forced exclusions ({@code none}). */
    NONE
  }

  @Override
  @Value.Default
  public String output() {
    return "Screened";
  }

  @Override
  public abstract Optional<String> input();

  /**
   * Returns the rule.
   *
   * @return the rule, {@link Rule#BY_AVAILABILITY} by default
   */
  @Value.Default
  public Rule rule() {
    return Rule.BY_AVAILABILITY;
  }

  /**
   * Returns the minimum share of indicators present for a unit to stay.
   *
   * @return the threshold in [0, 1], 2/3 by default
   */
  @Value.Default
  public double availabilityThreshold() {
    return 2.0 / 3.0;
  }

  /**
   * Returns the minimum share of non-zero values (among the values present) to stay.
   *
   * @return the threshold in [0, 1], 0.05 by default
   */
  @Value.Default
  public double nonZeroThreshold() {
    return 0.05;
  }

  /**
   * Returns units kept whatever the rule says.
   *
   * @return unit codes
   */
  public abstract ImmutableSet<String> forceIn();

  /**
   * Returns units removed whatever the rule says.
   *
   * @return unit codes
   */
  public abstract ImmutableSet<String> forceOut();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public StepOutput apply(StepContext context, DataSet in) {
    for (String forced : Sets.union(forceIn(), forceOut())) {
      InvalidValueException.check(in.hasUnit(forced), "Screen.force",
          "unit %s is forced in or out but is not among the units of %s", forced, in);
    }
    List<String> kept = new ArrayList<>();
    ImmutableList.Builder<ScreeningReport.UnitScreening> rows = ImmutableList.builder();
    double[] row = new double[in.columns().size()];
    for (int i = 0; i < in.units().size(); i++) {
      String unit = in.units().get(i);
      for (int j = 0; j < row.length; j++) {
        row[j] = in.columnView(j)[i];
      }
      int present = Stats.countPresent(row);
      int nonZero = 0;
      for (double v : row) {
        if (!Double.isNaN(v) && v != 0) {
          nonZero++;
        }
      }
      double availability = row.length == 0 ? 0 : (double) present / row.length;
      double nonZeroShare = present == 0 ? 0 : (double) nonZero / present;
      boolean lowData = availability < availabilityThreshold();
      boolean zeros = nonZeroShare < nonZeroThreshold();
      boolean keep = switch (rule()) {
        case BY_AVAILABILITY -> !lowData;
        case BY_ZEROS -> !zeros;
        case BY_AVAILABILITY_AND_ZEROS -> !lowData && !zeros;
        case NONE -> true;
      };
      if (forceIn().contains(unit)) {
        keep = true;
      }
      if (forceOut().contains(unit)) {
        keep = false;
      }
      if (keep) {
        kept.add(unit);
      }
      rows.add(new ScreeningReport.UnitScreening(unit, availability, nonZeroShare, keep));
    }
    return StepOutput.of(in.selectUnits(kept), new ScreeningReport(rows.build()));
  }

  @Value.Check
  void check() {
    InvalidValueException.check(availabilityThreshold() >= 0 && availabilityThreshold() <= 1,
        "Screen.availabilityThreshold", "must be in [0, 1], was %s", availabilityThreshold());
    InvalidValueException.check(nonZeroThreshold() >= 0 && nonZeroThreshold() <= 1,
        "Screen.nonZeroThreshold", "must be in [0, 1], was %s", nonZeroThreshold());
    InvalidValueException.check(forceIn().stream().noneMatch(forceOut()::contains),
        "Screen.forceIn", "a unit cannot be forced both in and out: %s", forceIn());
  }

  /** Builds {@link Screen} steps. */
  public static final class Builder extends ImmutableScreen.Builder {
    Builder() {}
  }
}
