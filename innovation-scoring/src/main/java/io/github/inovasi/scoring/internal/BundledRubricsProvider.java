package io.github.inovasi.scoring.internal;

import io.github.inovasi.scoring.ScoringPolicy;
import io.github.inovasi.scoring.rubric.Rubric;
import io.github.inovasi.scoring.rubric.RubricPolicy;
import io.github.inovasi.scoring.spi.ScoringPolicyProvider;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The bundled rubrics (the IGA 2023 presentation stage, the example lomba inovasi OPD) as
 * policies. Public only because {@link java.util.ServiceLoader} needs it on the class path; the
 * package is not exported.
 */
public final class BundledRubricsProvider implements ScoringPolicyProvider {

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public BundledRubricsProvider() {}

  @Override
  public List<ScoringPolicy> policies() {
    return Rubric.bundledIds().stream()
        .map(id -> RubricPolicy.of(Rubric.bundled(id)))
        .collect(Collectors.toList());
  }
}
