package io.github.inovasi.scoring.composite.sensitivity;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.internal.InovasiStyle;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What an uncertainty or sensitivity analysis does: the uncertain inputs, the number of runs N,
 * the seed, the sampling, the target column whose ranks are studied, the bootstrap resamples
 * and the thread count. A recipe file can declare it (its {@code analysis} object, see
 * {@code docs/composite.md}), so an analysis is a file that can be shared and rerun.
 *
 * <pre>{@code
 * AnalysisPlan plan = AnalysisPlan.builder()
 *     .addInputs(winmax, aggregation)
 *     .n(100).seed(42L).sampling(SensitivityAnalysis.Sampling.SOBOL).bootstrap(200)
 *     .threads(4)
 *     .build();
 * SensitivityResult s = SensitivityAnalysis.sensitivity(data, recipe, plan, ProgressListener.NONE);
 * }</pre>
 *
 * <p>Immutable and thread-safe; inputs are compared by identity.
 */
@Value.Immutable
@InovasiStyle
public abstract class AnalysisPlan {
  AnalysisPlan() {}

  /**
   * Returns the uncertain inputs, in order; their names are unique.
   *
   * @return the inputs, at least one
   */
  public abstract ImmutableList<UncertainInput> inputs();

  /**
   * Returns N: the number of runs of an uncertainty analysis, the rows of A and B of a
   * sensitivity analysis (which makes N(d + 2) runs).
   *
   * @return N, at least 2
   */
  public abstract int n();

  /**
   * Returns the seed of a random sample and of the bootstrap.
   *
   * @return the seed, 0 by default
   */
  @Value.Default
  public long seed() {
    return 0L;
  }

  /**
   * Returns how samples are drawn.
   *
   * @return the sampling, random by default (as COINr)
   */
  @Value.Default
  public SensitivityAnalysis.Sampling sampling() {
    return SensitivityAnalysis.Sampling.RANDOM;
  }

  /**
   * Returns the column whose ranks are studied.
   *
   * @return the column, {@code "Index"} by default
   */
  @Value.Default
  public String target() {
    return "Index";
  }

  /**
   * Returns the number of bootstrap resamples of a sensitivity analysis's indices.
   *
   * @return the resamples, 0 (no intervals) by default
   */
  @Value.Default
  public int bootstrap() {
    return 0;
  }

  /**
   * Returns the number of threads; without it the runs execute in the fork-join pool the call
   * runs in. The result is the same to the bit whatever the number.
   *
   * @return the thread count, at least 1, when chosen
   */
  public abstract OptionalInt threads();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    InvalidValueException.check(!inputs().isEmpty(), "AnalysisPlan.inputs",
        "needs at least one uncertain input");
    Set<String> names = new HashSet<>();
    for (UncertainInput input : inputs()) {
      InvalidValueException.check(names.add(input.name()), "AnalysisPlan.inputs",
          "input names must be unique, '%s' is repeated", input.name());
    }
    InvalidValueException.check(n() >= 2, "AnalysisPlan.n", "must be at least 2, was %s", n());
    InvalidValueException.check(bootstrap() >= 0, "AnalysisPlan.bootstrap",
        "must be >= 0, was %s", bootstrap());
    threads().ifPresent(t -> InvalidValueException.check(t >= 1 && t <= 1024,
        "AnalysisPlan.threads", "must be between 1 and 1024, was %s", t));
  }

  /** Builds an {@link AnalysisPlan}. */
  public static final class Builder extends ImmutableAnalysisPlan.Builder {
    Builder() {}
  }
}
