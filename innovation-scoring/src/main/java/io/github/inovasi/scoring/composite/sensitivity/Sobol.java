package io.github.inovasi.scoring.composite.sensitivity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.inovasi.model.InvalidValueException;

/**
 * The unscrambled Sobol sequence in Gray-code order with the Joe–Kuo direction numbers
 * (new-joe-kuo-6.1000, a resource next to this class with its licence and provenance), up to
 * 1000 dimensions: the quasi-random points of a sensitivity design. The file is checked on load
 * (dimension numbers in order, degree and coefficient in range, odd initial numbers m_i below
 * 2^i).
 */
final class Sobol {
  static final int MAX_DIMENSIONS = 1000;
  private static final int BITS = 32;
  private static final String RESOURCE = "new-joe-kuo-6.1000";
  /** Per dimension from the second: degree s, coefficients a, initial numbers m. */
  private static final int[][] DIRECTIONS = load();

  private static int[][] load() {
    InputStream in = Sobol.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("Missing resource " + RESOURCE);
    }
    List<int[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in,
        StandardCharsets.US_ASCII))) {
      String header = r.readLine();
      check(header != null && header.trim().startsWith("d"), 1, "header d s a m_i");
      int line = 1;
      for (String text; (text = r.readLine()) != null; ) {
        line++;
        String[] f = text.trim().split("\\s+");
        check(f.length >= 4, line, "d s a m_1 ...");
        int[] v = Arrays.stream(f).mapToInt(Integer::parseInt).toArray();
        int s = v[1];
        check(v[0] == line && s >= 1 && s <= BITS && v.length == 3 + s, line,
            "dimension " + line + " with s numbers m_i");
        check(v[2] >= 0 && v[2] < (1 << (s - 1)), line, "a in [0, 2^(s-1))");
        for (int i = 1; i <= s; i++) {
          check(v[2 + i] % 2 == 1 && v[2 + i] < (1 << i), line, "odd m_i < 2^i");
        }
        rows.add(Arrays.copyOfRange(v, 1, v.length));
      }
      check(rows.size() == MAX_DIMENSIONS - 1, line, MAX_DIMENSIONS + " dimensions");
    } catch (IOException | NumberFormatException e) {
      throw new IllegalStateException("Cannot read " + RESOURCE, e);
    }
    return rows.toArray(int[][]::new);
  }

  private static void check(boolean ok, int line, String expected) {
    if (!ok) {
      throw new IllegalStateException(RESOURCE + " line " + line + ": expected " + expected);
    }
  }

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
