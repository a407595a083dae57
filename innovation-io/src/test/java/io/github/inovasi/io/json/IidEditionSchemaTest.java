package io.github.inovasi.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.scoring.iid.IidEdition;
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
 * The published schema of IID edition files accepts the bundled editions, and a broken
 * edition is rejected by both the schema and the reader.
 */
final class IidEditionSchemaTest {
  private static final Path PUBLISHED = Path.of("src/main/resources/io/github/inovasi/io/json/schema/iid-edition.schema.json");
  private static final Path DOCS = Path.of("../docs/schema/iid-edition.schema.json");
  private static final Path EDITIONS = Path.of("../innovation-scoring/src/main/resources/io/github/inovasi/scoring/iid/editions");

  static Stream<Path> bundledEditions() throws IOException {
    return Files.list(EDITIONS).filter(p -> p.toString().endsWith(".json")).sorted();
  }

  @Test
  void docsCopy_isThePublishedSchema() throws IOException {
    assertThat(Files.readString(DOCS, StandardCharsets.UTF_8)).isEqualTo(Files.readString(PUBLISHED, StandardCharsets.UTF_8));
    assertThat(JsonSchemas.published("iid-edition")).isEqualTo(Files.readString(PUBLISHED, StandardCharsets.UTF_8));
  }

  @Test
  void bundledEditions_areAllThree() throws IOException {
    assertThat(bundledEditions().map(p -> p.getFileName().toString()))
        .containsExactly("iid-2023.json", "iid-2026.json", "iid-2027.json");
  }

  @ParameterizedTest
  @MethodSource("bundledEditions")
  void bundledEdition_validatesAgainstTheSchema(Path edition) throws IOException {
    assertThat(schema().validate(Files.readString(edition, StandardCharsets.UTF_8), InputFormat.JSON)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "unknown top-level field      | '\"format\"'                                   | '\"colour\": \"red\", \"format\"'",
    "unsupported format version   | '\"formatVersion\": 1'                         | '\"formatVersion\": 2'",
    "provenance status not listed | '\"status\": \"transcribed\"'                  | '\"status\": \"rumoured\"'",
    "transcribed, without sources | '\"status\": \"transcribed\",\\s*\"sources\": \\[[^\\]]*\\]' | '\"status\": \"transcribed\", \"sources\": []'",
    "weight not a number          | '\"weight\": 1'                                | '\"weight\": \"1\"'",
    "rating not a band rating     | '\"rating\": \"INNOVATIVE\"'                   | '\"rating\": \"SUPERB\"'",
    "indicator field misspelt     | '\"mandatory\":'                               | '\"compulsory\":'",
  })
  void brokenEdition_isRejectedByTheSchemaAndTheReader(String what, String pattern, String replacement)
      throws IOException {
    String original = Files.readString(EDITIONS.resolve("iid-2026.json"), StandardCharsets.UTF_8);
    String broken = original.replaceFirst(pattern, Matcher.quoteReplacement(replacement));
    assertThat(broken).as(what).isNotEqualTo(original);
    assertThat(schema().validate(broken, InputFormat.JSON)).as(what).isNotEmpty();
    assertThatThrownBy(() -> IidEdition.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), what))
        .isInstanceOf(InvalidInputException.class);
  }

  private static Schema schema() throws IOException {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(PUBLISHED, StandardCharsets.UTF_8), InputFormat.JSON);
  }
}
