/**
 * Inovasi's scoring: one plug point for every assessment, IID scoring policies whose editions
 * are validated data, rubrics as data for judged competitions and award stages, exact
 * computation with explanations, rankings and improvement plans, and the composite-indicator
 * engine for researchers.
 */
module io.github.inovasi.scoring {
  requires transitive io.github.inovasi.model;
  requires com.fasterxml.jackson.core;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports io.github.inovasi.scoring;
  exports io.github.inovasi.scoring.composite;
  exports io.github.inovasi.scoring.composite.analysis;
  exports io.github.inovasi.scoring.composite.sensitivity;
  exports io.github.inovasi.scoring.iga;
  exports io.github.inovasi.scoring.iid;
  exports io.github.inovasi.scoring.kipp;
  exports io.github.inovasi.scoring.rubric;
  exports io.github.inovasi.scoring.spi;

  uses io.github.inovasi.scoring.spi.ScoringPolicyProvider;

  provides io.github.inovasi.scoring.spi.ScoringPolicyProvider with
      io.github.inovasi.scoring.internal.BuiltInPolicyProvider,
      io.github.inovasi.scoring.internal.BundledRubricsProvider;
}
