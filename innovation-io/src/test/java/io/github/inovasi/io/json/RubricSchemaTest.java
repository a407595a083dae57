package io.github.inovasi.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.scoring.rubric.Rubric;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published schema of rubric files accepts the bundled rubrics, and a broken rubric is
 * rejected by both the schema and the reader.
 */
final class RubricSchemaTest {
  private static final Path PUBLISHED = Path.of("src/main/resources/io/github/inovasi/io/json/schema/rubric.schema.json");
  private static final Path DOCS = Path.of("../docs/schema/rubric.schema.json");
  private static final Path RUBRICS = Path.of("../innovation-scoring/src/main/resources/io/github/inovasi/scoring/rubric/rubrics");

  static Stream<Path> bundledRubrics() throws IOException {
    return Files.list(RUBRICS).filter(p -> p.toString().endsWith(".json")).sorted();
  }

  @Test
  void docsCopy_isThePublishedSchema() throws IOException {
    assertThat(Files.readString(DOCS, StandardCharsets.UTF_8)).isEqualTo(Files.readString(PUBLISHED, StandardCharsets.UTF_8));
    assertThat(JsonSchemas.published("rubric")).isEqualTo(Files.readString(PUBLISHED, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("bundledRubrics")
  void bundledRubric_validatesAgainstTheSchema(Path rubric) throws IOException {
    assertThat(schema().validate(Files.readString(rubric, StandardCharsets.UTF_8), InputFormat.JSON)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "unknown top-level field     | '\"format\"'                  | '\"colour\": \"red\", \"format\"'",
    "unsupported format version  | '\"formatVersion\": 1'        | '\"formatVersion\": 2'",
    "unit not listed             | '\"unit\": \"innovation\"'    | '\"unit\": \"ministry\"'",
    "weight not a number         | '\"weight\": 5'               | '\"weight\": \"5\"'",
    "weight zero                 | '\"weight\": 5'               | '\"weight\": 0'",
    "combination not listed      | '\"combination\": \"mean\"'   | '\"combination\": \"mode\"'",
    "trim without trimmed mean   | '\"combination\": \"mean\"'   | '\"combination\": \"mean\", \"trim\": 1'",
    "example without sources     | '\"status\": \"example\", \"sources\": \\[\"docs/rubrics.md\"\\]' | '\"status\": \"example\", \"sources\": []'",
    "level misspelt              | '\"points\": 1'               | '\"poin\": 1'",
  })
  void brokenRubric_isRejectedByTheSchemaAndTheReader(String what, String pattern, String replacement)
      throws IOException {
    String original = Files.readString(RUBRICS.resolve("example-lomba-inovasi-opd.json"), StandardCharsets.UTF_8);
    String broken = original.replaceFirst(pattern, Matcher.quoteReplacement(replacement));
    assertThat(broken).as(what).isNotEqualTo(original);
    assertThat(schema().validate(broken, InputFormat.JSON)).as(what).isNotEmpty();
    assertThatThrownBy(() -> Rubric.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), what))
        .isInstanceOf(InvalidInputException.class);
  }

  private static Schema schema() throws IOException {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(PUBLISHED, StandardCharsets.UTF_8), InputFormat.JSON);
  }
}
