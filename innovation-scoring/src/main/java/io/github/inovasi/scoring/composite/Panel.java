package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Panel data (data panel): the same framework observed in several years, one
 * {@link CompositeData} per year (COINr's iData with a {@code Time} column). A unit may be
 * missing from some years. Fill gaps from a unit's other years with {@link #impute}, build the
 * index every year with {@link #run}, with every step per year or pooled over all years, then
 * follow units over time with {@link PanelResult#trends} and {@link PanelResult#rankMovement}.
 *
 * <pre>{@code
 * Panel panel = Panel.of(Map.of(2022, data2022, 2023, data2023, 2024, data2024));
 * Panel.Imputed filled = panel.impute(PanelImputer.LATEST);
 * PanelResult result = filled.panel().run(recipe, Panel.Scope.POOLED);
 * result.year(2024).ranks().get("AUT", "Index");
 * result.rankMovement("Index", 2022, 2024);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Panel {
  private final ImmutableSortedMap<Integer, CompositeData> years;

  private Panel(ImmutableSortedMap<Integer, CompositeData> years) {
    this.years = years;
  }

  /** Which units a recipe's steps see at once. */
  public enum Scope {
    /**
     * Each year alone: imputation, screening, outlier treatment and normalisation use that
     * year's units only, so a score says where a unit stands among the units of its year.
     */
    PER_YEAR,
    /**
     * All years together: every step that looks across units (column imputation, screening,
     * treatment, normalisation) sees every unit-year at once, so scores of different years are
     * on one scale and a unit's change over time is a change of its score. Ranks stay within
     * each year. Step reports name unit-years as {@code code@year}.
     */
    POOLED
  }

  /**
   * Creates a panel.
   *
   * @param byYear one data set per year, every one with the same framework
   * @return the panel
   * @throws InvalidInputException if there is no year or the frameworks differ (each year named)
   */
  public static Panel of(Map<Integer, CompositeData> byYear) {
    ImmutableSortedMap<Integer, CompositeData> y = ImmutableSortedMap.copyOf(byYear);
    List<Problem> problems = new ArrayList<>();
    if (y.isEmpty()) {
      problems.add(problem("NO_YEAR", "Time", "Panel tanpa tahun", "The panel has no year",
          "none"));
    } else {
      Framework f = y.firstEntry().getValue().framework();
      y.forEach((year, d) -> {
        if (!d.framework().equals(f)) {
          problems.add(problem("FRAMEWORK_DIFFERS", "Time/" + year,
              "Kerangka tahun " + year + " berbeda dari tahun " + y.firstKey(),
              "The framework of " + year + " differs from that of " + y.firstKey(),
              d.framework().toString()));
        }
      });
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("The panel has " + problems.size() + " problem(s)",
          problems);
    }
    return new Panel(y);
  }

  private static Problem problem(String code, String path, String id, String en, String found) {
    return Problem.builder().code(code).location(Location.ofPath(path))
        .message(Label.of(id, en)).found(found).build();
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
   * Returns one year's data.
   *
   * @param year the year
   * @return the data of that year
   * @throws InvalidValueException if the panel has no such year
   */
  public CompositeData year(int year) {
    CompositeData d = years.get(year);
    InvalidValueException.check(d != null, "Panel.year", "no year %s in %s", year, years());
    return d;
  }

  /**
   * Returns the framework every year shares.
   *
   * @return the framework
   */
  public Framework framework() {
    return years.firstEntry().getValue().framework();
  }

  /**
   * Fills each missing raw indicator value from the same unit's values in the other years it
   * has, by the imputer's rule; observed values never change, and every imputed cell is listed.
   *
   * @param imputer the rule
   * @return the imputed panel and the imputed cells
   */
  public Imputed impute(PanelImputer imputer) {
    Set<String> units = new LinkedHashSet<>();
    years.values().forEach(d -> units.addAll(d.raw().units()));
    List<String> indicators = framework().indicators();
    Map<Integer, Map<String, double[]>> columns = new LinkedHashMap<>();
    years.forEach((year, d) -> {
      Map<String, double[]> cols = new LinkedHashMap<>();
      for (String c : indicators) {
        cols.put(c, d.raw().column(c));
      }
      columns.put(year, cols);
    });
    ImmutableList.Builder<ImputedCell> cells = ImmutableList.builder();
    for (String u : units) {
      List<Integer> present = new ArrayList<>();
      years.forEach((year, d) -> {
        if (d.raw().hasUnit(u)) {
          present.add(year);
        }
      });
      int[] ys = present.stream().mapToInt(Integer::intValue).toArray();
      for (String c : indicators) {
        double[] x = new double[ys.length];
        for (int t = 0; t < ys.length; t++) {
          x[t] = columns.get(ys[t]).get(c)[years.get(ys[t]).raw().unitRow(u)];
        }
        double[] filled = imputer.impute(ys, x);
        for (int t = 0; t < ys.length; t++) {
          if (Double.isNaN(x[t]) && !Double.isNaN(filled[t])) {
            columns.get(ys[t]).get(c)[years.get(ys[t]).raw().unitRow(u)] = filled[t];
            cells.add(new ImputedCell(u, c, ys[t], filled[t]));
          }
        }
      }
    }
    Map<Integer, CompositeData> out = new LinkedHashMap<>();
    years.forEach((year, d) -> out.put(year,
        d.withRaw(d.raw().withColumns(columns.get(year)))));
    return new Imputed(new Panel(ImmutableSortedMap.copyOf(out)), imputer, cells.build());
  }

  /**
   * Runs a recipe on every year.
   *
   * @param recipe the recipe
   * @param scope whether the steps see each year alone or all years at once
   * @return one result per year
   */
  public PanelResult run(Recipe recipe, Scope scope) {
    Map<Integer, CompositeResult> out = new LinkedHashMap<>();
    if (scope == Scope.PER_YEAR) {
      years.forEach((year, d) -> out.put(year, recipe.run(d)));
    } else {
      CompositeResult pooled = recipe.run(stacked());
      years.forEach((year, d) -> {
        Map<String, DataSet> sets = new LinkedHashMap<>();
        pooled.dataSets().forEach((name, set) -> sets.put(name, ofYear(set, year)));
        out.put(year, new CompositeResult(d, recipe, sets, pooled.reports()));
      });
    }
    return new PanelResult(ImmutableSortedMap.copyOf(out), scope);
  }

  /** Every year's units as unit-years {@code code@year}, one data set. */
  private CompositeData stacked() {
    List<Unit> units = new ArrayList<>();
    List<double[]> raw = new ArrayList<>();
    List<double[]> denominators = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    CompositeData first = years.firstEntry().getValue();
    List<String> rawColumns = first.raw().columns();
    List<String> denominatorColumns = first.denominators().columns();
    years.forEach((year, d) -> {
      DataSet r = d.raw().selectColumns(rawColumns);
      DataSet n = d.denominators().selectColumns(denominatorColumns);
      for (Unit u : d.units()) {
        String code = u.code() + "@" + year;
        codes.add(code);
        units.add(Unit.builder().from(u).code(code).build());
        raw.add(r.row(u.code()));
        denominators.add(n.row(u.code()));
      }
    });
    return CompositeData.builder().framework(first.framework()).units(units)
        .raw(DataSet.of(codes, rawColumns, raw.toArray(new double[0][])))
        .denominators(DataSet.of(codes, denominatorColumns,
            denominators.toArray(new double[0][])))
        .build();
  }

  /** The unit-years of one year, named by their unit codes again. */
  private static DataSet ofYear(DataSet pooled, int year) {
    String suffix = "@" + year;
    List<String> stacked = pooled.units().stream().filter(u -> u.endsWith(suffix)).toList();
    List<String> codes = stacked.stream()
        .map(u -> u.substring(0, u.length() - suffix.length())).toList();
    double[][] values = pooled.selectUnits(stacked).toArray();
    return DataSet.of(codes, pooled.columns(), values);
  }

  /** Returns {@code "Panel[2022..2024, 3 years]"}. */
  @Override
  public String toString() {
    return "Panel[" + years.firstKey() + ".." + years.lastKey() + ", " + years.size()
        + " years]";
  }

  /**
   * A panel after {@link #impute} and what was imputed.
   *
   * @param panel the imputed panel
   * @param imputer the rule used
   * @param cells every imputed cell
   */
  public record Imputed(Panel panel, PanelImputer imputer, ImmutableList<ImputedCell> cells) {
    /**
     * Checks the parts.
     *
     * @param panel the imputed panel
     * @param imputer the rule used
     * @param cells the imputed cells
     */
    public Imputed {
      java.util.Objects.requireNonNull(panel, "panel");
      java.util.Objects.requireNonNull(imputer, "imputer");
      java.util.Objects.requireNonNull(cells, "cells");
    }
  }

  /**
   * One value imputed from the unit's other years.
   *
   * @param unit the unit code
   * @param column the indicator code
   * @param year the year whose value was missing
   * @param value the imputed value
   */
  public record ImputedCell(String unit, String column, int year, double value) {}
}
