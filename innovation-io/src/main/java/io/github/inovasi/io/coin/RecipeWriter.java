package io.github.inovasi.io.coin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.scoring.composite.Aggregate;
import io.github.inovasi.scoring.composite.Denominate;
import io.github.inovasi.scoring.composite.Impute;
import io.github.inovasi.scoring.composite.Normalise;
import io.github.inovasi.scoring.composite.OutlierTreatment;
import io.github.inovasi.scoring.composite.Screen;
import io.github.inovasi.scoring.composite.Step;
import io.github.inovasi.scoring.composite.Treat;
import io.github.inovasi.scoring.composite.Winsorisation;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a recipe as the JSON {@link RecipeJson} reads: built-in steps with stock methods, each
 * field that differs from the step's default. Every written step is read back and must equal the
 * original, so a step the format cannot express (a lambda method, a step of one's own) is refused
 * rather than written wrong.
 */
final class RecipeWriter {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("minMax", "min-max"), Map.entry("zScore", "z-score"),
      Map.entry("scaled", "scaled"), Map.entry("rank", "rank"),
      Map.entry("percentileRank", "percentile-rank"), Map.entry("borda", "borda"),
      Map.entry("fractionOfMax", "fraction-of-max"), Map.entry("distanceToMax", "distance-to-max"),
      Map.entry("distanceToReference", "distance-to-reference"),
      Map.entry("distanceToTarget", "distance-to-target"), Map.entry("goalposts", "goalposts"),
      Map.entry("arithmetic", "arithmetic"), Map.entry("geometric", "geometric"),
      Map.entry("harmonic", "harmonic"), Map.entry("generalised", "generalised"),
      Map.entry("weightedMedian", "weighted-median"), Map.entry("copeland", "copeland"),
      Map.entry("mean", "mean"), Map.entry("median", "median"),
      Map.entry("groupMean", "group-mean"), Map.entry("groupMedian", "group-median"),
      Map.entry("latest", "latest"), Map.entry("linear", "linear"),
      Map.entry("linearThenConstant", "linear-constant"));
  private static final Map<String, List<String>> PARAMETERS = Map.of(
      "min-max", List.of("lower", "upper"), "z-score", List.of("mean", "sd"),
      "scaled", List.of("lower", "upper", "factor"), "distance-to-reference",
      List.of("unit", "cap"), "distance-to-target", List.of("cap"), "goalposts",
      List.of("lower", "upper", "scale", "clip"), "generalised", List.of("p"));

  private RecipeWriter() {}

  static ObjectNode document(RecipeDocument doc) {
    ObjectNode root = JSON.objectNode();
    root.put("format", RecipeJson.FORMAT);
    root.put("version", 1);
    doc.description().ifPresent(d -> root.put("description", d));
    ArrayNode steps = root.putArray("steps");
    for (int i = 0; i < doc.recipe().steps().size(); i++) {
      steps.add(step(doc.recipe().steps().get(i), "/steps/" + i));
    }
    doc.analysis().ifPresent(a -> {
      ObjectNode n = root.putObject("analysis");
      n.put("target", a.target());
      n.put("n", a.n());
      n.put("seed", a.seed());
      n.put("sampling", a.sampling().name().toLowerCase(java.util.Locale.ROOT));
      n.put("bootstrap", a.bootstrap());
      ArrayNode inputs = n.putArray("inputs");
      a.declared().forEach(d -> inputs.add(d.node()));
    });
    return root;
  }

  static ObjectNode step(Step step, String at) {
    ObjectNode n = JSON.objectNode();
    if (step instanceof Denominate s) {
      n.put("step", "denominate");
      io(n, s, Denominate.builder().build());
      map(n, "denominators", s.denominators());
      map(n, "scaleFactors", s.scaleFactors());
      if (!s.useFramework()) {
        n.put("useFramework", false);
      }
    } else if (step instanceof Impute s) {
      n.put("step", "impute");
      io(n, s, Impute.builder().build());
      n.set("method", method(s.imputer(), at));
      n.put("by", s.by() == Impute.By.ROW ? "row" : "column");
      s.groupColumn().ifPresent(c -> n.put("groupColumn", c));
      s.groupLevel().ifPresent(l -> n.put("groupLevel", l));
      if (s.normaliseFirst() != Impute.builder().build().normaliseFirst()) {
        n.put("normaliseFirst", s.normaliseFirst());
      }
    } else if (step instanceof Screen s) {
      n.put("step", "screen");
      io(n, s, Screen.builder().build());
      n.put("rule", switch (s.rule()) {
        case BY_AVAILABILITY -> "availability";
        case BY_ZEROS -> "zeros";
        case BY_AVAILABILITY_AND_ZEROS -> "availability-and-zeros";
        case NONE -> "none";
      });
      n.put("availabilityThreshold", s.availabilityThreshold());
      n.put("nonZeroThreshold", s.nonZeroThreshold());
      strings(n, "forceIn", s.forceIn());
      strings(n, "forceOut", s.forceOut());
    } else if (step instanceof Treat s) {
      n.put("step", "treat");
      io(n, s, Treat.builder().build());
      winsorisation(n, s.treatment(), at);
      ArrayNode skip = JSON.arrayNode();
      ObjectNode overrides = JSON.objectNode();
      s.overrides().forEach((code, t) -> {
        if (t.equals(OutlierTreatment.none())) {
          skip.add(code);
        } else {
          winsorisation(overrides.putObject(code), t, at + "/overrides/" + code);
        }
      });
      if (!skip.isEmpty()) {
        n.set("skip", skip);
      }
      if (!overrides.isEmpty()) {
        n.set("overrides", overrides);
      }
    } else if (step instanceof Normalise s) {
      n.put("step", "normalise");
      io(n, s, Normalise.builder().build());
      n.set("method", method(s.normaliser(), at + "/method"));
      if (!s.overrides().isEmpty()) {
        ObjectNode o = n.putObject("overrides");
        s.overrides().forEach((code, m) -> o.set(code, method(m, at + "/overrides/" + code)));
      }
    } else if (step instanceof Aggregate s) {
      n.put("step", "aggregate");
      io(n, s, Aggregate.builder().build());
      n.set("method", method(s.aggregator(), at + "/method"));
      if (!s.levelAggregators().isEmpty()) {
        ObjectNode o = n.putObject("levels");
        s.levelAggregators().forEach((l, m) -> o.set(String.valueOf(l),
            method(m, at + "/levels/" + l)));
      }
      s.availabilityThreshold().ifPresent(t -> n.put("availabilityThreshold", t));
      if (!s.levelThresholds().isEmpty()) {
        ObjectNode o = n.putObject("levelThresholds");
        s.levelThresholds().forEach((l, t) -> o.put(String.valueOf(l), t));
      }
      map(n, "weights", s.weights());
    } else {
      throw unwritable(at, step);
    }
    RecipeNodes back = new RecipeNodes("written recipe");
    Step read = back.step(n, at);
    if (!back.problems.isEmpty() || !step.equals(read)) {
      throw unwritable(at, step);
    }
    return n;
  }

  private static InvalidValueException unwritable(String at, Object what) {
    return new InvalidValueException("RecipeJson.write", "NOT_WRITABLE", Label.of(
        "Langkah " + at + " tidak dapat ditulis sebagai JSON resep (hanya langkah bawaan dengan"
            + " metode bawaan)", "Step " + at + " cannot be written as recipe JSON (only"
            + " built-in steps with stock methods can)"), what);
  }

  private static void io(ObjectNode n, Step s, Step defaults) {
    s.input().ifPresent(i -> n.put("input", i));
    if (!s.output().equals(defaults.output())) {
      n.put("output", s.output());
    }
  }

  private static void winsorisation(ObjectNode n, OutlierTreatment t, String at) {
    if (!(t instanceof Winsorisation w)) {
      throw unwritable(at, t);
    }
    Winsorisation d = Winsorisation.builder().build();
    if (w.winmax().isPresent()) {
      n.put("winmax", w.winmax().getAsInt());
    } else {
      n.putNull("winmax");
    }
    if (w.skewThreshold() != d.skewThreshold()) {
      n.put("skewThreshold", w.skewThreshold());
    }
    if (w.kurtosisThreshold() != d.kurtosisThreshold()) {
      n.put("kurtosisThreshold", w.kurtosisThreshold());
    }
    if (w.force() != d.force()) {
      n.put("force", w.force());
    }
    if (w.logFallback() != d.logFallback()) {
      n.put("logFallback", w.logFallback());
    }
    if (w.combine() != d.combine()) {
      n.put("combine", w.combine());
    }
  }

  /** A stock method from its description, e.g. {@code minMax(1.0, 100.0)}. */
  private static JsonNode method(Object method, String at) {
    String d = method.toString();
    int open = d.indexOf('(');
    String name = NAMES.get(open < 0 ? d : d.substring(0, open));
    if (name == null || !d.endsWith(")") && open >= 0) {
      throw unwritable(at, d);
    }
    List<String> keys = PARAMETERS.getOrDefault(name, List.of());
    if (keys.isEmpty()) {
      return JSON.textNode(name);
    }
    String inside = d.substring(open + 1, d.length() - 1);
    List<String> args = Arrays.asList(inside.split(", "));
    if ("distance-to-reference".equals(name)) {
      int last = inside.lastIndexOf(", ");
      args = List.of(inside.substring(0, last), inside.substring(last + 2));
    }
    if (args.size() != keys.size()) {
      throw unwritable(at, d);
    }
    ObjectNode o = JSON.objectNode();
    o.put("type", name);
    for (int i = 0; i < keys.size(); i++) {
      String v = args.get(i);
      if ("unit".equals(keys.get(i))) {
        o.put("unit", v);
      } else if ("true".equals(v) || "false".equals(v)) {
        o.put(keys.get(i), Boolean.parseBoolean(v));
      } else {
        o.put(keys.get(i), Double.parseDouble(v));
      }
    }
    return o;
  }

  private static void map(ObjectNode n, String field, Map<String, ?> values) {
    if (values.isEmpty()) {
      return;
    }
    ObjectNode o = n.putObject(field);
    values.forEach((k, v) -> o.set(k, new ObjectMapper().valueToTree(Objects.requireNonNull(v))));
  }

  private static void strings(ObjectNode n, String field, Iterable<String> values) {
    ArrayNode a = JSON.arrayNode();
    values.forEach(a::add);
    if (!a.isEmpty()) {
      n.set(field, a);
    }
  }
}
