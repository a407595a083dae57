package io.github.inovasi.io.coin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.composite.Aggregate;
import io.github.inovasi.scoring.composite.Recipe;
import io.github.inovasi.scoring.composite.Screen;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Recipes as JSON: every method name, strict about the rest. */
final class RecipeJsonTest {
  private static Recipe read(String json) {
    return RecipeJson.read(new StringReader(json), "recipe.json");
  }

  @Test
  void read_theAsemRecipe() {
    Recipe r = CoinTables.asemRecipe();
    assertThat(r.steps()).extracting(s -> s.output()).containsExactly("Denominated", "Imputed",
        "Screened", "Treated", "Normalised", "Aggregated");
    assertThat(((Screen) r.step("Screened")).availabilityThreshold()).isEqualTo(0.9);
    assertThat(r).isEqualTo(CoinTables.asemRecipe());
    assertThat(r.step("Normalised").toString()).contains("minMax(0.0, 100.0)");
  }

  @Test
  void read_everyMethod() {
    Recipe r = read("""
        {"steps": [
          {"step": "impute", "method": "median", "by": "row", "groupLevel": 2},
          {"step": "treat", "winmax": null, "skip": ["A"], "overrides": {"B": {"winmax": 2}}},
          {"step": "normalise", "method": "rank", "overrides": {
            "A": {"type": "z-score", "mean": 10, "sd": 2},
            "B": {"type": "goalposts", "lower": 0, "upper": 10, "scale": 100},
            "C": {"type": "distance-to-reference", "unit": "X", "cap": true},
            "D": "percentile-rank", "E": "borda", "F": "fraction-of-max", "G": "distance-to-max",
            "H": {"type": "distance-to-target", "cap": true},
            "I": {"type": "scaled", "lower": 0, "upper": 10, "factor": 100}}},
          {"step": "aggregate", "method": "geometric", "levels": {"3": "copeland",
            "4": {"type": "generalised", "p": 2}, "5": "harmonic", "6": "weighted-median"},
            "availabilityThreshold": 0.5, "levelThresholds": {"3": 0.8},
            "weights": {"Physical": 0}}]}
        """);
    Aggregate a = (Aggregate) r.step("Aggregated");
    assertThat(a.levelAggregators()).containsOnlyKeys(3, 4, 5, 6);
    assertThat(a.weights()).containsEntry("Physical", 0.0);
    assertThat(a.levelThresholds()).containsEntry(3, 0.8);
  }

