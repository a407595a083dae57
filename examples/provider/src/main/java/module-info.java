/**
 * An example third-party scoring policy provider: a province's own proposal competition as a
 * rubric, plugged into Inovasi's registry without changing the library. Copy this folder to start
 * your own (see docs/rubrics.md).
 */
module com.example.inovasi.provider {
  requires io.github.inovasi.scoring;

  provides io.github.inovasi.scoring.spi.ScoringPolicyProvider with
      com.example.inovasi.provider.ProvinceCompetitionProvider;
}
