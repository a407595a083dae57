package io.github.inovasi.scoring.rubric;

import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.ScoredUnit;
import io.github.inovasi.scoring.iid.Provenance;
import io.github.inovasi.scoring.internal.JsonFields;
import io.github.inovasi.scoring.internal.JsonTree;
import io.github.inovasi.scoring.internal.JsonTree.Node;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a rubric file (format {@code inovasi-rubric}, see docs/rubrics.md) into a {@link
 * Rubric}, collecting every problem with its line, column and JSON pointer before throwing;
 * nothing is defaulted silently.
 */
final class RubricReader extends JsonFields {
  static final String FORMAT = "inovasi-rubric";
  static final int FORMAT_VERSION = 1;
  private static final String[] SCALE_FIELDS = {"minimum", "maximum", "step", "levels"};

  private final String source;

  private RubricReader(String source) {
    this.source = source;
  }

  static Rubric read(Path file) {
    return JsonFields.readFile(file, "rubric file", in -> read(in, file.toString()));
  }

  static Rubric read(URL url) {
    return JsonFields.readUrl(url, "rubric", in -> read(in, url.toString()));
  }

  static Rubric read(InputStream in, String source) {
    return new RubricReader(source).run(in);
  }

  private Rubric run(InputStream in) {
    Node root = JsonTree.parse(in, source, problems);
    if (root == null) {
      throw fail();
    }
    index(root);
    Rubric.Builder b = rubric(root);
    if (b == null || !problems.isEmpty()) {
      throw fail();
    }
    try {
      return b.build();
    } catch (InvalidInputException e) {
      for (Problem p : e.problems()) {
        problems.add(Problem.builder().from(p).location(locate(p.location().path())).build());
      }
    } catch (InvalidValueException e) {
      problems.add(e.toProblem(root.location));
    }
    throw fail();
  }

  private InvalidInputException fail() {
    return new InvalidInputException(
        "Rubric " + source + " has " + problems.size() + " problem(s)", problems);
  }

  private Rubric.Builder rubric(Node root) {
    if (!object(root, "format", "formatVersion", "id", "title", "unit", "provenance", "scale",
        "criteria", "judges", "aggregation", "rounding", "bands", "assumptions")) {
      return null;
    }
    String format = string(required(root, "format"));
    if (format != null && !FORMAT.equals(format)) {
      problems.add(problem("WRONG_FORMAT", root.fields.get("format"), "Bukan berkas rubrik",
          "Not a rubric file", FORMAT));
    }
    Integer version = integer(required(root, "formatVersion"), 1, Integer.MAX_VALUE);
    if (version != null && version != FORMAT_VERSION) {
      problems.add(problem("UNSUPPORTED_VERSION", root.fields.get("formatVersion"),
          "Versi format tidak didukung", "Unsupported format version", String.valueOf(FORMAT_VERSION)));
    }
    Rubric.Builder b = Rubric.builder();
    setIf(string(required(root, "id")), b::id);
    setIf(label(required(root, "title")), b::title);
    setIf(coded(required(root, "unit"), ScoredUnit.values(), ScoredUnit::code), b::unit);
    setIf(provenance(required(root, "provenance")), b::provenance);
    Node scale = required(root, "scale");
    if (object(scale, "minimum", "maximum", "step", "levels", "provenance")) {
      setIf(provenance(required(scale, "provenance")), b::scaleProvenance);
      if (scale.fields.size() > 1) {
        setIf(scale(scale, "provenance"), b::scale);
      }
    }
    Node criteria = required(root, "criteria");
    if (criteria != null && array(criteria)) {
      for (Node item : criteria.items) {
        setIf(criterion(item), b::addCriteria);
      }
    }
    judges(required(root, "judges"), b);
    Node aggregation = required(root, "aggregation");
    if (object(aggregation, "method", "provenance")) {
      Aggregation.Method method = coded(required(aggregation, "method"),
          Aggregation.Method.values(), Aggregation.Method::code);
      Provenance p = provenance(required(aggregation, "provenance"));
      if (method != null && p != null) {
        b.aggregation(new Aggregation(method, p));
      }
    }
    Node rounding = required(root, "rounding");
    if (object(rounding, "scale", "mode", "provenance")) {
      setIf(integer(required(rounding, "scale"), 0, 10), b::roundingScale);
      setIf(enumeration(required(rounding, "mode"), RoundingMode.class), b::roundingMode);
      setIf(provenance(required(rounding, "provenance")), b::roundingProvenance);
    }
    Node bands = root.fields.get("bands");
    if (bands != null && object(bands, "values", "provenance")) {
      setIf(provenance(required(bands, "provenance")), b::bandsProvenance);
      Node values = required(bands, "values");
      if (values != null && array(values)) {
        for (Node band : values.items) {
          if (object(band, "code", "label", "from", "to")) {
            String code = string(required(band, "code"));
            Label label = label(required(band, "label"));
            BigDecimal from = nonNegative(required(band, "from"));
            BigDecimal to = nonNegative(required(band, "to"));
            if (code != null && label != null && from != null && to != null) {
              setIf(guard(band, () -> new RubricBand(code, label, from, to)), b::addBands);
            }
          }
        }
      }
    }
    Node assumptions = root.fields.get("assumptions");
    if (assumptions != null && object(assumptions, "scale", "provenance")) {
      setIf(provenance(required(assumptions, "provenance")), b::assumptionProvenance);
      setIf(scale(required(assumptions, "scale")), b::assumedScale);
    }
    return b;
  }

