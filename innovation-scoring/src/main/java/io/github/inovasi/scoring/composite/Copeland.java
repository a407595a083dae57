package io.github.inovasi.scoring.composite;

import io.github.inovasi.model.InvalidValueException;

/**
 * The Copeland method for one group of indicators. The outranking matrix holds, for units i
 * and j, m(i, j) = Σ weights of the indicators where i is higher than j + ½·Σ weights where they
 * are equal (weights scaled to sum to one over the indicators both have). Unit i beats j when
 * m(i, j) &gt; ½; its Copeland score is the number of units it beats minus the number that beat
 * it. The dominance share (COINr's {@code fracDominant}) is the share of pairs in which one unit
 * dominates the other: m(i, j) = 1, higher on every indicator.
 *
 * <pre>{@code
 * Copeland c = Copeland.of(values, weights);
 * c.scores(); c.outranking(); c.dominanceShare();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Copeland {
  private final double[][] outranking;
  private final double[] scores;
  private final double dominanceShare;

  private Copeland(double[][] outranking, double[] scores, double dominanceShare) {
    this.outranking = outranking;
    this.scores = scores;
    this.dominanceShare = dominanceShare;
  }

  /**
   * Computes the outranking matrix and the scores.
   *
   * @param values {@code values[unit][indicator]}, {@code NaN} for missing
   * @param weights one non-negative weight per indicator
   * @return the Copeland result
   * @throws InvalidValueException when the shapes differ
   */
  public static Copeland of(double[][] values, double[] weights) {
    int n = values.length;
    double[][] m = new double[n][n];
    double[] scores = new double[n];
    int dominant = 0;
    for (int i = 0; i < n; i++) {
      InvalidValueException.check(values[i].length == weights.length, "Copeland.values",
          "row %s has %s values for %s weights", i, values[i].length, weights.length);
      for (int j = 0; j < n; j++) {
        if (i == j) {
          m[i][j] = Double.NaN;
          continue;
        }
        double total = 0;
        double score = 0;
        for (int k = 0; k < weights.length; k++) {
          double a = values[i][k];
          double b = values[j][k];
          if (Double.isNaN(a) || Double.isNaN(b)) {
            continue;
          }
          total += weights[k];
          score += a > b ? weights[k] : a == b ? weights[k] / 2 : 0;
        }
        m[i][j] = total == 0 ? Double.NaN : score / total;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i == j || Double.isNaN(m[i][j])) {
          continue;
        }
        if (m[i][j] == 1) {
          dominant++;
        }
        if (m[i][j] > 0.5) {
          scores[i]++;
        } else if (m[i][j] < 0.5) {
          scores[i]--;
        }
      }
    }
    double pairs = n * (n - 1) / 2.0;
    return new Copeland(m, scores, pairs == 0 ? Double.NaN : dominant / pairs);
  }

  /**
   * Returns the outranking matrix m(i, j) ({@code NaN} on the diagonal).
   *
   * @return a copy of the matrix
   */
  public double[][] outranking() {
    double[][] out = new double[outranking.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = outranking[i].clone();
    }
    return out;
  }

  /**
   * Returns each unit's Copeland score.
   *
   * @return a copy of the scores
   */
  public double[] scores() {
    return scores.clone();
  }

  /**
   * Returns the share of unit pairs in which one unit dominates the other: (cells equal to 1) /
   * (N(N − 1)/2).
   *
   * @return the dominance share
   */
  public double dominanceShare() {
    return dominanceShare;
  }
}
