package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.internal.InovasiStyle;
import io.github.inovasi.scoring.composite.internal.Stats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Fills missing values (imputasi) with an {@link Imputer}: by column (each indicator across
 * units, optionally within unit groups such as {@code EurAsia_group}), or by row (each unit
 * across its indicators, optionally within the indicator groups of one framework level, after
 * a min-max rescaling so that indicators on different scales can be averaged). Imputed cells
 * are listed in the {@link ImputationReport}; observed values never change.
 *
 * <pre>{@code
 * Impute asem = Impute.builder().imputer(Imputers.groupMean()).groupColumn("EurAsia_group").build();
 * Impute rows = Impute.builder().by(Impute.By.ROW).groupLevel(2).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Impute implements Step, WithImpute {
  Impute() {}

  /** Which vectors the imputer sees. */
  public enum By {
    /** Each indicator across units. */
    COLUMN,
    /** Each unit across indicators (within indicator groups when a group level is set). */
    ROW
  }

  @Override
  @Value.Default
  public String output() {
    return "Imputed";
  }

  @Override
  public abstract Optional<String> input();

  /**
   * Returns the imputer.
   *
   * @return the imputer, {@link Imputers#mean()} by default
   */
  @Value.Default
  public Imputer imputer() {
    return Imputers.mean();
  }

  /**
   * Returns how the data is split into vectors.
   *
   * @return {@link By#COLUMN} by default
   */
  @Value.Default
  public By by() {
    return By.COLUMN;
  }

  /**
   * Returns the unit group column whose groups a group imputer uses (by column only).
   *
   * @return the group column code
   */
  public abstract Optional<String> groupColumn();

  /**
   * Returns the framework level whose aggregates group the indicators for row imputation
   * (e.g. 2: a unit's missing indicator gets the mean of its pillar).
   *
   * @return the level; empty for all indicators together
   */
  public abstract OptionalInt groupLevel();

  /**
   * Returns whether, by row, each column is first rescaled to [0, 1] (after its direction) and
   * imputed values scaled back.
   *
   * @return true by default
   */
  @Value.Default
  public boolean normaliseFirst() {
    return true;
  }

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
    double[][] y = by() == By.COLUMN ? byColumn(context, in) : byRow(context, in);
    int n = in.units().size();
    int m = in.columns().size();
    ImmutableList.Builder<ImputationReport.Cell> cells = ImmutableList.builder();
    List<Problem> changed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        double x = in.columnView(j)[i];
        if (Double.isNaN(x)) {
          if (!Double.isNaN(y[j][i])) {
            cells.add(new ImputationReport.Cell(in.units().get(i), in.columns().get(j), y[j][i]));
          }
        } else if (Double.compare(x, y[j][i]) != 0) {
          changed.add(Problem.builder().code("OBSERVED_VALUE_CHANGED")
              .location(Location.builder().path(in.units().get(i)).field(in.columns().get(j))
                  .build())
              .message(Label.of("Imputer mengubah nilai teramati", "The imputer changed an"
                  + " observed value"))
              .expected(Double.toString(x)).found(Double.toString(y[j][i])).build());
        }
      }
    }
    if (!changed.isEmpty()) {
      throw new InvalidInputException("Imputation changed observed values", changed);
    }
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (int j = 0; j < m; j++) {
      cols.put(in.columns().get(j), y[j]);
    }
    DataSet out = in.withColumns(cols);
    return StepOutput.of(out, new ImputationReport(cells.build(), out.missingCount()));
  }

  /** Returns the imputed values by column then unit. */
  private double[][] byColumn(StepContext context, DataSet in) {
    List<String> groups = List.of();
    if (groupColumn().isPresent()) {
      String g = groupColumn().get();
      List<String> gs = new ArrayList<>();
      for (String u : in.units()) {
        Unit unit = context.data().unit(u).orElseThrow();
        String value = unit.groups().get(g);
        InvalidValueException.check(value != null, "Impute.groupColumn",
            "unit %s has no value in group column %s", u, g);
        gs.add(value);
      }
      groups = ImmutableList.copyOf(gs);
    } else {
      InvalidValueException.check(!imputer().needsGroups(), "Impute.groupColumn",
          "the imputer %s imputes within groups: name a group column", imputer());
    }
    double[][] out = new double[in.columns().size()][];
    for (int j = 0; j < out.length; j++) {
      out[j] = checkedLength(imputer().impute(in.columnView(j).clone(), groups),
          in.units().size());
    }
    return out;
  }

  /** Returns the imputed values by column then unit. */
  private double[][] byRow(StepContext context, DataSet in) {
    InvalidValueException.check(!imputer().needsGroups(), "Impute.imputer",
        "the group imputer %s works by column, not by row", imputer());
    Framework f = context.framework();
    double[][] x = in.toArray();
    int n = x.length;
    int m = in.columns().size();
    double[] lo = new double[m];
    double[] range = new double[m];
    double[] dir = new double[m];
    for (int j = 0; j < m; j++) {
      String c = in.columns().get(j);
      dir[j] = f.find(c).map(Element::direction).orElse(1);
      double[] col = in.column(c);
      lo[j] = Stats.min(col);
      range[j] = Stats.max(col) - lo[j];
      if (normaliseFirst() && range[j] > 0) {
        for (int i = 0; i < n; i++) {
          double z = (x[i][j] - lo[j]) / range[j];
          x[i][j] = dir[j] > 0 ? z : 1 - z;
        }
      }
    }
    Map<String, List<Integer>> split = new LinkedHashMap<>();
    for (int j = 0; j < m; j++) {
      String c = in.columns().get(j);
      String key = "";
      if (groupLevel().isPresent() && f.find(c).isPresent()) {
        key = f.ancestors(c).stream().filter(a -> f.element(a).level() == groupLevel().getAsInt())
            .findFirst().orElse("");
      }
      split.computeIfAbsent(key, k -> new ArrayList<>()).add(j);
    }
    double[][] y = new double[n][m];
    for (List<Integer> cols : split.values()) {
      for (int i = 0; i < n; i++) {
        double[] row = new double[cols.size()];
        for (int k = 0; k < row.length; k++) {
          row[k] = x[i][cols.get(k)];
        }
        double[] r = checkedLength(imputer().impute(row, List.of()), row.length);
        for (int k = 0; k < row.length; k++) {
          y[i][cols.get(k)] = r[k];
        }
      }
    }
    double[][] orig = in.toArray();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        if (!Double.isNaN(orig[i][j])) {
          y[i][j] = orig[i][j];
        } else if (normaliseFirst() && range[j] > 0 && !Double.isNaN(y[i][j])) {
          double z = dir[j] > 0 ? y[i][j] : 1 - y[i][j];
          y[i][j] = lo[j] + z * range[j];
        }
      }
    }
    double[][] byColumn = new double[m][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        byColumn[j][i] = y[i][j];
      }
    }
    return byColumn;
  }

  private static double[] checkedLength(double[] y, int n) {
    InvalidValueException.check(y.length == n, "Imputer.impute",
        "must return as many values as it was given (%s), returned %s", n, y.length);
    return y;
  }

  /** Builds {@link Impute} steps. */
  public static final class Builder extends ImmutableImpute.Builder {
    Builder() {}
  }
}
