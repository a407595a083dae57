package io.github.inovasi.io.coin;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.composite.Aggregate;
import io.github.inovasi.scoring.composite.Aggregator;
import io.github.inovasi.scoring.composite.Aggregators;
import io.github.inovasi.scoring.composite.Denominate;
import io.github.inovasi.scoring.composite.Impute;
import io.github.inovasi.scoring.composite.Imputers;
import io.github.inovasi.scoring.composite.Normalise;
import io.github.inovasi.scoring.composite.Normaliser;
import io.github.inovasi.scoring.composite.Normalisers;
import io.github.inovasi.scoring.composite.OutlierTreatment;
import io.github.inovasi.scoring.composite.Screen;
import io.github.inovasi.scoring.composite.Step;
import io.github.inovasi.scoring.composite.Treat;
import io.github.inovasi.scoring.composite.Weight;
import io.github.inovasi.scoring.composite.Winsorisation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Turns the JSON nodes of a recipe into steps, collecting problems with their JSON pointer. */
final class RecipeNodes {
  private static final List<String> COMMON = List.of("step", "input", "output");
  private static final String STEPS =
      "denominate, impute, screen, treat, normalise, weight or aggregate";

  final List<Problem> problems = new ArrayList<>();
  private final String source;

  RecipeNodes(String source) {
    this.source = source;
  }

  String source() {
    return source;
  }

  void problem(String pointer, String code, String id, String en, String expected) {
    Problem.Builder b = Problem.builder().code(code)
        .location(Location.builder().source(source).path(pointer.isEmpty() ? "/" : pointer)
            .build())
        .message(Label.of(id, en));
    if (expected != null) {
      b.expected(expected);
    }
    problems.add(b.build());
  }

