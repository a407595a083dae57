package io.github.inovasi.io.coin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.scoring.composite.Aggregate;
import io.github.inovasi.scoring.composite.Framework;
import io.github.inovasi.scoring.composite.Recipe;
import io.github.inovasi.scoring.composite.Step;
import io.github.inovasi.scoring.composite.sensitivity.SensitivityAnalysis;
import io.github.inovasi.scoring.composite.sensitivity.UncertainInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Reads the {@code analysis} object of a recipe file into a {@link RecipeAnalysis}, reporting
 * problems with their JSON pointer through {@link RecipeNodes}.
 */
final class AnalysisNodes {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> KINDS = List.of("alternatives", "methods", "range",
      "noisyWeights");

  private AnalysisNodes() {}

  /** One declared input: its name, its JSON (written back as read) and how to build it. */
  record Declared(String name, String json, Function<Framework, UncertainInput> build) {
    UncertainInput input(Framework framework) {
      return build.apply(framework);
    }

    JsonNode node() {
      try {
        return MAPPER.readTree(json);
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Declared d && d.name.equals(name) && d.json.equals(json);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, json);
    }
  }

  static RecipeAnalysis read(JsonNode n, String at, RecipeNodes nodes) {
    int before = nodes.problems.size();
    if (!n.isObject()) {
      nodes.problem(at, "NOT_AN_OBJECT", "Analisis harus objek JSON",
          "The analysis must be a JSON object", "{\"n\": 100, \"inputs\": [...]}");
      return null;
    }
    nodes.allowOnly(n, at, List.of("target", "n", "seed", "sampling", "bootstrap", "inputs"));
    String target = n.has("target") ? nodes.text(n.get("target"), at + "/target")
        .orElse("Index") : "Index";
    int count = nodes.integer(n, at, "n").orElse(0);
    if (!n.has("n") || count < 2) {
      nodes.problem(at + "/n", "INVALID_N", "N harus bilangan bulat ≥ 2",
          "N must be an integer >= 2", "an integer >= 2");
    }
    long seed = 0;
    if (n.has("seed")) {
      if (n.get("seed").canConvertToExactIntegral() && n.get("seed").canConvertToLong()) {
        seed = n.get("seed").longValue();
      } else {
        nodes.problem(at + "/seed", "NOT_AN_INTEGER", "Harus bilangan bulat",
            "Must be an integer", "an integer");
      }
    }
    SensitivityAnalysis.Sampling sampling = nodes.text(n, at, "sampling")
        .flatMap(s -> nodes.choose(at + "/sampling", s, Map.of("random",
            SensitivityAnalysis.Sampling.RANDOM, "sobol", SensitivityAnalysis.Sampling.SOBOL)))
        .orElse(SensitivityAnalysis.Sampling.RANDOM);
    int bootstrap = nodes.integer(n, at, "bootstrap").orElse(0);
    if (bootstrap < 0) {
      nodes.problem(at + "/bootstrap", "INVALID_BOOTSTRAP", "Harus ≥ 0", "Must be >= 0", ">= 0");
    }
    List<Declared> inputs = new ArrayList<>();
    JsonNode list = n.get("inputs");
    if (list == null || !list.isArray() || list.isEmpty()) {
      nodes.problem(at + "/inputs", "MISSING_FIELD", "Daftar masukan tidak pasti tidak ada",
          "The array of uncertain inputs is missing or empty", "[{\"name\": ..., ...}]");
    } else {
      Set<String> names = new HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        Declared d = input(list.get(i), at + "/inputs/" + i, nodes);
        if (d != null && !names.add(d.name())) {
          nodes.problem(at + "/inputs/" + i + "/name", "DUPLICATE_NAME",
              "Nama masukan berulang: " + d.name(), "Repeated input name: " + d.name(),
              "unique names");
        } else if (d != null) {
          inputs.add(d);
        }
      }
    }
    return nodes.problems.size() > before ? null : new RecipeAnalysis(target, count, seed,
        sampling, bootstrap, ImmutableList.copyOf(inputs));
  }

  private static Declared input(JsonNode n, String at, RecipeNodes nodes) {
    if (!n.isObject()) {
      nodes.problem(at, "NOT_AN_OBJECT", "Masukan harus objek JSON",
          "An input must be a JSON object", "{\"name\": ..., \"alternatives\": [...]}");
      return null;
    }
    String name = nodes.text(n, at, "name").orElse(null);
    if (name == null) {
      nodes.problem(at + "/name", "MISSING_FIELD", "Nama masukan tidak ada",
          "The input's name is missing", "a name");
      return null;
    }
    List<String> kinds = KINDS.stream().filter(n::has).toList();
    if (kinds.size() != 1) {
      nodes.problem(at, "INPUT_KIND", "Masukan harus punya tepat satu dari " + KINDS,
          "An input needs exactly one of " + KINDS, String.join(", ", KINDS));
      return null;
    }
    String json = n.toString();
    int before = nodes.problems.size();
    Function<Framework, UncertainInput> build = switch (kinds.get(0)) {
      case "alternatives" -> alternatives(n, at, name, nodes);
      case "methods" -> methods(n, at, name, nodes);
      case "range" -> range(n, at, name, nodes);
      default -> noisyWeights(n, at, name, nodes);
    };
    return nodes.problems.size() > before || build == null ? null
        : new Declared(name, json, build);
  }

  private static Function<Framework, UncertainInput> alternatives(JsonNode n, String at,
      String name, RecipeNodes nodes) {
    nodes.allowOnly(n, at, List.of("name", "alternatives"));
    JsonNode list = n.get("alternatives");
    if (!list.isArray() || list.isEmpty()) {
      nodes.problem(at + "/alternatives", "NOT_AN_ARRAY", "Harus larik langkah",
          "Must be a non-empty array of steps", "[{\"step\": ...}, ...]");
      return null;
    }
    List<String> labels = new ArrayList<>();
    List<UnaryOperator<Recipe>> changes = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Step step = nodes.step(list.get(i), at + "/alternatives/" + i);
      labels.add(list.get(i).toString());
      changes.add(recipe -> recipe.with(step));
    }
    return f -> UncertainInput.choice(name, labels, changes);
  }

  private static Function<Framework, UncertainInput> methods(JsonNode n, String at, String name,
      RecipeNodes nodes) {
    nodes.allowOnly(n, at, List.of("name", "methods", "output"));
    String output = nodes.text(n, at, "output").orElse("Aggregated");
    JsonNode list = n.get("methods");
    if (!list.isArray() || list.isEmpty()) {
      nodes.problem(at + "/methods", "NOT_AN_ARRAY", "Harus larik metode agregasi",
          "Must be a non-empty array of aggregation methods", "[\"arithmetic\", \"geometric\"]");
      return null;
    }
    List<String> labels = new ArrayList<>();
    List<UnaryOperator<Recipe>> changes = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      nodes.aggregator(list.get(i), at + "/methods/" + i).ifPresent(method ->
          changes.add(recipe -> {
            Step step = recipe.step(output);
            if (!(step instanceof Aggregate aggregate)) {
              throw new InvalidValueException("analysis." + name, "step " + output
                  + " is not an aggregate step");
            }
            return recipe.with(aggregate.withAggregator(method));
          }));
      labels.add(list.get(i).toString());
    }
    return f -> UncertainInput.choice(name, labels, changes);
  }

  private static Function<Framework, UncertainInput> range(JsonNode n, String at, String name,
      RecipeNodes nodes) {
    nodes.allowOnly(n, at, List.of("name", "range", "step", "parameter"));
    JsonNode range = n.get("range");
    String parameter = nodes.text(n, at, "parameter").orElse(null);
    JsonNode template = n.get("step");
    if (!range.isArray() || range.size() != 2 || !range.get(0).isNumber()
        || !range.get(1).isNumber() || range.get(0).doubleValue() >= range.get(1).doubleValue()) {
      nodes.problem(at + "/range", "INVALID_RANGE", "Rentang harus [bawah, atas] dengan bawah <"
          + " atas", "The range must be [lower, upper] with lower < upper", "[0.5, 0.9]");
      return null;
    }
    if (parameter == null || template == null || !template.isObject()) {
      nodes.problem(at, "MISSING_FIELD", "Rentang butuh \"step\" dan \"parameter\"",
          "A range needs a \"step\" and the \"parameter\" it sets", "step, parameter");
      return null;
    }
    double lower = range.get(0).doubleValue();
    double upper = range.get(1).doubleValue();
    // both ends must make a valid step, reported where the user wrote the template
    nodes.step(with(template, parameter, lower), at + "/step");
    nodes.step(with(template, parameter, upper), at + "/step");
    String source = nodes.source();
    return f -> UncertainInput.continuous(name, lower, upper, v -> {
      RecipeNodes once = new RecipeNodes(source);
      Step step = once.step(with(template, parameter, v), at + "/step");
      if (!once.problems.isEmpty()) {
        throw new InvalidInputException(name + " = " + v + " is not a valid step",
            once.problems);
      }
      return step;
    });
  }

  private static JsonNode with(JsonNode template, String parameter, double value) {
    ObjectNode copy = template.deepCopy();
    if (value == Math.rint(value) && Math.abs(value) < 1e9) {
      copy.put(parameter, (long) value);
    } else {
      copy.put(parameter, value);
    }
    return copy;
  }

  private static Function<Framework, UncertainInput> noisyWeights(JsonNode n, String at,
      String name, RecipeNodes nodes) {
    nodes.allowOnly(n, at, List.of("name", "noisyWeights"));
    JsonNode w = n.get("noisyWeights");
    String p = at + "/noisyWeights";
    if (!w.isObject()) {
      nodes.problem(p, "NOT_AN_OBJECT", "Harus objek", "Must be an object",
          "{\"noise\": {\"2\": 0.25}, \"copies\": 100}");
      return null;
    }
    nodes.allowOnly(w, p, List.of("output", "noise", "copies", "seed"));
    String output = nodes.text(w, p, "output").orElse("Aggregated");
    int copies = nodes.integer(w, p, "copies").orElse(100);
    long seed = w.has("seed") && w.get("seed").canConvertToLong() ? w.get("seed").longValue()
        : 0L;
    Map<Integer, Double> noise = new LinkedHashMap<>();
    w.path("noise").properties().forEach(e -> nodes.level(e.getKey(), p + "/noise")
        .ifPresent(l -> nodes.number(e.getValue(), p + "/noise/" + e.getKey()).ifPresent(f -> {
          if (f < 0 || f > 1) {
            nodes.problem(p + "/noise/" + e.getKey(), "INVALID_NOISE", "Faktor harus di [0, 1]",
                "The factor must be in [0, 1]", "0.25");
          }
          noise.put(l, f);
        })));
    if (noise.isEmpty() || copies < 1) {
      nodes.problem(p, "INVALID_NOISE", "Butuh \"noise\" per level dan \"copies\" ≥ 1",
          "Needs \"noise\" by level and \"copies\" >= 1", "{\"noise\": {\"2\": 0.25}}");
      return null;
    }
    return f -> UncertainInput.noisyWeights(name, output, f, noise, copies, seed);
  }
}
