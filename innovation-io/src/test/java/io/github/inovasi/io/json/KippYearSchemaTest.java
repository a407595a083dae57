package io.github.inovasi.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.scoring.kipp.KippYear;
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
 * The published schema of KIPP year files accepts every bundled year, and a broken year is
 * rejected by both the schema and the reader.
 */
final class KippYearSchemaTest {
  private static final Path PUBLISHED = Path.of("src/main/resources/io/github/inovasi/io/json/schema/kipp-year.schema.json");
  private static final Path DOCS = Path.of("../docs/schema/kipp-year.schema.json");
  private static final Path YEARS = Path.of("../innovation-scoring/src/main/resources/io/github/inovasi/scoring/kipp/years");

  static Stream<Path> bundledYears() throws IOException {
    return Files.list(YEARS).filter(p -> p.toString().endsWith(".json")).sorted();
  }

  @Test
  void docsCopy_isThePublishedSchema() throws IOException {
    assertThat(Files.readString(DOCS, StandardCharsets.UTF_8)).isEqualTo(Files.readString(PUBLISHED, StandardCharsets.UTF_8));
    assertThat(JsonSchemas.published("kipp-year")).isEqualTo(Files.readString(PUBLISHED, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("bundledYears")
  void bundledYear_validatesAgainstTheSchema(Path year) throws IOException {
    assertThat(schema().validate(Files.readString(year, StandardCharsets.UTF_8), InputFormat.JSON)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "unknown top-level field     | '\"format\"'                     | '\"colour\": \"red\", \"format\"'",
    "unsupported format version  | '\"formatVersion\": 1'           | '\"formatVersion\": 2'",
    "year out of range           | '\"year\": 2021'                 | '\"year\": 1921'",
    "group not listed            | '\"REPLIKASI\",'                 | '\"REPLIKA\",'",
    "quota not a whole number    | '\"UMUM\": 10'                   | '\"UMUM\": 10.5'",
    "age negative                | '\"REPLIKASI\": 1'               | '\"REPLIKASI\": -1'",
    "official without values     | '\"years\": \\{'                 | '\"yearz\": {'",
    "unknown with values         | '\"registrationDeadline\": \\{'  | '\"registrationDeadline\": {\"date\": \"2021-05-11\", '",
    "status misspelt             | '\"status\": \"official\"'       | '\"status\": \"offical\"'",
  })
  void brokenYear_isRejectedByTheSchemaAndTheReader(String what, String pattern, String replacement)
      throws IOException {
    String original = Files.readString(YEARS.resolve("kipp-2021.json"), StandardCharsets.UTF_8);
    String broken = original.replaceFirst(pattern, Matcher.quoteReplacement(replacement));
    assertThat(broken).as(what).isNotEqualTo(original);
    assertThat(schema().validate(broken, InputFormat.JSON)).as(what).isNotEmpty();
    assertThatThrownBy(() -> KippYear.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), what))
        .isInstanceOf(InvalidInputException.class);
  }

  private static Schema schema() throws IOException {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(PUBLISHED, StandardCharsets.UTF_8), InputFormat.JSON);
  }
}
