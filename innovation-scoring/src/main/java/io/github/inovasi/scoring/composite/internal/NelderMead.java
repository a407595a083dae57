package io.github.inovasi.scoring.composite.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/**
 * Minimises a function of a few variables by the Nelder–Mead simplex (R's {@code optim}
 * default, which COINr's weight optimisation uses), deterministically: the same start gives the
 * same point (this package is not exported). A NaN value counts as +∞.
 */
public final class NelderMead {
  private NelderMead() {}

  /**
   * Minimises {@code f} from {@code start}.
   *
   * @param f the function
   * @param start the starting point (at least one variable)
   * @param step the size of the first simplex along each axis
   * @param maxEvaluations the evaluation budget
   * @return the best point found
   */
  public static double[] minimise(ToDoubleFunction<double[]> f, double[] start, double step,
      int maxEvaluations) {
    int n = start.length;
    double[][] p = new double[n + 1][];
    double[] v = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      p[i] = start.clone();
      if (i > 0) {
        p[i][i - 1] += step;
      }
      v[i] = value(f, p[i]);
    }
    int evaluations = n + 1;
    Integer[] order = new Integer[n + 1];
    while (evaluations < maxEvaluations) {
      for (int i = 0; i <= n; i++) {
        order[i] = i;
      }
      double[] vs = v;
      Arrays.sort(order, Comparator.comparingDouble(i -> vs[i]));
      int best = order[0];
      int worst = order[n];
      int second = order[n - 1];
      if (Math.abs(v[worst] - v[best]) <= 1e-15 * (Math.abs(v[best]) + 1e-300)
          || spread(p) < 1e-12) {
        break;
      }
      double[] centre = new double[n];
      for (int i = 0; i <= n; i++) {
        if (i != worst) {
          for (int j = 0; j < n; j++) {
            centre[j] += p[i][j] / n;
          }
        }
      }
      double[] reflected = along(centre, p[worst], -1);
      double fr = value(f, reflected);
      evaluations++;
      if (fr < v[best]) {
        double[] expanded = along(centre, p[worst], -2);
        double fe = value(f, expanded);
        evaluations++;
        if (fe < fr) {
          p[worst] = expanded;
          v[worst] = fe;
        } else {
          p[worst] = reflected;
          v[worst] = fr;
        }
      } else if (fr < v[second]) {
        p[worst] = reflected;
        v[worst] = fr;
      } else {
        double[] contracted = fr < v[worst] ? along(centre, reflected, 0.5)
            : along(centre, p[worst], 0.5);
        double fc = value(f, contracted);
        evaluations++;
        if (fc < Math.min(fr, v[worst])) {
          p[worst] = contracted;
          v[worst] = fc;
        } else {
          for (int i = 0; i <= n; i++) {
            if (i != best) {
              p[i] = along(p[best], p[i], 0.5);
              v[i] = value(f, p[i]);
              evaluations++;
            }
          }
        }
      }
    }
    int best = 0;
    for (int i = 1; i <= n; i++) {
      if (v[i] < v[best]) {
        best = i;
      }
    }
    return p[best].clone();
  }

  /** Returns {@code from + t·(to − from)}. */
  private static double[] along(double[] from, double[] to, double t) {
    double[] out = new double[from.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = from[j] + t * (to[j] - from[j]);
    }
    return out;
  }

  private static double spread(double[][] p) {
    double s = 0;
    for (double[] q : p) {
      for (int j = 0; j < q.length; j++) {
        s = Math.max(s, Math.abs(q[j] - p[0][j]));
      }
    }
    return s;
  }

  private static double value(ToDoubleFunction<double[]> f, double[] x) {
    double y = f.applyAsDouble(x);
    return Double.isNaN(y) ? Double.POSITIVE_INFINITY : y;
  }
}
