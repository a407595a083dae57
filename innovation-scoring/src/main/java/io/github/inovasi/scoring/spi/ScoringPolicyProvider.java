package io.github.inovasi.scoring.spi;

import io.github.inovasi.scoring.ScoringPolicy;
import java.util.List;

/**
 * Supplies scoring policies to a {@link io.github.inovasi.scoring.ScoringPolicies} registry.
 * Implement it, give it a public no-argument constructor, and declare it both in your {@code
 * module-info.java} ({@code provides io.github.inovasi.scoring.spi.ScoringPolicyProvider with
 * ...}) and in {@code META-INF/services/io.github.inovasi.scoring.spi.ScoringPolicyProvider} for
 * class-path users.
 *
 * <pre>{@code
 * public final class MyProvinceProvider implements ScoringPolicyProvider {
 *   public List<ScoringPolicy> policies() {
 *     return List.of(IidPolicy.of(IidEdition.read(Path.of("iid-2028-draft.json"))));
 *   }
 * }
 * }</pre>
 *
 * <p>Ids must not repeat ids of the built-in policies or of other providers: the registry
 * refuses duplicates.
 */
public interface ScoringPolicyProvider {

  /**
   * Returns the policies this provider supplies.
   *
   * @return the policies, each with a unique id
   */
  List<ScoringPolicy> policies();
}