  private Criterion criterion(Node item) {
    if (!object(item, "code", "name", "weight", "scale", "provenance")) {
      return null;
    }
    int before = problems.size();
    Criterion.Builder c = Criterion.builder();
    setIf(string(required(item, "code")), c::code);
    setIf(label(required(item, "name")), c::name);
    setIf(positive(required(item, "weight")), c::weight);
    Node scale = item.fields.get("scale");
    if (scale != null) {
      setIf(scale(scale), c::scale);
    }
    setIf(provenance(required(item, "provenance")), c::provenance);
    return problems.size() > before ? null : guard(item, c::build);
  }

  private void judges(Node node, Rubric.Builder b) {
    if (!object(node, "combination", "trim", "provenance")) {
      return;
    }
    JudgeCombination.Method method = coded(required(node, "combination"),
        JudgeCombination.Method.values(), JudgeCombination.Method::code);
    Node trimNode = node.fields.get("trim");
    Integer trim = trimNode == null ? null : integer(trimNode, 1, 100);
    Provenance p = provenance(required(node, "provenance"));
    if (method == null || p == null) {
      return;
    }
    if (method == JudgeCombination.Method.TRIMMED_MEAN && trimNode == null) {
      problems.add(problem("MISSING_TRIM", node.fields.get("combination"),
          "Rata-rata terpangkas memerlukan trim", "A trimmed mean needs a trim", "trim ≥ 1"));
    } else if (method != JudgeCombination.Method.TRIMMED_MEAN && trimNode != null) {
      problems.add(problem("TRIM_MISMATCH", trimNode, "trim hanya untuk trimmed-mean",
          "trim belongs only to trimmed-mean", "no trim"));
    } else if (method == JudgeCombination.Method.TRIMMED_MEAN) {
      if (trim != null) {
        b.judges(JudgeCombination.trimmedMean(trim, p));
      }
    } else {
      b.judges(JudgeCombination.of(method, p));
    }
  }

  private Scale scale(Node node, String... alongside) {
    String[] allowed = java.util.Arrays.copyOf(SCALE_FIELDS, SCALE_FIELDS.length + alongside.length);
    System.arraycopy(alongside, 0, allowed, SCALE_FIELDS.length, alongside.length);
    if (node == null || !object(node, allowed)) {
      return null;
    }
    Node levels = node.fields.get("levels");
    if (levels != null) {
      for (String f : new String[] {"minimum", "maximum", "step"}) {
        if (node.fields.containsKey(f)) {
          problems.add(problem("SCALE_LEVELS_AND_RANGE", node.fields.get(f),
              "Skala bertingkat tidak memakai " + f, "A level scale has no " + f, "levels only"));
        }
      }
      if (!array(levels)) {
        return null;
      }
      List<ScaleLevel> out = new ArrayList<>();
      for (Node level : levels.items) {
        if (object(level, "points", "label")) {
          BigDecimal points = nonNegative(required(level, "points"));
          Label label = label(required(level, "label"));
          if (points != null && label != null) {
            out.add(ScaleLevel.of(points, label));
          }
        }
      }
      return out.size() == levels.items.size() ? guard(levels, () -> Scale.levels(out)) : null;
    }
    BigDecimal minimum = nonNegative(required(node, "minimum"));
    BigDecimal maximum = nonNegative(required(node, "maximum"));
    Node stepNode = node.fields.get("step");
    BigDecimal step = stepNode == null ? null : positive(stepNode);
    if (minimum == null || maximum == null || (stepNode != null && step == null)) {
      return null;
    }
    return guard(node, () -> Scale.range(minimum, maximum, step));
  }

  /** An enumeration written by its code, e.g. {@code "weighted-mean"}. */
  private <E> E coded(Node node, E[] values, Function<E, String> code) {
    String text = string(node);
    if (text == null) {
      return null;
    }
    List<String> codes = new ArrayList<>();
    for (E value : values) {
      if (code.apply(value).equals(text)) {
        return value;
      }
      codes.add(code.apply(value));
    }
    problems.add(problem("UNKNOWN_VALUE", node, "Nilai tidak dikenal", "Unknown value",
        "one of " + String.join(", ", codes)));
    return null;
  }
}