  void allowOnly(JsonNode node, String at, List<String> fields) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!fields.contains(f)) {
        problem(at + "/" + f, "UNKNOWN_FIELD", "Kolom tidak dikenal: " + f, "Unknown field: "
            + f, String.join(", ", fields));
      }
    }
  }

  Step step(JsonNode node, String at) {
    if (!node.isObject() || !node.path("step").isTextual()) {
      problem(at + "/step", "MISSING_FIELD", "Jenis langkah tidak ada", "The step type is missing",
          STEPS);
      return null;
    }
    String type = node.get("step").asText();
    return switch (type) {
      case "denominate" -> build(at, () -> denominate(node, at));
      case "impute" -> build(at, () -> impute(node, at));
      case "screen" -> build(at, () -> screen(node, at));
      case "treat" -> build(at, () -> treat(node, at));
      case "normalise" -> build(at, () -> normalise(node, at));
      case "aggregate" -> build(at, () -> aggregate(node, at));
      case "weight" -> build(at, () -> weight(node, at));
      default -> {
        problem(at + "/step", "UNKNOWN_STEP", "Langkah tidak dikenal: " + type,
            "Unknown step: " + type, STEPS);
        yield null;
      }
    };
  }

  private Step build(String at, Supplier<Step> f) {
    int before = problems.size();
    try {
      Step s = f.get();
      return problems.size() == before ? s : null;
    } catch (InovasiException e) {
      problem(at, "INVALID_STEP", "Langkah tidak valid", e.getMessage(), null);
      return null;
    }
  }

  private List<String> fields(String... extra) {
    List<String> out = new ArrayList<>(COMMON);
    out.addAll(List.of(extra));
    return out;
  }

  private Step denominate(JsonNode n, String at) {
    allowOnly(n, at, fields("denominators", "scaleFactors", "useFramework"));
    Denominate.Builder b = Denominate.builder();
    io(n, at, b::input, b::output);
    n.path("denominators").properties().forEach(e -> text(e.getValue(), at
        + "/denominators/" + e.getKey()).ifPresent(v -> b.putDenominator(e.getKey(), v)));
    n.path("scaleFactors").properties().forEach(e -> number(e.getValue(), at
        + "/scaleFactors/" + e.getKey()).ifPresent(v -> b.putScaleFactor(e.getKey(), v)));
    bool(n, at, "useFramework").ifPresent(b::useFramework);
    return b.build();
  }

  private Step impute(JsonNode n, String at) {
    allowOnly(n, at, fields("method", "by", "groupColumn", "groupLevel", "normaliseFirst"));
    Impute.Builder b = Impute.builder();
    io(n, at, b::input, b::output);
    text(n, at, "method").ifPresent(m -> choose(at + "/method", m, Map.of(
        "mean", Imputers.mean(), "median", Imputers.median(), "group-mean",
        Imputers.groupMean(), "group-median", Imputers.groupMedian(), "latest",
        Imputers.latest(), "linear", Imputers.linear(), "linear-constant",
        Imputers.linearThenConstant())).ifPresent(b::imputer));
    text(n, at, "by").ifPresent(m -> choose(at + "/by", m, Map.of("column", Impute.By.COLUMN,
        "row", Impute.By.ROW)).ifPresent(b::by));
    text(n, at, "groupColumn").ifPresent(b::groupColumn);
    integer(n, at, "groupLevel").ifPresent(b::groupLevel);
    bool(n, at, "normaliseFirst").ifPresent(b::normaliseFirst);
    return b.build();
  }

  private Step screen(JsonNode n, String at) {
    allowOnly(n, at, fields("rule", "availabilityThreshold", "nonZeroThreshold", "forceIn",
        "forceOut"));
    Screen.Builder b = Screen.builder();
    io(n, at, b::input, b::output);
    text(n, at, "rule").ifPresent(m -> choose(at + "/rule", m, Map.of(
        "availability", Screen.Rule.BY_AVAILABILITY, "zeros", Screen.Rule.BY_ZEROS,
        "availability-and-zeros", Screen.Rule.BY_AVAILABILITY_AND_ZEROS, "none",
        Screen.Rule.NONE)).ifPresent(b::rule));
    number(n, at, "availabilityThreshold").ifPresent(b::availabilityThreshold);
    number(n, at, "nonZeroThreshold").ifPresent(b::nonZeroThreshold);
    strings(n, at, "forceIn").forEach(b::addForceIn);
    strings(n, at, "forceOut").forEach(b::addForceOut);
    return b.build();
  }

  private Step treat(JsonNode n, String at) {
    allowOnly(n, at, fields("winmax", "skewThreshold", "kurtosisThreshold", "force",
        "logFallback", "combine", "skip", "overrides"));
    Treat.Builder b = Treat.builder();
    io(n, at, b::input, b::output);
    b.treatment(winsorisation(n, at));
    strings(n, at, "skip").forEach(c -> b.putOverride(c, OutlierTreatment.none()));
    n.path("overrides").properties().forEach(e -> {
      String p = at + "/overrides/" + e.getKey();
      allowOnly(e.getValue(), p, List.of("winmax", "skewThreshold", "kurtosisThreshold",
          "force", "logFallback", "combine"));
      b.putOverride(e.getKey(), winsorisation(e.getValue(), p));
    });
    return b.build();
  }

  private Winsorisation winsorisation(JsonNode n, String at) {
    Winsorisation.Builder w = Winsorisation.builder();
    if (n.has("winmax") && n.get("winmax").isNull()) {
      w.winmax(java.util.OptionalInt.empty());
    } else {
      integer(n, at, "winmax").ifPresent(w::winmax);
    }
    number(n, at, "skewThreshold").ifPresent(w::skewThreshold);
    number(n, at, "kurtosisThreshold").ifPresent(w::kurtosisThreshold);
    bool(n, at, "force").ifPresent(w::force);
    bool(n, at, "logFallback").ifPresent(w::logFallback);
    bool(n, at, "combine").ifPresent(w::combine);
    return w.build();
  }

  private Step normalise(JsonNode n, String at) {
    allowOnly(n, at, fields("method", "overrides"));
    Normalise.Builder b = Normalise.builder();
    io(n, at, b::input, b::output);
    if (n.has("method")) {
      normaliser(n.get("method"), at + "/method").ifPresent(b::normaliser);
    }
    n.path("overrides").properties().forEach(e -> normaliser(e.getValue(),
        at + "/overrides/" + e.getKey()).ifPresent(v -> b.putOverride(e.getKey(), v)));
    return b.build();
  }

  private Optional<Normaliser> normaliser(JsonNode m, String at) {
    String type = m.isTextual() ? m.asText() : m.path("type").asText("");
    JsonNode p = m.isObject() ? m : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    List<String> allowed = switch (type) {
      case "min-max" -> List.of("type", "lower", "upper");
      case "z-score" -> List.of("type", "mean", "sd");
      case "scaled" -> List.of("type", "lower", "upper", "factor");
      case "distance-to-reference" -> List.of("type", "unit", "cap");
      case "distance-to-target" -> List.of("type", "cap");
      case "goalposts" -> List.of("type", "lower", "upper", "scale", "clip");
      default -> List.of("type");
    };
    if (m.isObject()) {
      allowOnly(m, at, allowed);
    }
    try {
      return switch (type) {
        case "min-max" -> Optional.of(Normalisers.minMax(num(p, at, "lower", 0),
            num(p, at, "upper", 100)));
        case "z-score" -> Optional.of(Normalisers.zScore(num(p, at, "mean", 0),
            num(p, at, "sd", 1)));
        case "scaled" -> Optional.of(Normalisers.scaled(num(p, at, "lower", 0),
            num(p, at, "upper", 100), num(p, at, "factor", 100)));
        case "rank" -> Optional.of(Normalisers.rank());
        case "percentile-rank" -> Optional.of(Normalisers.percentileRank());
        case "borda" -> Optional.of(Normalisers.borda());
        case "fraction-of-max" -> Optional.of(Normalisers.fractionOfMax());
        case "distance-to-max" -> Optional.of(Normalisers.distanceToMax());
        case "distance-to-reference" -> text(p, at, "unit").map(u ->
            Normalisers.distanceToReference(u, bool(p, at, "cap").orElse(false)));
        case "distance-to-target" -> Optional.of(Normalisers.distanceToTarget(
            bool(p, at, "cap").orElse(false)));
        case "goalposts" -> Optional.of(Normalisers.goalposts(num(p, at, "lower", 0),
            num(p, at, "upper", 1), num(p, at, "scale", 1), bool(p, at, "clip").orElse(true)));
        default -> {
          problem(at, "UNKNOWN_METHOD", "Metode normalisasi tidak dikenal: " + type,
              "Unknown normalisation method: " + type, "min-max, z-score, scaled, rank,"
                  + " percentile-rank, borda, fraction-of-max, distance-to-max,"
                  + " distance-to-reference, distance-to-target, goalposts");
          yield Optional.empty();
        }
      };
    } catch (InovasiException e) {
      problem(at, "INVALID_METHOD", "Parameter tidak valid", e.getMessage(), null);
      return Optional.empty();
    }
  }

  private Step aggregate(JsonNode n, String at) {
    allowOnly(n, at, fields("method", "levels", "availabilityThreshold", "levelThresholds",
        "weights"));
    Aggregate.Builder b = Aggregate.builder();
    io(n, at, b::input, b::output);
    if (n.has("method")) {
      aggregator(n.get("method"), at + "/method").ifPresent(b::aggregator);
    }
    n.path("levels").properties().forEach(e -> level(e.getKey(), at + "/levels")
        .ifPresent(l -> aggregator(e.getValue(), at + "/levels/" + e.getKey())
            .ifPresent(a -> b.putLevelAggregator(l, a))));
    number(n, at, "availabilityThreshold").ifPresent(b::availabilityThreshold);
    n.path("levelThresholds").properties().forEach(e -> level(e.getKey(),
        at + "/levelThresholds").ifPresent(l -> number(e.getValue(), at + "/levelThresholds/"
            + e.getKey()).ifPresent(t -> b.putLevelThreshold(l, t))));
    n.path("weights").properties().forEach(e -> number(e.getValue(), at + "/weights/"
        + e.getKey()).ifPresent(w -> b.putWeight(e.getKey(), w)));
    return b.build();
  }

  private Step weight(JsonNode n, String at) {
    allowOnly(n, at, fields("method", "level", "targets", "aggregation"));
    Weight.Builder b = Weight.builder();
    io(n, at, b::input, b::output);
    text(n, at, "method").ifPresent(m -> choose(at + "/method", m, Map.of("pca",
        Weight.Method.PCA, "pca-squared", Weight.Method.PCA_SQUARED, "correlation-balance",
        Weight.Method.CORRELATION_BALANCE)).ifPresent(b::method));
    integer(n, at, "level").ifPresent(b::level);
    n.path("targets").properties().forEach(e -> number(e.getValue(), at + "/targets/"
        + e.getKey()).ifPresent(t -> b.putTarget(e.getKey(), t)));
    if (n.has("aggregation")) {
      JsonNode a = n.get("aggregation");
      String p = at + "/aggregation";
      if (a.isObject() && !a.has("step")) {
        Step s = build(p, () -> aggregate(a, p));
        if (s != null) {
          b.aggregation((Aggregate) s);
        }
      } else {
        problem(p, "NOT_AN_OBJECT", "Harus objek agregasi", "Must be an aggregation object",
            "{\"method\": \"arithmetic\"}");
      }
    }
    return b.build();
  }

  Optional<Integer> level(String key, String at) {
    if (!key.matches("[2-9]|[1-9][0-9]")) {
      problem(at + "/" + key, "INVALID_LEVEL", "Level tidak valid", "Not an aggregation level",
          "2, 3, ...");
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(key));
  }

  Optional<Aggregator> aggregator(JsonNode m, String at) {
    String type = m.isTextual() ? m.asText() : m.path("type").asText("");
    if (m.isObject()) {
      allowOnly(m, at, "generalised".equals(type) ? List.of("type", "p") : List.of("type"));
    }
    try {
      return switch (type) {
        case "arithmetic" -> Optional.of(Aggregators.arithmetic());
        case "geometric" -> Optional.of(Aggregators.geometric());
        case "harmonic" -> Optional.of(Aggregators.harmonic());
        case "generalised" -> number(m, at, "p").map(Aggregators::generalised);
        case "weighted-median" -> Optional.of(Aggregators.weightedMedian());
        case "copeland" -> Optional.of(Aggregators.copeland());
        default -> {
          problem(at, "UNKNOWN_METHOD", "Metode agregasi tidak dikenal: " + type,
              "Unknown aggregation method: " + type, "arithmetic, geometric, harmonic,"
                  + " generalised, weighted-median, copeland");
          yield Optional.empty();
        }
      };
    } catch (InovasiException e) {
      problem(at, "INVALID_METHOD", "Parameter tidak valid", e.getMessage(), null);
      return Optional.empty();
    }
  }

  <T> Optional<T> choose(String at, String value, Map<String, T> options) {
    T t = options.get(value);
    if (t == null) {
      problem(at, "UNKNOWN_VALUE", "Nilai tidak dikenal: " + value, "Unknown value: " + value,
          String.join(", ", new java.util.TreeSet<>(options.keySet())));
    }
    return Optional.ofNullable(t);
  }

  private void io(JsonNode n, String at, java.util.function.Consumer<String> input,
      java.util.function.Consumer<String> output) {
    text(n, at, "input").ifPresent(input);
    text(n, at, "output").ifPresent(output);
  }

  private double num(JsonNode n, String at, String field, double otherwise) {
    return number(n, at, field).orElse(otherwise);
  }

  private Optional<Double> number(JsonNode n, String at, String field) {
    return n.has(field) ? number(n.get(field), at + "/" + field) : Optional.empty();
  }

  Optional<Double> number(JsonNode v, String at) {
    if (!v.isNumber()) {
      problem(at, "NOT_A_NUMBER", "Harus angka", "Must be a number", "a number");
      return Optional.empty();
    }
    return Optional.of(v.doubleValue());
  }

  Optional<Integer> integer(JsonNode n, String at, String field) {
    if (!n.has(field)) {
      return Optional.empty();
    }
    if (!n.get(field).canConvertToExactIntegral() || !n.get(field).canConvertToInt()) {
      problem(at + "/" + field, "NOT_AN_INTEGER", "Harus bilangan bulat", "Must be an integer",
          "an integer");
      return Optional.empty();
    }
    return Optional.of(n.get(field).intValue());
  }

  Optional<String> text(JsonNode n, String at, String field) {
    return n.has(field) ? text(n.get(field), at + "/" + field) : Optional.empty();
  }

  Optional<String> text(JsonNode v, String at) {
    if (!v.isTextual()) {
      problem(at, "NOT_A_STRING", "Harus teks", "Must be a string", "a string");
      return Optional.empty();
    }
    return Optional.of(v.asText());
  }

  private Optional<Boolean> bool(JsonNode n, String at, String field) {
    if (!n.has(field)) {
      return Optional.empty();
    }
    if (!n.get(field).isBoolean()) {
      problem(at + "/" + field, "NOT_A_BOOLEAN", "Harus true/false", "Must be true or false",
          "true or false");
      return Optional.empty();
    }
    return Optional.of(n.get(field).booleanValue());
  }

  private List<String> strings(JsonNode n, String at, String field) {
    List<String> out = new ArrayList<>();
    if (!n.has(field)) {
      return out;
    }
    if (!n.get(field).isArray()) {
      problem(at + "/" + field, "NOT_AN_ARRAY", "Harus larik", "Must be an array of strings",
          "[\"...\"]");
      return out;
    }
    for (int i = 0; i < n.get(field).size(); i++) {
      text(n.get(field).get(i), at + "/" + field + "/" + i).ifPresent(out::add);
    }
    return out;
  }


}
