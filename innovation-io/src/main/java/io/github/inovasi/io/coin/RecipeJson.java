package io.github.inovasi.io.coin;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.composite.Recipe;
import io.github.inovasi.scoring.composite.Step;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a composite-index {@link Recipe} from JSON (the format is documented in
 * {@code docs/composite.md}; the ASEM example ships as {@code asem-recipe.json}):
 *
 * <pre>{@code
 * {"format": "inovasi-composite-recipe", "version": 1, "steps": [
 *   {"step": "denominate"},
 *   {"step": "impute", "method": "group-mean", "groupColumn": "EurAsia_group"},
 *   {"step": "screen", "availabilityThreshold": 0.9},
 *   {"step": "treat", "winmax": 5},
 *   {"step": "normalise", "method": {"type": "min-max", "lower": 0, "upper": 100}},
 *   {"step": "aggregate", "method": {"type": "arithmetic"}}]}
 * }</pre>
 *
 * <p>Strict: an unknown step, field or method, a value of the wrong type, and a parameter the
 * engine refuses are all reported at once with their JSON pointer. A file may also declare an
 * uncertainty or sensitivity analysis ({@code "analysis"}: inputs, N, seed, sampling, target,
 * bootstrap; {@link #readDocument}), and {@link #write} writes a recipe back.
 */
public final class RecipeJson {
  /** The value of the {@code format} field. */
  public static final String FORMAT = "inovasi-composite-recipe";

  static final long MAX_CHARS = 1_000_000;
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32)
          .maxStringLength(10_000).build()).build());

  private RecipeJson() {}

  /**
   * Reads a recipe file.
   *
   * @param file the JSON file
   * @return the recipe
   * @throws InvalidInputException listing every problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Recipe read(Path file) {
    return readDocument(file).recipe();
  }

  /**
   * Reads a recipe file with its description and declared analysis.
   *
   * @param file the JSON file
   * @return the document
   * @throws InvalidInputException listing every problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static RecipeDocument readDocument(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readDocument(r, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /**
   * Writes a recipe file: the recipe's steps (each field that differs from its default), the
   * description and the declared analysis; reading it back gives an equal document.
   *
   * @param document the recipe and what goes with it
   * @param out where to write (not closed)
   * @throws InvalidValueException with code {@code NOT_WRITABLE} when a step or method is not
   *     one the format expresses (a step of one's own, a lambda method)
   * @throws UncheckedIOException if writing fails
   */
  public static void write(RecipeDocument document, Writer out) {
    ObjectNode root = RecipeWriter.document(document);
    try {
      out.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the recipe", e);
    }
  }

  /**
   * Reads a recipe.
   *
   * @param in the JSON text
   * @param source the source name for problem locations
   * @return the recipe
   * @throws InvalidInputException listing every problem
   */
  public static Recipe read(Reader in, String source) {
    return readDocument(in, source).recipe();
  }

  /**
   * Reads a recipe with its description and declared analysis.
   *
   * @param in the JSON text
   * @param source the source name for problem locations
   * @return the document
   * @throws InvalidInputException listing every problem
   */
  public static RecipeDocument readDocument(Reader in, String source) {
    JsonNode root;
    try {
      char[] buf = new char[8192];
      StringBuilder text = new StringBuilder();
      for (int n; (n = in.read(buf)) > 0; ) {
        text.append(buf, 0, n);
        if (text.length() > MAX_CHARS) {
          throw fail(source, Location.builder().source(source).build(), "TOO_LARGE",
              "Resep terlalu besar", "The recipe is too large", "at most " + MAX_CHARS
                  + " characters", "more");
        }
      }
      root = MAPPER.readTree(text.toString());
    } catch (JacksonException e) {
      Location.Builder at = Location.builder().source(source);
      if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
        at.line(e.getLocation().getLineNr()).column(Math.max(1, e.getLocation().getColumnNr()));
      }
      throw fail(source, at.build(), "MALFORMED_JSON", "JSON rusak",
          "Malformed JSON: " + e.getOriginalMessage(), null, null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source, e);
    }
    RecipeNodes nodes = new RecipeNodes(source);
    List<Step> steps = new ArrayList<>();
    RecipeAnalysis analysis = null;
    if (root == null || !root.isObject()) {
      nodes.problem("", "NOT_AN_OBJECT", "Resep harus objek JSON",
          "The recipe must be a JSON object", "{\"steps\": [...]}");
    } else {
      nodes.allowOnly(root, "", List.of("format", "version", "description", "steps",
          "analysis"));
      JsonNode format = root.get("format");
      if (format != null && !FORMAT.equals(format.asText())) {
        nodes.problem("/format", "UNKNOWN_FORMAT", "Format tidak dikenal", "Unknown format",
            FORMAT);
      }
      JsonNode version = root.get("version");
      if (version != null && !(version.isInt() && version.intValue() == 1)) {
        nodes.problem("/version", "UNKNOWN_VERSION", "Versi tidak didukung",
            "Unsupported version", "1");
      }
      JsonNode list = root.get("steps");
      if (list == null || !list.isArray()) {
        nodes.problem("/steps", "MISSING_FIELD", "Daftar langkah tidak ada",
            "The steps array is missing", "an array of steps");
      } else {
        for (int i = 0; i < list.size(); i++) {
          steps.add(nodes.step(list.get(i), "/steps/" + i));
        }
      }
      if (root.has("description")) {
        nodes.text(root.get("description"), "/description");
      }
      if (root.has("analysis")) {
        analysis = AnalysisNodes.read(root.get("analysis"), "/analysis", nodes);
      }
    }
    if (nodes.problems.isEmpty()) {
      try {
        return new RecipeDocument(Recipe.builder().addAllSteps(steps).build(),
            Optional.ofNullable(root.get("description")).map(JsonNode::asText),
            Optional.ofNullable(analysis));
      } catch (InovasiException e) {
        nodes.problem("/steps", "INVALID_RECIPE", "Resep tidak valid", e.getMessage(), null);
      }
    }
    throw new InvalidInputException(source + " has " + nodes.problems.size() + " problem(s)",
        nodes.problems);
  }

  private static InvalidInputException fail(String source, Location at, String code, String id,
      String en, String expected, String found) {
    Problem.Builder p = Problem.builder().code(code).location(at).message(Label.of(id, en));
    if (expected != null) {
      p.expected(expected);
    }
    if (found != null) {
      p.found(found);
    }
    return new InvalidInputException(source + " cannot be read", List.of(p.build()));
  }
}
