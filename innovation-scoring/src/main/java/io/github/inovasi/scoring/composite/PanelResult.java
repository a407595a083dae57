package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.inovasi.model.InvalidValueException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A recipe's result in every year of a {@link Panel}: each year's {@link CompositeResult}
 * (scores and ranks within that year), each unit's trend per indicator or aggregate, and how
 * units' ranks moved between two years.
 *
 * <pre>{@code
 * PanelResult r = panel.run(recipe, Panel.Scope.POOLED);
 * r.trends("Aggregated", "Index");        // change and compound annual growth per unit
 * r.rankMovement("Index", 2022, 2024);    // each unit's rank in both years
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PanelResult {
  private final ImmutableSortedMap<Integer, CompositeResult> years;
  private final Panel.Scope scope;

  PanelResult(ImmutableSortedMap<Integer, CompositeResult> years, Panel.Scope scope) {
    this.years = years;
    this.scope = scope;
  }

  /**
   * Returns the years, oldest first.
   *
   * @return the years
   */
  public ImmutableSortedSet<Integer> years() {
    return years.keySet();
  }

  /**
   * Returns whether the steps saw each year alone or all years at once.
   *
   * @return the scope
   */
  public Panel.Scope scope() {
    return scope;
  }

  /**
   * Returns one year's result.
   *
   * @param year the year
   * @return its result: every data set, scores and ranks among that year's units
   * @throws InvalidValueException if there is no such year
   */
  public CompositeResult year(int year) {
    CompositeResult r = years.get(year);
    InvalidValueException.check(r != null, "PanelResult.year", "no year %s in %s", year,
        years());
    return r;
  }

  /**
   * Returns each unit's trend in one column of one data set, from the first to the last year
   * the unit has a value, in order of first appearance.
   *
   * @param dataSet the data set name, e.g. {@code "Raw"} or {@code "Aggregated"}
   * @param column an indicator or aggregate code
   * @return one trend per unit with at least one value
   * @throws InvalidValueException if a year has no such data set or column
   */
  public ImmutableList<Trend> trends(String dataSet, String column) {
    Set<String> units = new LinkedHashSet<>();
    years.values().forEach(r -> units.addAll(r.dataSet(dataSet).units()));
    ImmutableList.Builder<Trend> out = ImmutableList.builder();
    for (String u : units) {
      int firstYear = 0;
      int lastYear = 0;
      double first = Double.NaN;
      double last = Double.NaN;
      for (var e : years.entrySet()) {
        DataSet d = e.getValue().dataSet(dataSet);
        double v = d.hasUnit(u) ? d.get(u, column) : Double.NaN;
        if (!Double.isNaN(v)) {
          if (Double.isNaN(first)) {
            first = v;
            firstYear = e.getKey();
          }
          last = v;
          lastYear = e.getKey();
        }
      }
      if (!Double.isNaN(first)) {
        out.add(new Trend(u, column, firstYear, first, lastYear, last));
      }
    }
    return out.build();
  }

  /**
   * Returns each unit's score and rank in one column in two years, and the change
   * ({@link Comparison.UnitChange#rankChange()} is negative when the unit moved up).
   *
   * @param column e.g. {@code "Index"}
   * @param from the earlier year
   * @param to the later year
   * @return the comparison, over the units of either year
   * @throws InvalidValueException if a year is not in the result
   */
  public Comparison rankMovement(String column, int from, int to) {
    return year(from).compare(year(to), column);
  }

  /** Returns {@code "PanelResult[2022..2024, POOLED]"}. */
  @Override
  public String toString() {
    return "PanelResult[" + years.firstKey() + ".." + years.lastKey() + ", " + scope + "]";
  }
}
