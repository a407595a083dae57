package io.github.inovasi.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published schemas (jar resources and docs/schema) are exactly what the shapes generate,
 * and the documents the writer produces validate against them. A stale file is rewritten and
 * the test fails, so the change shows up in the diff.
 */
final class JsonSchemaFilesTest {
  private static final Path RESOURCES = Path.of("src/main/resources/io/github/inovasi/io/json");
  private static final Path DOCS = Path.of("../docs");

  static Stream<JsonKind<?>> kinds() {
    return JsonKind.all().stream();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void publishedSchema_isTheGeneratedOne(JsonKind<?> kind) throws IOException {
    String generated = JsonSchemas.render(JsonSchemas.generate(kind));
    for (Path file :
        List.of(RESOURCES.resolve(JsonSchemas.resourceName(kind)), DOCS.resolve(JsonSchemas.resourceName(kind)))) {
      String published = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
      if (!published.equals(generated)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, generated, StandardCharsets.UTF_8);
      }
      assertThat(published).as("%s is up to date (rewritten now; commit it)", file).isEqualTo(generated);
    }
    assertThat(InovasiJson.schema(kind)).isEqualTo(generated);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void sampleDocument_validatesAgainstItsSchema(JsonKind<?> kind) {
    Schema schema = schemaOf(kind);
    String sample = SampleDocuments.of(kind);
    List<Error> errors = schema.validate(sample, InputFormat.JSON);
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void documentWithUnknownField_failsItsSchema(JsonKind<?> kind) {
    String sample = SampleDocuments.of(kind).replaceFirst("\\{", "{\"unexpected\": 1,");
    assertThat(schemaOf(kind).validate(sample, InputFormat.JSON)).isNotEmpty();
  }

  static Schema schemaOf(JsonKind<?> kind) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(InovasiJson.schema(kind), InputFormat.JSON);
  }
}
