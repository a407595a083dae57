package io.github.inovasi.io.coin;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.scoring.composite.Framework;
import io.github.inovasi.scoring.composite.sensitivity.AnalysisPlan;
import io.github.inovasi.scoring.composite.sensitivity.SensitivityAnalysis;
import io.github.inovasi.scoring.composite.sensitivity.UncertainInput;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An uncertainty or sensitivity analysis declared in a recipe file (its {@code analysis}
 * object, {@code docs/composite.md}): the uncertain inputs as JSON, N, seed, sampling, target
 * and bootstrap, so that an analysis is a file that can be shared and rerun. Read by
 * {@link RecipeJson#readDocument}, already checked; {@link #plan} makes the engine's
 * {@link AnalysisPlan} for a framework (noisy weights perturb the framework's weights).
 * Immutable, compared by value.
 */
public final class RecipeAnalysis {
  private final String target;
  private final int n;
  private final long seed;
  private final SensitivityAnalysis.Sampling sampling;
  private final int bootstrap;
  private final ImmutableList<AnalysisNodes.Declared> inputs;

  RecipeAnalysis(String target, int n, long seed, SensitivityAnalysis.Sampling sampling,
      int bootstrap, ImmutableList<AnalysisNodes.Declared> inputs) {
    this.target = Objects.requireNonNull(target, "target");
    this.n = n;
    this.seed = seed;
    this.sampling = Objects.requireNonNull(sampling, "sampling");
    this.bootstrap = bootstrap;
    this.inputs = Objects.requireNonNull(inputs, "inputs");
  }

  /**
   * Returns the column whose ranks are studied.
   *
   * @return the target, {@code "Index"} unless declared
   */
  public String target() {
    return target;
  }

  /**
   * Returns N.
   *
   * @return the runs of an uncertainty analysis, the rows of A and B of a sensitivity analysis
   */
  public int n() {
    return n;
  }

  /**
   * Returns the seed.
   *
   * @return the seed of a random sample and of the bootstrap
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the sampling.
   *
   * @return random or Sobol
   */
  public SensitivityAnalysis.Sampling sampling() {
    return sampling;
  }

  /**
   * Returns the bootstrap resamples of a sensitivity analysis.
   *
   * @return the resamples, 0 for none
   */
  public int bootstrap() {
    return bootstrap;
  }

  /**
   * Returns the names of the declared inputs, in order.
   *
   * @return the names
   */
  public ImmutableList<String> inputNames() {
    return inputs.stream().map(AnalysisNodes.Declared::name)
        .collect(ImmutableList.toImmutableList());
  }

  ImmutableList<AnalysisNodes.Declared> declared() {
    return inputs;
  }

  /**
   * Returns the engine's plan for a framework.
   *
   * @param framework the framework of the data analysed (for noisy weights)
   * @param threads the thread count, or empty for the pool the analysis runs in
   * @return the plan
   */
  public AnalysisPlan plan(Framework framework, OptionalInt threads) {
    ImmutableList<UncertainInput> built = inputs.stream().map(i -> i.input(framework))
        .collect(ImmutableList.toImmutableList());
    return AnalysisPlan.builder().addAllInputs(built).n(n).seed(seed).sampling(sampling)
        .target(target).bootstrap(bootstrap).threads(threads).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecipeAnalysis other && target.equals(other.target) && n == other.n
        && seed == other.seed && sampling == other.sampling && bootstrap == other.bootstrap
        && inputs.equals(other.inputs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(target, n, seed, sampling, bootstrap, inputs);
  }

  @Override
  public String toString() {
    return "RecipeAnalysis{target=" + target + ", n=" + n + ", seed=" + seed + ", sampling="
        + sampling + ", bootstrap=" + bootstrap + ", inputs=" + inputNames() + "}";
  }
}
