package io.github.inovasi.scoring.internal;

import io.github.inovasi.scoring.ScoringPolicy;
import io.github.inovasi.scoring.iid.IidEdition;
import io.github.inovasi.scoring.iid.IidPolicy;
import io.github.inovasi.scoring.spi.ScoringPolicyProvider;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The bundled IID editions as policies. Public only because {@link java.util.ServiceLoader}
 * needs it on the class path; the package is not exported.
 */
public final class BuiltInPolicyProvider implements ScoringPolicyProvider {

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public BuiltInPolicyProvider() {}

  @Override
  public List<ScoringPolicy> policies() {
    return IidEdition.bundledIds().stream()
        .map(id -> IidPolicy.of(IidEdition.bundled(id)))
        .collect(Collectors.toList());
  }
}
