package io.github.inovasi.scoring.composite.sensitivity;

import com.google.common.base.Throwables;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.ImmutableDoubleArray;
import com.google.common.util.concurrent.ExecutionError;
import com.google.common.util.concurrent.UncheckedExecutionException;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.scoring.composite.CompositeData;
import io.github.inovasi.scoring.composite.CompositeResult;
import io.github.inovasi.scoring.composite.DataSet;
import io.github.inovasi.scoring.composite.Recipe;
import io.github.inovasi.scoring.composite.Step;
import io.github.inovasi.scoring.composite.internal.RecipeState;
import io.github.inovasi.scoring.composite.internal.Stats;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Uncertainty and sensitivity analysis (COINr's {@code get_sensitivity}): the index is rebuilt
 * for sampled combinations of {@link UncertainInput}s. Uncertainty analysis gives each unit's
 * nominal, mean, median, 5 % and 95 % ranks over N runs. Sensitivity analysis uses the
 * matrices A and B (N × d) and A_B(i) (A with column i from B), N(d + 2) runs; the output per
 * run is the mean absolute rank change against the nominal ranks; V its variance over the runs
 * of A and B; first-order S_i = mean(y_B·(y_AB(i) − y_A))/V (Saltelli 2010) and total
 * ST_i = Σ(y_A − y_AB(i))²/(2N·V) (Jansen), over the complete blocks only (a block is row j
 * of A, B and every A_B(i); it is complete when all its runs succeed), with the outputs centred
 * on their mean first. Samples come from a seeded generator, so a result
 * is reproducible (or from the Sobol sequence, see {@link Sampling}); runs execute in parallel,
 * in the fork-join pool the call runs in (the common pool, or a pool of one's own when called
 * from one of its tasks), and the result is the same to the bit whatever the number of threads;
 * runs whose recipes begin with the same steps compute those steps once; a run that fails is
 * reported with its parameters, never dropped silently, and an analysis with fewer than half of
 * its runs (uncertainty) or blocks (sensitivity) usable is refused rather than estimated.
 *
 * <pre>{@code
 * SensitivityResult s = SensitivityAnalysis.sensitivity(data, recipe,
 *     List.of(winmax, aggregation), 100, 42L, "Index");
 * s.firstOrder("winmax");   // 0.412 [0.351, 0.470], or flagged when outside [0, 1]
 * s.usableBlocks(); s.failures();
 * }</pre>
 */
public final class SensitivityAnalysis {
  private SensitivityAnalysis() {}

  /** How the samples u in [0, 1) are drawn. */
  public enum Sampling {
    /** Pseudo-random from the seed (COINr's choice). */
    RANDOM,
    /**
     * The Sobol quasi-random sequence (Joe–Kuo direction numbers, first point skipped): even
     * coverage with fewer runs; up to 1000 dimensions (d inputs need d for uncertainty, 2d for
     * sensitivity). The seed then drives only the bootstrap.
     */
    SOBOL
  }

  /** The least share of N that must be usable (complete runs or blocks) for a result. */
  static final double MINIMUM_USABLE_SHARE = 0.5;

  /**
   * Runs an uncertainty analysis: N random combinations of the inputs.
   *
   * @param data the data
   * @param nominal the nominal recipe
   * @param inputs the uncertain inputs
   * @param n the number of runs, at least 2
   * @param seed the seed of the sample
   * @param column the column whose ranks are studied, e.g. {@code "Index"}
   * @return each unit's rank statistics, every run's ranks and any failed run
   * @throws InvalidValueException when fewer than half of the runs succeed
   */
  public static UncertaintyResult uncertainty(CompositeData data, Recipe nominal,
      List<UncertainInput> inputs, int n, long seed, String column) {
    return uncertainty(data, nominal, inputs, n, Sampling.RANDOM, seed, column);
  }

  /**
   * Runs an uncertainty analysis with a choice of sampling.
   *
   * @param data the data
   * @param nominal the nominal recipe
   * @param inputs the uncertain inputs
   * @param n the number of runs, at least 2
   * @param sampling random or Sobol
   * @param seed the seed of a random sample
   * @param column the column whose ranks are studied, e.g. {@code "Index"}
   * @return each unit's rank statistics, every run's ranks and any failed run
   * @throws InvalidValueException when fewer than half of the runs succeed, or Sobol sampling
   *     would need more dimensions than {@link Sobol} has
   */
  public static UncertaintyResult uncertainty(CompositeData data, Recipe nominal,
      List<UncertainInput> inputs, int n, Sampling sampling, long seed, String column) {
    return uncertainty(data, nominal, plan(inputs, n, sampling, seed, column, 0),
        ProgressListener.NONE);
  }

  /**
   * Runs an uncertainty analysis as planned: N combinations of the inputs. The statistics are
   * computed over the runs that succeeded; every failed run is kept with its parameters, and
   * an analysis in which fewer than half of the runs succeed is refused.
   *
   * @param data the data
   * @param nominal the nominal recipe
   * @param plan the inputs, N, seed, sampling, target and threads
   * @param progress hears each finished run
   * @return each unit's rank statistics, every run's ranks and any failed run
   * @throws InvalidValueException when fewer than half of the runs succeed, or Sobol sampling
   *     would need more dimensions than available
   */
  public static UncertaintyResult uncertainty(CompositeData data, Recipe nominal,
      AnalysisPlan plan, ProgressListener progress) {
    int n = plan.n();
    int d = plan.inputs().size();
    double[][] x = plan.sampling() == Sampling.SOBOL ? Sobol.points(n, d, 1)
        : sample(n, d, new SplittableRandom(plan.seed()));
    String[] design = new String[n];
    Arrays.fill(design, "sample");
    return inPool(plan, () -> {
      CompositeResult base = nominal.run(data);
      List<Run> runs = run(data, nominal, plan.inputs(), x, design, n, plan.target(), base,
          progress);
      int usable = (int) runs.stream().filter(r -> r.failure().isEmpty()).count();
      requireUsable(usable, n, "runs", runs);
      return UncertaintyResult.of(base, plan.target(), runs);
    });
  }

  /**
   * Runs a sensitivity analysis: N(d + 2) runs of the A, B and A_B(i) designs, without
   * bootstrap intervals.
   *
   * @param data the data
   * @param nominal the nominal recipe
   * @param inputs the uncertain inputs, at least two
   * @param n N, at least 2
   * @param seed the seed of the sample
   * @param column the column whose ranks are studied, e.g. {@code "Index"}
   * @return the sensitivity indices, the rank statistics over A and B, and any failed run
   * @throws InvalidValueException when fewer than half of the blocks are complete
   */
  public static SensitivityResult sensitivity(CompositeData data, Recipe nominal,
      List<UncertainInput> inputs, int n, long seed, String column) {
    return sensitivity(data, nominal, inputs, n, seed, column, 0);
  }

  /**
   * Runs a sensitivity analysis: N(d + 2) runs of the A, B and A_B(i) designs, with 5–95 %
   * bootstrap intervals of the indices (the complete blocks resampled with replacement).
   *
   * @param data the data
   * @param nominal the nominal recipe
   * @param inputs the uncertain inputs, at least two
   * @param n N, at least 2
   * @param seed the seed of the sample and of the bootstrap
   * @param column the column whose ranks are studied, e.g. {@code "Index"}
   * @param bootstrap the number of bootstrap resamples; 0 for none
   * @return the sensitivity indices with intervals, the rank statistics over A and B, and any
   *     failed run
   * @throws InvalidValueException when fewer than half of the blocks are complete
   */
  public static SensitivityResult sensitivity(CompositeData data, Recipe nominal,
      List<UncertainInput> inputs, int n, long seed, String column, int bootstrap) {
    return sensitivity(data, nominal, inputs, n, Sampling.RANDOM, seed, column, bootstrap);
  }

  /**
   * Runs a sensitivity analysis with a choice of sampling.
   *
   * @param data the data
   * @param nominal the nominal recipe
   * @param inputs the uncertain inputs, at least two
   * @param n N, at least 2
   * @param sampling random or Sobol
   * @param seed the seed of a random sample and of the bootstrap
   * @param column the column whose ranks are studied, e.g. {@code "Index"}
   * @param bootstrap the number of bootstrap resamples; 0 for none
   * @return the sensitivity indices, the rank statistics over A and B, and any failed run
   * @throws InvalidValueException when fewer than half of the blocks are complete, or Sobol
   *     sampling would need more dimensions than available
   */
  public static SensitivityResult sensitivity(CompositeData data, Recipe nominal,
      List<UncertainInput> inputs, int n, Sampling sampling, long seed, String column,
      int bootstrap) {
    return sensitivity(data, nominal, plan(inputs, n, sampling, seed, column, bootstrap),
        ProgressListener.NONE);
  }

  /**
   * Runs a sensitivity analysis as planned: N(d + 2) runs of the A, B and A_B(i) designs (with
   * Sobol sampling, A and B are the two halves of a 2d-dimensional Sobol point). A block (row j
   * of A, of B and of every A_B(i)) counts only when all its runs succeed: V, S_i and ST_i and
   * their bootstrap intervals are computed from the complete blocks only, their number is part
   * of the result, and an analysis with fewer than half of its blocks complete is refused.
   *
   * @param data the data
   * @param nominal the nominal recipe
   * @param plan the inputs (at least two), N, seed, sampling, target, bootstrap and threads
   * @param progress hears each finished run
   * @return the sensitivity indices, the rank statistics over A and B, and every failed run
   * @throws InvalidValueException when fewer than half of the blocks are complete, when no run
   *     changes the output (every index would be 0/0), or Sobol sampling would need more
   *     dimensions than available
   */
  public static SensitivityResult sensitivity(CompositeData data, Recipe nominal,
      AnalysisPlan plan, ProgressListener progress) {
    List<UncertainInput> inputs = plan.inputs();
    int n = plan.n();
    int d = inputs.size();
    InvalidValueException.check(d >= 2, "SensitivityAnalysis.inputs",
        "needs at least 2 uncertain inputs, had %s", d);
    SplittableRandom random = new SplittableRandom(plan.seed());
    double[][] a;
    double[][] b;
    if (plan.sampling() == Sampling.SOBOL) {
      double[][] points = Sobol.points(n, 2 * d, 1);
      a = Arrays.stream(points).map(p -> Arrays.copyOfRange(p, 0, d)).toArray(double[][]::new);
      b = Arrays.stream(points).map(p -> Arrays.copyOfRange(p, d, 2 * d))
          .toArray(double[][]::new);
    } else {
      a = sample(n, d, random);
      b = sample(n, d, random);
    }
    double[][] all = design(a, b);
    String[] design = new String[all.length];
    Arrays.fill(design, 0, n, "A");
    Arrays.fill(design, n, 2 * n, "B");
    for (int i = 0; i < d; i++) {
      Arrays.fill(design, (2 + i) * n, (3 + i) * n, "A_B(" + inputs.get(i).name() + ")");
    }
    return inPool(plan, () -> {
      CompositeResult base = nominal.run(data);
      List<Run> runs = run(data, nominal, inputs, all, design, n, plan.target(), base, progress);
      double[] y = runs.stream().mapToDouble(r -> r.meanAbsoluteRankChange().orElse(Double.NaN))
          .toArray();
      int[] rows = completeBlocks(y, n, d);
      requireUsable(rows.length, n, "blocks", runs);
      Estimates estimate = Estimates.of(y, n, d, rows);
      InvalidValueException.check(estimate.variance() > 0, "SensitivityAnalysis.variance",
          "NO_VARIANCE", Label.of("Tidak ada masukan yang mengubah peringkat " + plan.target()
              + " pada satu pun run: setiap indeks sensitivitas tak terdefinisi (0/0)",
              "No input changes the ranks of " + plan.target() + " in any run: every"
                  + " sensitivity index is undefined (0/0)"), null);
      double[][][] draws = new double[2][d][plan.bootstrap()];
      for (int k = 0; k < plan.bootstrap(); k++) {
        int[] resample = new int[rows.length];
        for (int j = 0; j < rows.length; j++) {
          resample[j] = rows[random.nextInt(rows.length)];
        }
        Estimates e = Estimates.of(y, n, d, resample);
        for (int i = 0; i < d; i++) {
          draws[0][i][k] = e.first()[i];
          draws[1][i][k] = e.total()[i];
        }
      }
      ImmutableList.Builder<InputSensitivity> indices = ImmutableList.builder();
      for (int i = 0; i < d; i++) {
        indices.add(new InputSensitivity(inputs.get(i).name(),
            new SensitivityIndex(estimate.first()[i], interval(draws[0][i])),
            new SensitivityIndex(estimate.total()[i], interval(draws[1][i]))));
      }
      return new SensitivityResult(plan.target(), indices.build(), estimate.variance(), n,
          rows.length, UncertaintyResult.of(base, plan.target(), runs.subList(0, 2 * n)),
          runs.stream().filter(r -> r.failure().isPresent())
              .collect(ImmutableList.toImmutableList()));
    });
  }

  private static AnalysisPlan plan(List<UncertainInput> inputs, int n, Sampling sampling,
      long seed, String column, int bootstrap) {
    return AnalysisPlan.builder().addAllInputs(inputs).n(n).sampling(sampling).seed(seed)
        .target(column).bootstrap(bootstrap).build();
  }

  /** The runs of A (rows 0..N-1), B (N..2N-1) and each A_B(i) ((2 + i)N + j). */
  static double[][] design(double[][] a, double[][] b) {
    int n = a.length;
    int d = n == 0 ? 0 : a[0].length;
    double[][] all = new double[n * (d + 2)][];
    for (int j = 0; j < n; j++) {
      all[j] = a[j];
      all[n + j] = b[j];
      for (int i = 0; i < d; i++) {
        double[] ab = a[j].clone();
        ab[i] = b[j][i];
        all[(2 + i) * n + j] = ab;
      }
    }
    return all;
  }

  /** The rows j whose outputs in A, B and every A_B(i) are all defined. */
  static int[] completeBlocks(double[] y, int n, int d) {
    return IntStream.range(0, n).filter(j -> IntStream.range(0, d + 2)
        .allMatch(m -> Double.isFinite(y[m * n + j]))).toArray();
  }

  private static void requireUsable(int usable, int n, String what, List<Run> runs) {
    if (usable >= 2 && usable >= MINIMUM_USABLE_SHARE * n) {
      return;
    }
    String first = runs.stream().filter(r -> r.failure().isPresent()).findFirst()
        .map(Run::toString).orElse("");
    String kata = what.equals("runs") ? "run" : "blok";
    throw new InvalidValueException("SensitivityAnalysis." + what, "TOO_FEW_USABLE_RUNS",
        Label.of("Hanya " + usable + " dari " + n + " " + kata + " yang dapat dipakai (paling"
            + " sedikit separuh diperlukan): hasilnya tidak akan dapat dipercaya. Keluarkan atau"
            + " perbaiki pilihan yang gagal; yang pertama: " + first,
            "Only " + usable + " of " + n + " " + what + " are usable (at least half are"
            + " needed): the result could not be trusted. Remove or repair the failing choice;"
            + " the first: " + first), usable);
  }

  private static Optional<SensitivityIndex.Interval> interval(double[] draws) {
    double[] sorted = Arrays.stream(draws).filter(Double::isFinite).sorted().toArray();
    if (sorted.length == 0) {
      return Optional.empty();
    }
    return Optional.of(new SensitivityIndex.Interval(UncertaintyResult.quantile(sorted, 0.05),
        UncertaintyResult.quantile(sorted, 0.95)));
  }

  /**
   * V, S_i and ST_i over the given blocks (indices into 0..N-1, repeats allowed): the outputs
   * are centred on their mean over A and B first, which leaves the estimands unchanged and
   * lowers the estimators' variance.
   */
  record Estimates(double variance, double[] first, double[] total) {
    static Estimates of(double[] y, int n, int d, int[] rows) {
      int m = rows.length;
      double mean = 0;
      for (int j : rows) {
        mean += y[j] + y[n + j];
      }
      mean /= 2.0 * m;
      double v = 0;
      for (int j : rows) {
        v += (y[j] - mean) * (y[j] - mean) + (y[n + j] - mean) * (y[n + j] - mean);
      }
      v /= 2.0 * m - 1;
      double[] first = new double[d];
      double[] total = new double[d];
      for (int i = 0; i < d; i++) {
        double s = 0;
        double st = 0;
        for (int j : rows) {
          double ya = y[j];
          double yb = y[n + j] - mean;
          double yab = y[(2 + i) * n + j];
          s += yb * (yab - ya);
          st += (ya - yab) * (ya - yab);
        }
        first[i] = s / m / v;
        total[i] = st / (2.0 * m * v);
      }
      return new Estimates(v, first, total);
    }
  }

  private static <T> T inPool(AnalysisPlan plan, Supplier<T> body) {
    if (plan.threads().isEmpty()) {
      return body.get();
    }
    ForkJoinPool pool = new ForkJoinPool(plan.threads().getAsInt());
    try {
      return pool.submit(body::get).get();
    } catch (ExecutionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    } finally {
      pool.shutdownNow();
    }
  }

  private static double[][] sample(int n, int d, SplittableRandom random) {
    double[][] x = new double[n][d];
    for (double[] row : x) {
      for (int i = 0; i < d; i++) {
        row[i] = random.nextDouble();
      }
    }
    return x;
  }

  private static List<Run> run(CompositeData data, Recipe nominal, List<UncertainInput> inputs,
      double[][] samples, String[] design, int n, String column, CompositeResult base,
      ProgressListener progress) {
    List<String> units = base.scores().units();
    double[] nominalRanks = base.ranks().column(column);
    StateCache states = new StateCache(data);
    Run[] out = new Run[samples.length];
    AtomicInteger done = new AtomicInteger();
    IntStream.range(0, samples.length).parallel().forEach(k -> {
      ImmutableMap.Builder<String, String> parameters = ImmutableMap.builder();
      for (int i = 0; i < inputs.size(); i++) {
        parameters.put(inputs.get(i).name(), inputs.get(i).describe(samples[k][i]));
      }
      ImmutableDoubleArray sample = ImmutableDoubleArray.copyOf(samples[k]);
      try {
        Recipe r = nominal;
        for (int i = 0; i < inputs.size(); i++) {
          r = inputs.get(i).apply(r, samples[k][i]);
        }
        DataSet scores = states.scores(r);
        double[] rank = Stats.rank(scores.column(column), true);
        Map<String, Integer> rows = rows(scores);
        double[] ranks = new double[units.size()];
        double sum = 0;
        int m = 0;
        for (int u = 0; u < ranks.length; u++) {
          Integer row = rows.get(units.get(u));
          ranks[u] = row != null ? rank[row] : Double.NaN;
          if (!Double.isNaN(ranks[u]) && !Double.isNaN(nominalRanks[u])) {
            sum += Math.abs(ranks[u] - nominalRanks[u]);
            m++;
          }
        }
        out[k] = new Run(k, design[k], k % n, sample, parameters.build(),
            ImmutableDoubleArray.copyOf(ranks),
            m == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / m), Optional.empty());
      } catch (InovasiException | ArithmeticException e) {
        out[k] = new Run(k, design[k], k % n, sample, parameters.build(),
            ImmutableDoubleArray.of(), OptionalDouble.empty(),
            Optional.of(String.valueOf(e.getMessage())));
      }
      progress.progress(done.incrementAndGet(), samples.length);
    });
    return List.of(out);
  }

  private static Map<String, Integer> rows(DataSet scores) {
    Map<String, Integer> rows = new HashMap<>();
    for (int i = 0; i < scores.units().size(); i++) {
      rows.put(scores.units().get(i), i);
    }
    return rows;
  }

  /**
   * The states after the first steps of the runs' recipes, kept so that runs whose recipes
   * begin with the same steps (the steps no uncertain input changes, or the same choice of an
   * input) compute them once. Steps are values, so equal steps on the same data write equal
   * data sets and every result is the same as without the cache, whatever the thread count.
   * The last step of a recipe is not kept (it usually differs from run to run), and the cache
   * is bounded by the cells it holds.
   */
  private static final class StateCache {
    private static final long MAX_CELLS = 4_000_000;
    private final RecipeState start;
    private final Cache<ImmutableList<Step>, RecipeState> states = CacheBuilder.newBuilder()
        .maximumWeight(MAX_CELLS)
        .<ImmutableList<Step>, RecipeState>weigher((k, v) -> v.lastCells())
        .build();

    StateCache(CompositeData data) {
      this.start = RecipeState.start(data);
    }

    /** The last data set a recipe writes. */
    DataSet scores(Recipe recipe) {
      ImmutableList<Step> steps = recipe.steps();
      if (steps.isEmpty()) {
        return start.lastDataSet();
      }
      return before(steps.subList(0, steps.size() - 1)).then(steps.get(steps.size() - 1))
          .lastDataSet();
    }

    private RecipeState before(ImmutableList<Step> steps) {
      if (steps.isEmpty()) {
        return start;
      }
      try {
        return states.get(steps, () -> before(steps.subList(0, steps.size() - 1))
            .then(steps.get(steps.size() - 1)));
      } catch (ExecutionException | UncheckedExecutionException | ExecutionError e) {
        Throwables.throwIfUnchecked(e.getCause());
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  /**
   * One run of an analysis, with the parameters it was run with.
   *
   * @param index the run's number, from 0
   * @param design the design it belongs to: {@code sample} (uncertainty analysis), {@code A},
   *     {@code B} or {@code A_B(input)}
   * @param row its row in the design, from 0
   * @param sample the sample u of each input
   * @param parameters each input's choice, by input name in input order
   * @param ranks each unit's rank on the column, in the nominal unit order ({@code NaN} for a
   *     unit without a rank); empty when the run failed
   * @param meanAbsoluteRankChange the mean absolute change against the nominal ranks; empty
   *     when the run failed or no unit has both ranks
   * @param failure why the run failed, if it did
   */
  public record Run(int index, String design, int row, ImmutableDoubleArray sample,
      ImmutableMap<String, String> parameters, ImmutableDoubleArray ranks,
      OptionalDouble meanAbsoluteRankChange, Optional<String> failure) {
    /**
     * Checks the parts.
     *
     * @param index the run's number
     * @param design the design
     * @param row the row in the design
     * @param sample the samples
     * @param parameters the choices
     * @param ranks the ranks
     * @param meanAbsoluteRankChange the mean absolute rank change
     * @param failure why it failed
     * @throws InvalidValueException when the parts do not fit together
     */
    public Run {
      Objects.requireNonNull(design, "design");
      Objects.requireNonNull(failure, "failure");
      InvalidValueException.check(sample.length() == parameters.size(), "Run.parameters",
          "needs one parameter per sample, had %s for %s", parameters.size(), sample.length());
      InvalidValueException.check(failure.isEmpty() || (ranks.isEmpty()
          && meanAbsoluteRankChange.isEmpty()), "Run.failure",
          "a failed run has no ranks and no output");
    }

    /**
     * Returns the run readably: number, design, parameters and outcome.
     *
     * @return e.g. {@code run 17 (A_B(winmax), row 3): winmax = alternative 5 of 5, ...:
     *     failed: ...}
     */
    @Override
    public String toString() {
      StringBuilder out = new StringBuilder("run ").append(index).append(" (").append(design)
          .append(", row ").append(row).append("): ");
      out.append(parameters.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
          .collect(java.util.stream.Collectors.joining(", ")));
      if (failure.isPresent()) {
        out.append(": failed: ").append(failure.get());
      } else {
        out.append(": mean absolute rank change ").append(meanAbsoluteRankChange.isPresent()
            ? String.format(Locale.ROOT, "%.4f", meanAbsoluteRankChange.getAsDouble()) : "none");
      }
      return out.toString();
    }
  }
}
