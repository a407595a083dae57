package io.github.inovasi.scoring.composite.analysis;

/** Two-sided p-values from Student's t and the standard normal distribution. */
final class Distributions {
  private Distributions() {}

  /** P(|T| ≥ |t|) for Student's t with {@code df} degrees of freedom. */
  static double twoSidedT(double t, double df) {
    if (Double.isNaN(t) || df <= 0) {
      return Double.NaN;
    }
    if (Double.isInfinite(t)) {
      return 0;
    }
    return regularizedBeta(df / (df + t * t), df / 2, 0.5);
  }

  /** P(|Z| ≥ |z|) for the standard normal. */
  static double twoSidedNormal(double z) {
    if (Double.isNaN(z)) {
      return Double.NaN;
    }
    return erfc(Math.abs(z) / Math.sqrt(2));
  }

  /** Complementary error function, as the regularized upper incomplete gamma Q(1/2, x²). */
  private static double erfc(double x) {
    return x == 0 ? 1 : upperGamma(0.5, x * x);
  }

  private static double upperGamma(double a, double x) {
    double lnGammaA = lnGamma(a);
    if (x < a + 1) {
      double sum = 1 / a;
      double term = sum;
      for (int n = 1; n < 1000; n++) {
        term *= x / (a + n);
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * 1e-16) {
          break;
        }
      }
      return 1 - sum * Math.exp(-x + a * Math.log(x) - lnGammaA);
    }
    double b = x + 1 - a;
    double c = 1 / 1e-300;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < 1000; i++) {
      double an = -i * (i - a);
      b += 2;
      d = an * d + b;
      d = Math.abs(d) < 1e-300 ? 1e-300 : d;
      c = b + an / c;
      c = Math.abs(c) < 1e-300 ? 1e-300 : c;
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < 1e-16) {
        break;
      }
    }
    return Math.exp(-x + a * Math.log(x) - lnGammaA) * h;
  }

  /** I_x(a, b), the regularized incomplete beta function, by Lentz's continued fraction. */
  static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    if (x > (a + 1) / (a + b + 2)) {
      return 1 - regularizedBeta(1 - x, b, a);
    }
    double lnFront = lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x)
        + b * Math.log(1 - x);
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = Math.abs(d) < 1e-300 ? 1e-300 : d;
    d = 1 / d;
    double h = d;
    for (int m = 1; m < 10_000; m++) {
      double m2 = 2.0 * m;
      double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
      d = 1 + aa * d;
      d = Math.abs(d) < 1e-300 ? 1e-300 : d;
      c = 1 + aa / c;
      c = Math.abs(c) < 1e-300 ? 1e-300 : c;
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
      d = 1 + aa * d;
      d = Math.abs(d) < 1e-300 ? 1e-300 : d;
      c = 1 + aa / c;
      c = Math.abs(c) < 1e-300 ? 1e-300 : c;
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < 1e-15) {
        break;
      }
    }
    return Math.exp(lnFront) * h / a;
  }

  /** ln Γ(x) for x &gt; 0 (Lanczos, g = 7, n = 9). */
  static double lnGamma(double x) {
    double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7};
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
    }
    double y = x - 1;
    double a = g[0];
    double t = y + 7.5;
    for (int i = 1; i < 9; i++) {
      a += g[i] / (y + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
  }
}
