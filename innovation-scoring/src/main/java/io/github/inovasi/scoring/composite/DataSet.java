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
  private final double[][] values;

  private DataSet(List<String> units, List<String> columns, double[][] values) {
    this.units = ImmutableList.copyOf(units);
    this.columns = ImmutableList.copyOf(columns);
    this.unitIndex = index(this.units, "DataSet.units");
    this.columnIndex = index(this.columns, "DataSet.columns");
    InvalidValueException.check(
        values.length == units.size(),
        "DataSet.values",
        "needs one row per unit (%s), had %s",
        units.size(),
        values.length);
    this.values = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      InvalidValueException.check(
          values[i].length == columns.size(),
          "DataSet.values",
          "row %s (%s) needs %s values, had %s",
          i,
          units.get(i),
          columns.size(),
          values[i].length);
      for (int j = 0; j < values[i].length; j++) {
        InvalidValueException.check(
            !Double.isInfinite(values[i][j]),
            "DataSet.values",
            "must be finite or missing (NaN), was %s for %s/%s",
            values[i][j],
            units.get(i),
            columns.get(j));
      }
      this.values[i] = values[i].clone();
    }
  }

  private static ImmutableMap<String, Integer> index(ImmutableList<String> names, String field) {
    ImmutableMap.Builder<String, Integer> out = ImmutableMap.builder();
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
    return new DataSet(units, columns, values);
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
    double[][] values = new double[units.size()][columns.size()];
    int j = 0;
    for (Map.Entry<String, double[]> e : columns.entrySet()) {
      checkLength(e.getKey(), e.getValue(), units.size());
      for (int i = 0; i < units.size(); i++) {
        values[i][j] = e.getValue()[i];
      }
      j++;
    }
    return new DataSet(units, ImmutableList.copyOf(columns.keySet()), values);
  }

  private static void checkLength(String column, double[] values, int units) {
    InvalidValueException.check(values.length == units, "DataSet.columns",
        "column %s needs %s values, had %s", column, units, values.length);
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
    return values[unitRow(unit)][columnPosition(column)];
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
    int j = columnPosition(column);
    double[] out = new double[units.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values[i][j];
    }
    return out;
  }

  /**
   * Returns a copy of one unit's row, in column order.
   *
   * @param unit the unit code
   * @return the values, {@code NaN} for missing
   * @throws InvalidValueException if the unit is not in the data set
   */
  public double[] row(String unit) {
    return values[unitRow(unit)].clone();
  }

  /**
   * Returns a copy of all values, by row then column.
   *
   * @return the values
   */
  public double[][] toArray() {
    double[][] out = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i].clone();
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
    int[] pos = selected.stream().mapToInt(this::columnPosition).toArray();
    double[][] out = new double[units.size()][pos.length];
    for (int i = 0; i < out.length; i++) {
      for (int j = 0; j < pos.length; j++) {
        out[i][j] = values[i][pos[j]];
      }
    }
    return new DataSet(units, selected, out);
  }

  /**
   * Returns the same columns with only the given units, in the given order.
   *
   * @param selected unit codes, each present
   * @return the shorter data set
   * @throws InvalidValueException if a unit is not in the data set
   */
  public DataSet selectUnits(List<String> selected) {
    double[][] out = new double[selected.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = values[unitRow(selected.get(i))];
    }
    return new DataSet(selected, columns, out);
  }

  /**
   * Returns this data set with columns replaced or appended (appended in the map's order).
   *
   * @param replacements column values by code, each in unit order
   * @return the new data set
   * @throws InvalidValueException if a column's length differs from the number of units
   */
  public DataSet withColumns(Map<String, double[]> replacements) {
    ImmutableList.Builder<String> cols = ImmutableList.<String>builder().addAll(columns);
    for (String c : replacements.keySet()) {
      if (!columnIndex.containsKey(c)) {
        cols.add(c);
      }
    }
    ImmutableList<String> all = cols.build();
    double[][] out = new double[units.size()][all.size()];
    for (int i = 0; i < out.length; i++) {
      System.arraycopy(values[i], 0, out[i], 0, columns.size());
    }
    for (Map.Entry<String, double[]> e : replacements.entrySet()) {
      checkLength(e.getKey(), e.getValue(), units.size());
      int j = all.indexOf(e.getKey());
      for (int i = 0; i < out.length; i++) {
        out[i][j] = e.getValue()[i];
      }
    }
    return new DataSet(units, all, out);
  }

  /**
   * Returns the number of missing values.
   *
   * @return the count of {@code NaN} cells
   */
  public int missingCount() {
    int n = 0;
    for (double[] row : values) {
      for (double v : row) {
        if (Double.isNaN(v)) {
          n++;
        }
      }
    }
    return n;
  }

  private int unitRow(String unit) {
    Integer i = unitIndex.get(unit);
    if (i == null) {
      throw new InvalidValueException("DataSet.unit", "no unit '" + unit + "' in " + units);
    }
    return i;
  }

  private int columnPosition(String column) {
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
        && Arrays.deepEquals(values, ((DataSet) o).values);
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
