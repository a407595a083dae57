package io.github.inovasi.scoring.composite.analysis;

/**
 * A correlation between two columns over the units where both are present, with its two-sided
 * p-value (never blanked: the caller decides what is significant).
 *
 * @param first the first column code
 * @param second the second column code
 * @param method Pearson, Spearman or Kendall
 * @param coefficient the coefficient, {@code NaN} when undefined (constant column, n &lt; 3)
 * @param pValue the two-sided p-value of "no association", {@code NaN} when undefined
 * @param n the number of units with both values
 */
public record Correlation(String first, String second, Method method, double coefficient,
    double pValue, int n) {

  /** How the correlation is measured. */
  public enum Method {
    /** Pearson's product-moment r; p-value from Student's t with n − 2 degrees of freedom. */
    PEARSON,
    /** Spearman's rho (Pearson on ranks, ties averaged); p-value from the t approximation. */
    SPEARMAN,
    /** Kendall's tau-b; p-value from the normal approximation with the tie correction. */
    KENDALL
  }
}
