package io.github.inovasi.scoring.composite;

import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.scoring.composite.internal.Stats;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

/**
 * The stock {@link Imputer}s: mean, median, group mean, group median (COINr's
 * {@code i_mean}, {@code i_median}, {@code i_mean_grp}, {@code i_median_grp}) and the series
 * imputers for a unit's values over time (latest, linear, linear then constant).
 *
 * <pre>{@code
 * Impute.builder().imputer(Imputers.groupMean()).groupColumn("EurAsia_group").build();
 * }</pre>
 */
public final class Imputers {
  private Imputers() {}

  /**
   * Returns the mean of the values present.
   *
   * @return the imputer
   */
  public static Imputer mean() {
    return named("mean()", (x, g) -> fill(x, Stats.mean(x)));
  }

  /**
   * Returns the median of the values present.
   *
   * @return the imputer
   */
  public static Imputer median() {
    return named("median()", (x, g) -> fill(x, Stats.median(x)));
  }

  /**
   * Returns the mean of the values present in the same group; a group with no value present
   * stays missing.
   *
   * @return the imputer
   */
  public static Imputer groupMean() {
    return named("groupMean()", grouped(Stats::mean));
  }

  /**
   * Returns the median of the values present in the same group.
   *
   * @return the imputer
   */
  public static Imputer groupMedian() {
    return named("groupMedian()", grouped(Stats::median));
  }

  /**
   * Returns the latest earlier value (last observation carried forward); leading gaps stay.
   *
   * @return the imputer for a series in time order
   */
  public static Imputer latest() {
    return named("latest()", (x, g) -> {
      double[] y = x.clone();
      for (int i = 1; i < y.length; i++) {
        if (Double.isNaN(y[i])) {
          y[i] = y[i - 1];
        }
      }
      return y;
    });
  }

  /**
   * Returns linear interpolation between the nearest observed values; gaps at the ends stay.
   *
   * @return the imputer for a series in equally spaced time order
   */
  public static Imputer linear() {
    return named("linear()", (x, g) -> interpolate(x, false));
  }

  /**
   * Returns linear interpolation, with gaps at the ends taking the nearest observed value
   * (COINr's {@code linear-constant}).
   *
   * @return the imputer for a series in equally spaced time order
   */
  public static Imputer linearThenConstant() {
    return named("linearThenConstant()", (x, g) -> interpolate(x, true));
  }

  private static double[] interpolate(double[] x, boolean constantEnds) {
    double[] y = x.clone();
    int prev = -1;
    for (int i = 0; i < y.length; i++) {
      if (Double.isNaN(x[i])) {
        continue;
      }
      if (prev >= 0) {
        for (int k = prev + 1; k < i; k++) {
          y[k] = x[prev] + (x[i] - x[prev]) * (k - prev) / (i - prev);
        }
      } else if (constantEnds) {
        for (int k = 0; k < i; k++) {
          y[k] = x[i];
        }
      }
      prev = i;
    }
    if (constantEnds && prev >= 0) {
      for (int k = prev + 1; k < y.length; k++) {
        y[k] = x[prev];
      }
    }
    return y;
  }

  private static double[] fill(double[] x, double value) {
    double[] y = x.clone();
    for (int i = 0; i < y.length; i++) {
      if (Double.isNaN(y[i])) {
        y[i] = value;
      }
    }
    return y;
  }

  private static Imputer grouped(ToDoubleFunction<double[]> statistic) {
    return new Imputer() {
      /** The group of each value for the last group list seen (a step passes one list). */
      private final AtomicReference<GroupIndex> last = new AtomicReference<>();

      @Override
      public double[] impute(double[] x, List<String> groups) {
        InvalidValueException.check(groups.size() == x.length, "Imputer.groups",
            "group imputation needs one group per value (a group column), had %s for %s values",
            groups.size(), x.length);
        GroupIndex g = last.get();
        if (g == null || g.names() != groups) {
          g = GroupIndex.of(groups);
          last.set(g);
        }
        double[][] members = new double[g.sizes().length][];
        for (int k = 0; k < members.length; k++) {
          members[k] = new double[g.sizes()[k]];
        }
        int[] filled = new int[members.length];
        for (int i = 0; i < x.length; i++) {
          int k = g.ids()[i];
          members[k][filled[k]++] = x[i];
        }
        double[] value = new double[members.length];
        for (int k = 0; k < members.length; k++) {
          value[k] = statistic.applyAsDouble(members[k]);
        }
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) {
          if (Double.isNaN(y[i])) {
            y[i] = value[g.ids()[i]];
          }
        }
        return y;
      }

      @Override
      public boolean needsGroups() {
        return true;
      }
    };
  }

  /** Each value's group as a number, and the size of each group. */
  private record GroupIndex(List<String> names, int[] ids, int[] sizes) {
    static GroupIndex of(List<String> names) {
      Map<String, Integer> id = new HashMap<>();
      int[] ids = new int[names.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = id.computeIfAbsent(names.get(i), k -> id.size());
      }
      int[] sizes = new int[id.size()];
      for (int k : ids) {
        sizes[k]++;
      }
      return new GroupIndex(names, ids, sizes);
    }
  }

  private static Imputer named(String description, Imputer method) {
    return new Named(description, method);
  }

  private static final class Named extends Described implements Imputer {
    private final Imputer method;

    Named(String description, Imputer method) {
      super(description);
      this.method = method;
    }

    @Override
    public double[] impute(double[] values, List<String> groups) {
      return method.impute(values, groups);
    }

    @Override
    public boolean needsGroups() {
      return method.needsGroups();
    }
  }
}
