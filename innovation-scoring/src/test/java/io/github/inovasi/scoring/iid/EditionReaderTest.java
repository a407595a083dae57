package io.github.inovasi.scoring.iid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EditionReaderTest {

  private static String bundledText(String id) throws IOException {
    try (InputStream in = IidEdition.class.getResourceAsStream("editions/" + id + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<Problem> problemsOf(String json) {
    try {
      IidEdition.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "user.json");
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("expected problems");
  }

  @Test
  void read_userFile_givesTheSameEditionAsTheBundle(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("iid-2026.json");
    Files.writeString(file, bundledText("iid-2026"));

    assertThat(IidEdition.read(file)).isEqualTo(IidEdition.bundled("iid-2026"));
    assertThat(IidEdition.read(file.toUri().toURL())).isEqualTo(IidEdition.bundled("iid-2026"));
  }

  @Test
  void read_editedFile_reportsEveryProblemWithItsLocation() throws IOException {
    String json = bundledText("iid-2026")
        // weight not positive (first SID indicator, weight 3)
        .replaceFirst("\"weight\": 3,", "\"weight\": -3,")
        // bands overlapping
        .replace("\"from\": 40.01", "\"from\": 39.5")
        // duplicate indicator code
        .replace("\"code\": \"2b\"", "\"code\": \"2a\"")
        // unknown field and wrong type
        .replace("\"year\": 2026,", "\"year\": \"2026\", \"edtion\": 1,")
        // missing provenance status
        .replaceFirst("\"status\": \"transcribed\",", "");

    List<Problem> problems = problemsOf(json);

    assertThat(problems).extracting(Problem::code).contains(
        "NOT_POSITIVE", "BANDS_OVERLAP", "DUPLICATE_INDICATOR", "UNKNOWN_FIELD", "WRONG_TYPE",
        "MISSING_FIELD");
    assertThat(problems).allSatisfy(p -> {
      assertThat(p.location().source()).contains("user.json");
      assertThat(p.location().line()).isPresent();
      assertThat(p.location().column()).isPresent();
    });
    Problem weight = problems.stream().filter(p -> p.code().equals("NOT_POSITIVE")).findFirst().orElseThrow();
    assertThat(weight.location().path()).isEqualTo("/sid/indicators/0/weight");
    assertThat(weight.found()).contains("-3");
    Problem unknown = problems.stream().filter(p -> p.code().equals("UNKNOWN_FIELD")).findFirst().orElseThrow();
    assertThat(unknown.location().field()).contains("edtion");
    assertThat(unknown.location().line()).hasValue(5);
  }

  @Test
  void read_semanticProblems_areLocatedToo() throws IOException {
    String json = bundledText("iid-2026").replace("\"maxima\": {\n    \"spd\": 63", "\"maxima\": {\n    \"spd\": 64")
        .replace("\"total\": 250", "\"total\": 251");

    List<Problem> problems = problemsOf(json);

    assertThat(problems).extracting(Problem::code).contains("MAXIMA_MISMATCH");
    assertThat(problems).filteredOn(p -> p.location().path().equals("/maxima/spd"))
        .singleElement().satisfies(p -> assertThat(p.location().line()).isPresent());
  }

  @Test
  void read_bandGap_isReported() throws IOException {
    String json = bundledText("iid-2026").replace("\"from\": 40.01", "\"from\": 40.5");

    assertThat(problemsOf(json)).extracting(Problem::code).contains("BANDS_GAP");
  }

  @Test
  void read_malformedJson_isOneLocatedProblem() {
    List<Problem> problems = problemsOf("{\n  \"format\": \"inovasi-iid-edition\",\n  \"id\": }");

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("MALFORMED_JSON");
      assertThat(p.location().line()).hasValue(3);
    });
  }

  @Test
  void read_deepNesting_isRefusedWithinBounds() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);

    assertThatThrownBy(() -> problemsOf(deep).forEach(p -> {
      throw new InvalidInputException("x", List.of(p));
    }))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("nesting");
  }

  @Test
  void read_hugeString_isRefused() {
    String huge = "{\"format\": \"" + "x".repeat(100_000) + "\"}";

    assertThat(problemsOf(huge)).singleElement()
        .satisfies(p -> assertThat(p.message().english()).containsIgnoringCase("length"));
  }

  @Test
  void read_wrongFormat_isReported() {
    assertThat(problemsOf("{\"format\": \"something-else\", \"formatVersion\": 2}"))
        .extracting(Problem::code).contains("WRONG_FORMAT", "UNSUPPORTED_VERSION", "MISSING_FIELD");
  }
}
