package io.github.inovasi.scoring.composite;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.scoring.composite.internal.Stats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of running a {@link Recipe}: every data set written (by name, starting with
 * {@code "Raw"}), the steps' reports, and the scores and ranks at every level of the last data
 * set. Ranks: the highest score is rank 1, ties share the lowest rank, a missing score has a
 * missing rank.
 *
 * <pre>{@code
 * CompositeResult r = recipe.run(data);
 * r.scores().get("IND", "Index");     // 39.79...
 * r.ranks().get("IND", "Index");      // 45.0
 * r.treatment().get().indicator("Goods").pointsWinsorised();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CompositeResult {
  private final CompositeData data;
  private final Recipe recipe;
  private final ImmutableMap<String, DataSet> dataSets;
  private final ImmutableMap<String, StepReport> reports;
  private final DataSet scores;
  private final Supplier<DataSet> ranks;

  CompositeResult(CompositeData data, Recipe recipe, Map<String, DataSet> dataSets,
      Map<String, StepReport> reports) {
    this.data = data;
    this.recipe = recipe;
    this.dataSets = ImmutableMap.copyOf(dataSets);
    this.reports = ImmutableMap.copyOf(reports);
    this.scores = this.dataSets.values().asList().get(this.dataSets.size() - 1);
    this.ranks = Suppliers.memoize(() -> rank(scores));
  }

  private static DataSet rank(DataSet scores) {
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (int j = 0; j < scores.columns().size(); j++) {
      cols.put(scores.columns().get(j), Stats.rank(scores.columnView(j), true));
    }
    return DataSet.ofColumns(scores.units(), cols);
  }

  /**
   * Returns the input data.
   *
   * @return the composite data
   */
  public CompositeData data() {
    return data;
  }

  /**
   * Returns the recipe that produced this result.
   *
   * @return the recipe
   */
  public Recipe recipe() {
    return recipe;
  }

  /**
   * Returns every data set, in the order written.
   *
   * @return data sets by name ({@code Raw}, {@code Denominated}, ...)
   */
  public ImmutableMap<String, DataSet> dataSets() {
    return dataSets;
  }

  /**
   * Returns one data set.
   *
   * @param name e.g. {@code "Treated"}
   * @return the data set
   * @throws InvalidValueException if no step wrote it
   */
  public DataSet dataSet(String name) {
    DataSet d = dataSets.get(name);
    if (d == null) {
      throw new InvalidValueException("CompositeResult.dataSet", "no data set '" + name
          + "'; have " + dataSets.keySet());
    }
    return d;
  }

  /**
   * Returns the steps' reports, by the name of the data set they wrote.
   *
   * @return the reports
   */
  public ImmutableMap<String, StepReport> reports() {
    return reports;
  }

  /**
   * Returns the first report of a type.
   *
   * @param <T> the report type
   * @param type e.g. {@code TreatmentReport.class}
   * @return the report, if a step wrote one
   */
  public <T extends StepReport> Optional<T> report(Class<T> type) {
    return reports.values().stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  /**
   * Returns the outlier treatment report.
   *
   * @return the report, if the recipe treats outliers
   */
  public Optional<TreatmentReport> treatment() {
    return report(TreatmentReport.class);
  }

  /**
   * Returns the imputation report.
   *
   * @return the report, if the recipe imputes
   */
  public Optional<ImputationReport> imputation() {
    return report(ImputationReport.class);
  }

  /**
   * Returns the screening report.
   *
   * @return the report, if the recipe screens units
   */
  public Optional<ScreeningReport> screening() {
    return report(ScreeningReport.class);
  }

  /**
   * Returns the last data set: normalised indicators and every aggregate.
   *
   * @return the scores
   */
  public DataSet scores() {
    return scores;
  }

  /**
   * Returns the scores of one level.
   *
   * @param level 1 for indicators, up to the framework's top level
   * @return the scores, columns in framework order
   */
  public DataSet scores(int level) {
    return scores().selectColumns(levelColumns(level));
  }

  /**
   * Returns the ranks of every column of {@link #scores()}.
   *
   * @return the ranks (1 = best), {@code NaN} where the score is missing
   */
  public DataSet ranks() {
    return ranks.get();
  }

  /**
   * Returns the ranks of one level.
   *
   * @param level 1 for indicators, up to the framework's top level
   * @return the ranks
   */
  public DataSet ranks(int level) {
    // only the level's columns are ranked, unless every column already is
    return rank(scores.selectColumns(levelColumns(level)));
  }

  private List<String> levelColumns(int level) {
    return data.framework().codes(level).stream().filter(scores()::hasColumn).toList();
  }

  /**
   * Returns ranks within the units' groups: a unit is ranked only against units with the same
   * value in the group column.
   *
   * @param groupColumn a group column, e.g. {@code GDP_group}
   * @return the ranks within groups; {@code NaN} for a unit without a group
   */
  public DataSet groupRanks(String groupColumn) {
    DataSet s = scores();
    Map<String, List<Integer>> members = new HashMap<>();
    for (int i = 0; i < s.units().size(); i++) {
      String g = data.unit(s.units().get(i)).map(u -> u.groups().get(groupColumn)).orElse(null);
      if (g != null) {
        members.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
      }
    }
    InvalidValueException.check(!members.isEmpty(), "CompositeResult.groupRanks",
        "no unit has a value in group column '%s'", groupColumn);
    double[][] out = new double[s.units().size()][s.columns().size()];
    for (double[] row : out) {
      Arrays.fill(row, Double.NaN);
    }
    for (int j = 0; j < s.columns().size(); j++) {
      double[] col = s.column(s.columns().get(j));
      for (List<Integer> idx : members.values()) {
        double[] sub = idx.stream().mapToDouble(i -> col[i]).toArray();
        double[] r = Stats.rank(sub, true);
        for (int k = 0; k < idx.size(); k++) {
          out[idx.get(k)][j] = r[k];
        }
      }
    }
    return DataSet.of(s.units(), s.columns(), out);
  }

  /**
   * Returns a unit's strengths and weaknesses: its indicators with the best and the worst
   * ranks among the units (on the last data set, so after direction and normalisation).
   *
   * @param unit the unit code
   * @param count how many of each
   * @return the best and worst indicators with their ranks
   * @throws InvalidValueException if the unit is not in the result
   */
  public StrengthsAndWeaknesses strengthsAndWeaknesses(String unit, int count) {
    DataSet r = ranks(1);
    List<StrengthsAndWeaknesses.Entry> entries = new ArrayList<>();
    for (String c : r.columns()) {
      double rank = r.get(unit, c);
      if (!Double.isNaN(rank)) {
        entries.add(new StrengthsAndWeaknesses.Entry(c, (int) rank, scores().get(unit, c)));
      }
    }
    entries.sort(Comparator.comparingInt(StrengthsAndWeaknesses.Entry::rank));
    int n = Math.min(count, entries.size());
    List<StrengthsAndWeaknesses.Entry> worst = new ArrayList<>(entries.subList(entries.size() - n,
        entries.size()));
    Collections.reverse(worst);
    return new StrengthsAndWeaknesses(unit, ImmutableList.copyOf(entries.subList(0, n)),
        ImmutableList.copyOf(worst));
  }

  /**
   * Compares this result with another for one column: each unit's score and rank in both and
   * the differences (other minus this).
   *
   * @param other the other result (e.g. the recipe with one parameter changed)
   * @param column the column to compare, e.g. {@code "Index"}
   * @return the comparison
   */
  public Comparison compare(CompositeResult other, String column) {
    return Comparison.of(this, other, column);
  }

  /** Returns {@code "CompositeResult[Raw, Denominated, ...]"}. */
  @Override
  public String toString() {
    return "CompositeResult" + dataSets.keySet();
  }
}
