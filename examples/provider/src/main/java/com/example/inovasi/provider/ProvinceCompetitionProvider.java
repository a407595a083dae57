package com.example.inovasi.provider;

import io.github.inovasi.model.InovasiException;
import io.github.inovasi.scoring.ScoringPolicy;
import io.github.inovasi.scoring.rubric.Rubric;
import io.github.inovasi.scoring.rubric.RubricPolicy;
import io.github.inovasi.scoring.spi.ScoringPolicyProvider;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Supplies one policy: the example province proposal competition, read from the rubric file
 * bundled in this module. Declared in {@code module-info.java} for module-path users and in
 * {@code META-INF/services} for class-path users.
 */
public final class ProvinceCompetitionProvider implements ScoringPolicyProvider {
  /** The id of the policy this provider supplies. */
  public static final String ID = "example-provinsi-proposal";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public ProvinceCompetitionProvider() {}

  @Override
  public List<ScoringPolicy> policies() {
    try (InputStream in = ProvinceCompetitionProvider.class.getResourceAsStream(ID + ".json")) {
      if (in == null) {
        throw new InovasiException("Rubric resource missing: " + ID + ".json");
      }
      return List.of(RubricPolicy.of(Rubric.read(in, ID + ".json")));
    } catch (IOException e) {
      throw new InovasiException("Cannot read rubric " + ID + ": " + e.getMessage(), e);
    }
  }
}
