/**
 * The implementer's side of scoring: {@link io.github.inovasi.scoring.spi.ScoringPolicyProvider}
 * adds policies to the registry through {@link java.util.ServiceLoader}. Callers use {@link
 * io.github.inovasi.scoring.ScoringPolicies} instead.
 */
package io.github.inovasi.scoring.spi;
