package io.github.inovasi.scoring;

import io.github.inovasi.scoring.spi.ScoringPolicyProvider;
import java.util.List;

/** A provider whose policy reuses a built-in id; only listed by the registry test's class loader. */
public final class DuplicateIdProvider implements ScoringPolicyProvider {

  /** Creates the provider. */
  public DuplicateIdProvider() {}

  @Override
  public List<ScoringPolicy> policies() {
    return List.of(new TestOnlyPolicyProvider.CountingPolicy("iid-2026"));
  }
}
