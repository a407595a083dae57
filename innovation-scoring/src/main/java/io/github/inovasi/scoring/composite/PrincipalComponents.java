package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableDoubleArray;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.scoring.composite.internal.Eigen;
import io.github.inovasi.scoring.composite.internal.Stats;
import java.util.ArrayList;
import java.util.List;

/**
 * A principal component analysis (analisis komponen utama) of some columns of a data set, as
 * COINr's {@code get_PCA} does it with R's {@code prcomp(center = TRUE, scale = TRUE)}: the
 * columns are standardised over the units that have every value (units with a missing value are
 * left out, and listed), and the components are the eigenvectors of their correlation matrix.
 *
 * <p><b>Sign convention.</b> An eigenvector is only defined up to its sign, and R's LAPACK may
 * return either. Here the first component is always oriented so that the sum of its loadings is
 * positive (it then correlates positively with the plain sum of the standardised columns); if
 * that sum is zero, its first non-zero loading is positive. So the loadings, and the weights
 * derived from them, do not depend on the order of the units or columns.
 *
 * <pre>{@code
 * PrincipalComponents pca = PrincipalComponents.of(result.dataSet("Normalised"),
 *     framework.children("Social").stream().map(Element::code).toList());
 * pca.loading("Gender");       // first-component loading
 * pca.explainedVariance();     // share of the variance the first component explains
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PrincipalComponents {
  private final ImmutableList<String> columns;
  private final ImmutableList<String> units;
  private final ImmutableDoubleArray eigenvalues;
  private final ImmutableDoubleArray loadings;

  private PrincipalComponents(ImmutableList<String> columns, ImmutableList<String> units,
      ImmutableDoubleArray eigenvalues, ImmutableDoubleArray loadings) {
    this.columns = columns;
    this.units = units;
    this.eigenvalues = eigenvalues;
    this.loadings = loadings;
  }

  /**
   * Analyses some columns of a data set.
   *
   * @param data the data set, e.g. the normalised indicators
   * @param columns the columns to analyse (at least one), e.g. the indicators of one pillar
   * @return the analysis
   * @throws InvalidValueException if a column is not in the data set, fewer than two units have
   *     every value, or a column is constant over those units
   */
  public static PrincipalComponents of(DataSet data, List<String> columns) {
    ImmutableList<String> cols = ImmutableList.copyOf(columns);
    InvalidValueException.check(!cols.isEmpty(), "PrincipalComponents.columns",
        "needs at least one column");
    double[][] x = new double[cols.size()][];
    for (int j = 0; j < x.length; j++) {
      x[j] = data.column(cols.get(j));
    }
    List<Integer> complete = new ArrayList<>();
    for (int i = 0; i < data.units().size(); i++) {
      boolean all = true;
      for (double[] col : x) {
        all &= !Double.isNaN(col[i]);
      }
      if (all) {
        complete.add(i);
      }
    }
    InvalidValueException.check(complete.size() >= 2, "PrincipalComponents.data",
        "needs at least two units with every value of %s, had %s", cols, complete.size());
    int k = cols.size();
    double[][] z = new double[k][complete.size()];
    for (int j = 0; j < k; j++) {
      for (int r = 0; r < complete.size(); r++) {
        z[j][r] = x[j][complete.get(r)];
      }
      double sd = Stats.sd(z[j]);
      InvalidValueException.check(sd > 0, "PrincipalComponents.data",
          "column %s is constant over the %s complete units: it has no variance to analyse",
          cols.get(j), complete.size());
    }
    double[][] corr = new double[k][k];
    for (int a = 0; a < k; a++) {
      corr[a][a] = 1;
      for (int b = a + 1; b < k; b++) {
        corr[a][b] = Stats.pearson(z[a], z[b]);
        corr[b][a] = corr[a][b];
      }
    }
    Eigen e = Eigen.of(corr);
    double[] first = e.vectors()[0].clone();
    double sum = 0;
    for (double v : first) {
      sum += v;
    }
    boolean flip = sum < 0;
    if (sum == 0) {
      for (double v : first) {
        if (v != 0) {
          flip = v < 0;
          break;
        }
      }
    }
    if (flip) {
      for (int j = 0; j < k; j++) {
        first[j] = -first[j];
      }
    }
    ImmutableList<String> used = complete.stream().map(data.units()::get)
        .collect(ImmutableList.toImmutableList());
    return new PrincipalComponents(cols, used, ImmutableDoubleArray.copyOf(e.values()),
        ImmutableDoubleArray.copyOf(first));
  }

  /**
   * Returns the columns analysed, in order.
   *
   * @return the column codes
   */
  public ImmutableList<String> columns() {
    return columns;
  }

  /**
   * Returns the units the analysis used: those with every value present.
   *
   * @return the unit codes, in data set order
   */
  public ImmutableList<String> units() {
    return units;
  }

  /**
   * Returns the variances of the components (eigenvalues of the correlation matrix), largest
   * first; they sum to the number of columns.
   *
   * @return the eigenvalues
   */
  public ImmutableDoubleArray eigenvalues() {
    return eigenvalues;
  }

  /**
   * Returns the first component's loadings (R's {@code rotation[, 1]}: a unit vector), in column
   * order, oriented by the sign convention above.
   *
   * @return the loadings
   */
  public ImmutableDoubleArray loadings() {
    return loadings;
  }

  /**
   * Returns one column's first-component loading.
   *
   * @param column the column code
   * @return its loading
   * @throws InvalidValueException if the column was not analysed
   */
  public double loading(String column) {
    int j = columns.indexOf(column);
    InvalidValueException.check(j >= 0, "PrincipalComponents.column", "no column '%s' in %s",
        column, columns);
    return loadings.get(j);
  }

  /**
   * Returns the share of the total variance the first component explains (R's "Proportion of
   * Variance" of PC1): its eigenvalue over the number of columns.
   *
   * @return the share in [0, 1]
   */
  public double explainedVariance() {
    return eigenvalues.get(0) / columns.size();
  }

  /** Returns {@code "PrincipalComponents[3 columns, 51 units, PC1 62.1%]"}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "PrincipalComponents[%d columns, %d units,"
        + " PC1 %.1f%%]", columns.size(), units.size(), 100 * explainedVariance());
  }
}
