package io.github.inovasi.scoring.composite.sensitivity;

import io.github.inovasi.model.InvalidValueException;

/**
 * The unscrambled Sobol sequence in Gray-code order with the Joe–Kuo direction numbers
 * (new-joe-kuo-6.21201), up to 16 dimensions: the quasi-random points of a sensitivity design.
 */
final class Sobol {
  static final int MAX_DIMENSIONS = 16;
  private static final int BITS = 32;
  /** Per dimension from the second: degree s, coefficients a, initial numbers m. */
  private static final int[][] DIRECTIONS = {
    {1, 0, 1}, {2, 1, 1, 3}, {3, 1, 1, 3, 1}, {3, 2, 1, 1, 1}, {4, 1, 1, 1, 3, 3},
    {4, 4, 1, 3, 5, 13}, {5, 2, 1, 1, 5, 5, 17}, {5, 4, 1, 1, 5, 5, 5}, {5, 7, 1, 1, 7, 11, 19},
    {5, 11, 1, 1, 5, 1, 1}, {5, 13, 1, 1, 1, 3, 11}, {5, 14, 1, 3, 5, 5, 31},
    {6, 1, 1, 3, 3, 9, 7, 49}, {6, 13, 1, 1, 1, 15, 21, 21}, {6, 16, 1, 3, 1, 13, 27, 49}
  };

  private Sobol() {}

  /**
   * Returns the first {@code n} points after {@code skip} points (the first point of the
   * sequence is the origin).
   */
  static double[][] points(int n, int dimensions, int skip) {
    InvalidValueException.check(dimensions >= 1 && dimensions <= MAX_DIMENSIONS,
        "Sobol.dimensions", "Sobol sampling supports 1 to %s dimensions, was %s",
        MAX_DIMENSIONS, dimensions);
    long[][] v = new long[dimensions][BITS + 1];
    for (int i = 1; i <= BITS; i++) {
      v[0][i] = 1L << (BITS - i);
    }
    for (int j = 1; j < dimensions; j++) {
      int[] d = DIRECTIONS[j - 1];
      int s = d[0];
      int a = d[1];
      for (int i = 1; i <= Math.min(s, BITS); i++) {
        v[j][i] = (long) d[1 + i] << (BITS - i);
      }
      for (int i = s + 1; i <= BITS; i++) {
        v[j][i] = v[j][i - s] ^ (v[j][i - s] >> s);
        for (int k = 1; k < s; k++) {
          v[j][i] ^= ((a >> (s - 1 - k)) & 1) * v[j][i - k];
        }
      }
    }
    double[][] out = new double[n][dimensions];
    long[] x = new long[dimensions];
    for (int index = 1; index < skip + n; index++) {
      int c = Long.numberOfTrailingZeros(~((long) index - 1)) + 1;
      for (int j = 0; j < dimensions; j++) {
        x[j] ^= v[j][c];
      }
      if (index >= skip) {
        for (int j = 0; j < dimensions; j++) {
          out[index - skip][j] = x[j] / (double) (1L << BITS);
        }
      }
    }
    return out;
  }
}