  @Test
  void read_reportsEveryProblemWithItsPointer() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read("""
        {"format": "other", "steps": [
          {"step": "bake"},
          {"step": "screen", "availabilityThreshold": "high", "colour": 1},
          {"step": "normalise", "method": {"type": "min-max", "lower": 5, "upper": 1}},
          {"step": "aggregate", "method": "mode", "levels": {"one": "arithmetic"}},
          {"step": "treat", "winmax": 2.5}]}
        """));
    assertThat(e.problems()).extracting(Problem::code).containsExactly("UNKNOWN_FORMAT",
        "UNKNOWN_STEP", "UNKNOWN_FIELD", "NOT_A_NUMBER", "INVALID_METHOD", "UNKNOWN_METHOD",
        "INVALID_LEVEL", "NOT_AN_INTEGER");
    assertThat(e.problems()).extracting(p -> p.location().path()).contains("/steps/0/step",
        "/steps/1/colour", "/steps/1/availabilityThreshold", "/steps/4/winmax");
  }

  @Test
  void read_malformedJsonHasLineAndColumn() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> read("{\"steps\": [\n  {\"step\": }\n]}"));
    assertThat(e.problems().get(0).code()).isEqualTo("MALFORMED_JSON");
    assertThat(e.problems().get(0).location().line()).hasValue(2);
  }

  @Test
  void read_deepNestingIsRefused() {
    String deep = "{\"steps\": " + "[".repeat(100) + "]".repeat(100) + "}";
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> read(deep)).problems())
        .extracting(Problem::code).containsExactly("MALFORMED_JSON");
  }

  private static RecipeDocument roundTrip(RecipeDocument doc) {
    java.io.StringWriter out = new java.io.StringWriter();
    RecipeJson.write(doc, out);
    return RecipeJson.readDocument(new StringReader(out.toString()), "written.json");
  }

  @Test
  void write_readsBackEqual() {
    RecipeDocument asem = CoinTables.asemAnalysis();
    assertThat(roundTrip(asem)).isEqualTo(asem);
    assertThat(roundTrip(roundTrip(asem))).isEqualTo(asem);
    RecipeDocument plain = RecipeDocument.of(CoinTables.asemRecipe());
    assertThat(roundTrip(plain)).isEqualTo(plain);
    Recipe every = read("""
        {"steps": [
          {"step": "denominate", "denominators": {"A": "GDP"}, "scaleFactors": {"A": 1000},
           "useFramework": false},
          {"step": "impute", "method": "median", "by": "row", "groupLevel": 2, "output": "I"},
          {"step": "screen", "rule": "availability-and-zeros", "forceIn": ["X"]},
          {"step": "treat", "winmax": null, "skip": ["A"], "overrides": {"B": {"winmax": 2,
            "force": true}}},
          {"step": "normalise", "method": "rank", "overrides": {
            "A": {"type": "z-score", "mean": 10, "sd": 2},
            "B": {"type": "goalposts", "lower": 0, "upper": 10, "scale": 100},
            "C": {"type": "distance-to-reference", "unit": "X, Y", "cap": true},
            "D": "percentile-rank", "H": {"type": "distance-to-target", "cap": true}}},
          {"step": "aggregate", "method": "geometric", "levels": {"3": "copeland",
            "4": {"type": "generalised", "p": 2}}, "availabilityThreshold": 0.5,
            "levelThresholds": {"3": 0.8}, "weights": {"Physical": 0}}]}
        """);
    assertThat(roundTrip(RecipeDocument.of(every)).recipe()).isEqualTo(every);
  }

  @Test
  void write_refusesWhatTheFormatCannotExpress() {
    Recipe custom = Recipe.of(io.github.inovasi.scoring.composite.Normalise.builder()
        .normaliser((x, c) -> x).build());
    io.github.inovasi.model.InvalidValueException e = catchThrowableOfType(
        io.github.inovasi.model.InvalidValueException.class,
        () -> RecipeJson.write(RecipeDocument.of(custom), new java.io.StringWriter()));
    assertThat(e.code()).isEqualTo("NOT_WRITABLE");
    assertThat(e.label().indonesian()).contains("/steps/0");
  }

  @Test
  void analysis_isDeclaredInTheRecipe() {
    RecipeDocument doc = CoinTables.asemAnalysis();
    RecipeAnalysis a = doc.analysis().orElseThrow();
    assertThat(a.inputNames()).containsExactly("winmax", "normalisation", "weights",
        "aggregation");
    assertThat(a.n()).isEqualTo(100);
    assertThat(a.sampling()).isEqualTo(
        io.github.inovasi.scoring.composite.sensitivity.SensitivityAnalysis.Sampling.SOBOL);
    var plan = a.plan(CoinTables.asemExample().framework(), java.util.OptionalInt.of(2));
    assertThat(plan.inputs()).hasSize(4);
    assertThat(plan.threads()).hasValue(2);
    Recipe geometric = plan.inputs().get(3).apply(doc.recipe(), 0.9);
    assertThat(((Aggregate) geometric.step("Aggregated")).aggregator().toString())
        .isEqualTo("geometric()");
    assertThat(plan.inputs().get(3).describe(0.9)).isEqualTo("alternative 2 of 2: \"geometric\"");
    RecipeDocument ranged = RecipeJson.readDocument(new StringReader("""
        {"steps": [{"step": "screen", "availabilityThreshold": 0.9}],
         "analysis": {"n": 4, "inputs": [{"name": "threshold", "range": [0.5, 0.9],
           "step": {"step": "screen"}, "parameter": "availabilityThreshold"}]}}
        """), "r.json");
    var threshold = ranged.analysis().orElseThrow().plan(CoinTables.asemExample().framework(),
        java.util.OptionalInt.empty()).inputs().get(0);
    assertThat(((Screen) threshold.apply(ranged.recipe(), 0.5).step("Screened"))
        .availabilityThreshold()).isEqualTo(0.7);
  }

  @Test
  void analysis_problemsAreReportedWithTheirPointer() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> RecipeJson.readDocument(new StringReader("""
        {"steps": [{"step": "aggregate"}],
         "analysis": {"n": 1, "sampling": "lhs", "colour": 2, "inputs": [
           {"name": "a", "alternatives": [{"step": "bake"}]},
           {"name": "a", "methods": ["mean"]},
           {"name": "b"},
           {"name": "c", "range": [2, 1], "step": {"step": "screen"}, "parameter": "x"},
           {"name": "d", "noisyWeights": {"noise": {"2": 3}}}]}}
        """), "r.json"));
    assertThat(e.problems()).extracting(p -> p.location().path())
        .contains("/analysis/n", "/analysis/sampling", "/analysis/colour",
            "/analysis/inputs/0/alternatives/0/step", "/analysis/inputs/1/methods/0",
            "/analysis/inputs/2", "/analysis/inputs/3/range",
            "/analysis/inputs/4/noisyWeights/noise/2");
  }
}
