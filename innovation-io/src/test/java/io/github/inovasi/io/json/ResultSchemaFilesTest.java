package io.github.inovasi.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.RankingCategory;
import io.github.inovasi.scoring.Rankings;
import io.github.inovasi.scoring.ScoreResult;
import io.github.inovasi.scoring.ScoringPolicies;
import io.github.inovasi.scoring.ScoringPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published schemas of the results and rankings documents are the generated ones, and what
 * the library writes for a real scored assessment (the Rote Ndao sample under iid-2026)
 * validates against them. A stale file is rewritten and the test fails.
 */
final class ResultSchemaFilesTest {
  private static final Path RESOURCES = Path.of("src/main/resources/io/github/inovasi/io/json");
  private static final Path DOCS = Path.of("../docs");
  private static final ScoringPolicy IID_2026 = ScoringPolicies.standard().of("iid-2026");

  @ParameterizedTest
  @ValueSource(strings = {"results", "rankings"})
  void publishedSchema_isTheGeneratedOne(String kind) throws IOException {
    String generated = JsonSchemas.render(JsonSchemas.generate(JsonKind.byId(kind).orElseThrow()));
    for (Path file : List.of(RESOURCES.resolve(JsonSchemas.resourceName(kind)), DOCS.resolve(JsonSchemas.resourceName(kind)))) {
      String published = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
      if (!published.equals(generated)) {
        Files.writeString(file, generated, StandardCharsets.UTF_8);
      }
      assertThat(published).as("%s is up to date (rewritten now; commit it)", file).isEqualTo(generated);
    }
  }

  @Test
  void resultsOfAScoredSample_validateAgainstTheResultsSchema() throws IOException {
    String document = results(score());
    assertThat(document).contains("\"breakdown\"", "\"eligibility\"", "\"tentativeRules\"");
    assertThat(validator(InovasiJson.resultsSchema()).validate(document, InputFormat.JSON)).isEmpty();
  }

  @Test
  void rankingsOfAScoredSample_validateAgainstTheRankingsSchema() throws IOException {
    String document = rankings(score());
    assertThat(validator(InovasiJson.rankingsSchema()).validate(document, InputFormat.JSON)).isEmpty();
  }

  @Test
  void resultsWithAWrongRatingOrAnUnknownField_failTheSchema() throws IOException {
    String document = results(score());
    Schema schema = validator(InovasiJson.resultsSchema());
    assertThat(schema.validate(document.replaceFirst("\"LESS_INNOVATIVE\"", "\"GREAT\""), InputFormat.JSON))
        .isNotEmpty();
    assertThat(schema.validate(document.replaceFirst("\"figures\" : \\{", "\"figures\" : { \"bonus\" : 1,"), InputFormat.JSON))
        .isNotEmpty();
    assertThat(schema.validate(document.replaceFirst("\"formatVersion\" : 1", "\"formatVersion\" : 2"), InputFormat.JSON))
        .isNotEmpty();
  }

  @Test
  void rankingsWithoutARank_failTheSchema() throws IOException {
    String broken = rankings(score()).replaceFirst("\"rank\" : 1,", "");
    assertThat(validator(InovasiJson.rankingsSchema()).validate(broken, InputFormat.JSON)).isNotEmpty();
  }

  private static ScoreResult score() throws IOException {
    Assessment rote = InovasiJson.create().read(DOCS.resolve("samples/rote-ndao-2026.json"), JsonKind.ASSESSMENT).get(0);
    return IID_2026.score(rote);
  }

  private static String results(ScoreResult result) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InovasiJson.create().writeResults(out, List.of(result));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String rankings(ScoreResult result) throws IOException {
    Ranking national = Rankings.rank(List.of(result), RankingCategory.national());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InovasiJson.create().writeRankings(out, List.of(national));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Schema validator(String schema) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema, InputFormat.JSON);
  }
}
