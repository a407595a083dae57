package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A named table of numbers: one row per unit (by unit code), one column per indicator or
 * aggregate (by element code). A missing value is {@link Double#NaN}; there are no other
 * special values (infinities are refused). Every step of a {@link Recipe} writes one of these
 * (COINr's {@code .$Data$Raw}, {@code Denominated}, {@code Imputed}, ...).
 *
 * <pre>{@code
 * DataSet raw = DataSet.of(List.of("AUT", "BEL"), List.of("LPI", "Flights"),
 *     new double[][] {{4.10, 29.0}, {4.11, Double.NaN}});
 * raw.get("BEL", "Flights"); // NaN: missing
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DataSet {
  private final ImmutableList<String> units;
  private final ImmutableList<String> columns;
  private final ImmutableMap<String, Integer> unitIndex;
  private final ImmutableMap<String, Integer> columnIndex;
  /**
   * The values by column then unit. Columns are never written after construction, so data sets
   * derived from this one (by a step that changes some columns) share the others.
   */
  private final double[][] data;

  private DataSet(ImmutableList<String> units, ImmutableMap<String, Integer> unitIndex,
      ImmutableList<String> columns, ImmutableMap<String, Integer> columnIndex, double[][] data) {
    this.units = units;
    this.unitIndex = unitIndex;
    this.columns = columns;
    this.columnIndex = columnIndex;
    this.data = data;
  }

  private static ImmutableMap<String, Integer> index(ImmutableList<String> names, String field) {
    ImmutableMap.Builder<String, Integer> out = ImmutableMap.builderWithExpectedSize(names.size());
    for (int i = 0; i < names.size(); i++) {
      out.put(names.get(i), i);
    }
    try {
      return out.buildOrThrow();
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(field, "must not repeat a code: " + names);
    }
  }

  /**
   * Creates a data set.
   *
   * @param units the unit codes, one per row, unique
   * @param columns the column codes, unique
   * @param values the values by row then column; {@code NaN} for missing (copied)
   * @return the data set
   * @throws InvalidValueException if the shape does not match, a code repeats or a value is
   *     infinite
   */
  public static DataSet of(List<String> units, List<String> columns, double[][] values) {
    ImmutableList<String> u = ImmutableList.copyOf(units);
    ImmutableList<String> c = ImmutableList.copyOf(columns);
    ImmutableMap<String, Integer> ui = index(u, "DataSet.units");
    ImmutableMap<String, Integer> ci = index(c, "DataSet.columns");
    InvalidValueException.check(
        values.length == u.size(),
        "DataSet.values",
        "needs one row per unit (%s), had %s",
        u.size(),
        values.length);
    double[][] data = new double[c.size()][u.size()];
    for (int i = 0; i < values.length; i++) {
      InvalidValueException.check(
          values[i].length == c.size(),
          "DataSet.values",
          "row %s (%s) needs %s values, had %s",
          i,
          u.get(i),
          c.size(),
          values[i].length);
      for (int j = 0; j < values[i].length; j++) {
        data[j][i] = values[i][j];
      }
    }
    for (int j = 0; j < data.length; j++) {
      checkFinite(u, c.get(j), data[j]);
    }
    return new DataSet(u, ui, c, ci, data);
  }

  private static void checkFinite(List<String> units, String column, double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (Double.isInfinite(values[i])) {
        throw new InvalidValueException("DataSet.values", String.format(
            "must be finite or missing (NaN), was %s for %s/%s", values[i], units.get(i),
            column));
      }
    }
  }

  /**
   * Creates a data set from columns.
   *
   * @param units the unit codes, one per row, unique
   * @param columns each column's values by unit (in {@code units} order), in column order
   * @return the data set
   * @throws InvalidValueException if a column's length differs from the number of units
   */
  public static DataSet ofColumns(List<String> units, Map<String, double[]> columns) {
    ImmutableList<String> u = ImmutableList.copyOf(units);
    ImmutableList<String> c = ImmutableList.copyOf(columns.keySet());
    double[][] data = new double[c.size()][];
    int j = 0;
    for (Map.Entry<String, double[]> e : columns.entrySet()) {
      data[j++] = checkedCopy(u, e.getKey(), e.getValue());
    }
    return new DataSet(u, index(u, "DataSet.units"), c, index(c, "DataSet.columns"), data);
  }

  private static double[] checkedCopy(List<String> units, String column, double[] values) {
    InvalidValueException.check(values.length == units.size(), "DataSet.columns",
        "column %s needs %s values, had %s", column, units.size(), values.length);
    double[] copy = values.clone();
    checkFinite(units, column, copy);
    return copy;
  }

  /**
   * Returns the unit codes, in row order.
   *
   * @return the units
   */
  public ImmutableList<String> units() {
    return units;
  }

  /**
   * Returns the column codes, in column order.
   *
   * @return the columns
   */
  public ImmutableList<String> columns() {
    return columns;
  }

  /**
   * Returns whether the data set has a column.
   *
   * @param column a column code
   * @return true when present
   */
  public boolean hasColumn(String column) {
    return columnIndex.containsKey(column);
  }

  /**
   * Returns whether the data set has a unit.
   *
   * @param unit a unit code
   * @return true when present
   */
  public boolean hasUnit(String unit) {
    return unitIndex.containsKey(unit);
  }

  /**
   * Returns one value.
   *
   * @param unit the unit code
   * @param column the column code
   * @return the value, {@code NaN} when missing
   * @throws InvalidValueException if the unit or column is not in the data set
   */
  public double get(String unit, String column) {
    return data[columnPosition(column)][unitRow(unit)];
  }

  /**
   * Returns one value, empty when missing.
   *
   * @param unit the unit code
   * @param column the column code
   * @return the value
   * @throws InvalidValueException if the unit or column is not in the data set
   */
  public OptionalDouble value(String unit, String column) {
    double v = get(unit, column);
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * Returns a copy of one column, in unit order.
   *
   * @param column the column code
   * @return the values, {@code NaN} for missing
   * @throws InvalidValueException if the column is not in the data set
   */
  public double[] column(String column) {
    return data[columnPosition(column)].clone();
  }

  /**
   * Returns column {@code j} itself, not a copy: callers inside the package read it and never
   * write it.
   */
  double[] columnView(int j) {
    return data[j];
  }


  /**
   * Returns a copy of one unit's row, in column order.
   *
   * @param unit the unit code
   * @return the values, {@code NaN} for missing
   * @throws InvalidValueException if the unit is not in the data set
   */
  public double[] row(String unit) {
    int i = unitRow(unit);
    double[] out = new double[data.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = data[j][i];
    }
    return out;
  }

  /**
   * Returns a copy of all values, by row then column.
   *
   * @return the values
   */
  public double[][] toArray() {
    double[][] out = new double[units.size()][data.length];
    for (int j = 0; j < data.length; j++) {
      double[] col = data[j];
      for (int i = 0; i < out.length; i++) {
        out[i][j] = col[i];
      }
    }
    return out;
  }

  /**
   * Returns the same units with only the given columns, in the given order.
   *
   * @param selected column codes, each present
   * @return the narrower data set
   * @throws InvalidValueException if a column is not in the data set
   */
  public DataSet selectColumns(List<String> selected) {
    ImmutableList<String> c = ImmutableList.copyOf(selected);
    if (c.equals(columns)) {
      return this;
    }
    double[][] out = new double[c.size()][];
    for (int j = 0; j < out.length; j++) {
      out[j] = data[columnPosition(c.get(j))];
    }
    return new DataSet(units, unitIndex, c, index(c, "DataSet.columns"), out);
  }

  /**
   * Returns the same columns with only the given units, in the given order.
   *
   * @param selected unit codes, each present
   * @return the shorter data set
   * @throws InvalidValueException if a unit is not in the data set
   */
  public DataSet selectUnits(List<String> selected) {
    ImmutableList<String> u = ImmutableList.copyOf(selected);
    if (u.equals(units)) {
      return this;
    }
    int[] rows = new int[u.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = unitRow(u.get(i));
    }
    double[][] out = new double[data.length][rows.length];
    for (int j = 0; j < data.length; j++) {
      double[] col = data[j];
      double[] o = out[j];
      for (int i = 0; i < rows.length; i++) {
        o[i] = col[rows[i]];
      }
    }
    return new DataSet(u, index(u, "DataSet.units"), columns, columnIndex, out);
  }

  /**
   * Returns this data set with columns replaced or appended (appended in the map's order).
   *
   * @param replacements column values by code, each in unit order
   * @return the new data set
   * @throws InvalidValueException if a column's length differs from the number of units
   */
  public DataSet withColumns(Map<String, double[]> replacements) {
    ImmutableList<String> all = columns;
    ImmutableMap<String, Integer> allIndex = columnIndex;
    if (!columnIndex.keySet().containsAll(replacements.keySet())) {
      ImmutableList.Builder<String> cols = ImmutableList.<String>builder().addAll(columns);
      for (String c : replacements.keySet()) {
        if (!columnIndex.containsKey(c)) {
          cols.add(c);
        }
      }
      all = cols.build();
      allIndex = index(all, "DataSet.columns");
    }
    double[][] out = Arrays.copyOf(data, all.size());
    for (Map.Entry<String, double[]> e : replacements.entrySet()) {
      out[allIndex.get(e.getKey())] = checkedCopy(units, e.getKey(), e.getValue());
    }
    return new DataSet(units, unitIndex, all, allIndex, out);
  }

  /**
   * Returns the number of missing values.
   *
   * @return the count of {@code NaN} cells
   */
  public int missingCount() {
    int n = 0;
    for (double[] col : data) {
      for (double v : col) {
        if (Double.isNaN(v)) {
          n++;
        }
      }
    }
    return n;
  }

  /** Returns the row of a unit, for steps that address values by index. */
  int unitRow(String unit) {
    Integer i = unitIndex.get(unit);
    if (i == null) {
      throw new InvalidValueException("DataSet.unit", "no unit '" + unit + "' in " + units);
    }
    return i;
  }

  /** Returns the position of a column, for steps that address columns by index. */
  int columnPosition(String column) {
    Integer j = columnIndex.get(column);
    if (j == null) {
      throw new InvalidValueException("DataSet.column", "no column '" + column + "' in " + columns);
    }
    return j;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DataSet
        && units.equals(((DataSet) o).units)
        && columns.equals(((DataSet) o).columns)
        && Arrays.deepEquals(data, ((DataSet) o).data);
  }

  @Override
  public int hashCode() {
    return units.hashCode() * 31 + columns.hashCode();
  }

  /** Returns {@code DataSet[51 units x 49 columns]}. */
  @Override
  public String toString() {
    return "DataSet[" + units.size() + " units x " + columns.size() + " columns]";
  }
}
