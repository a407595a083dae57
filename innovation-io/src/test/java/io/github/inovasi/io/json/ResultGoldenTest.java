package io.github.inovasi.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.RankingCategory;
import io.github.inovasi.scoring.Rankings;
import io.github.inovasi.scoring.Rating;
import io.github.inovasi.scoring.iid.IidEdition;
import io.github.inovasi.scoring.iid.IidScore;
import io.github.inovasi.scoring.iid.IidScorer;
import io.github.inovasi.scoring.iid.ImprovementPlanner;
import io.github.inovasi.scoring.iid.Target;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published JSON of every result kind, pinned byte for byte on the Rote Ndao sample under
 * iid-2026: a results document, a rankings document, and through {@link InovasiModule} a
 * breakdown, an improvement plan, a claimed-against-verified comparison and a year-over-year
 * change. The JSON comes from declared field names, so renaming a Java accessor or component
 * cannot change it; only a deliberate change of a shape (and of these files) can. A missing file
 * is written and the test fails.
 */
final class ResultGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/io/github/inovasi/io/json/golden");
  private static final IidEdition EDITION = IidEdition.bundled("iid-2026");
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new InovasiModule()).enable(SerializationFeature.INDENT_OUTPUT);

  private static Assessment rote;
  private static IidScore score;
  private static Ranking national;

  @BeforeAll
  static void score() throws IOException {
    rote = InovasiJson.create()
        .read(Path.of("../docs/samples/rote-ndao-2026.json"), JsonKind.ASSESSMENT).get(0);
    score = IidScorer.of(EDITION).score(rote);
    national = Rankings.rank(List.of(score), RankingCategory.national());
  }

  @Test
  void resultsDocument() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InovasiJson.create().writeResults(out, List.of(score));
    assertGolden("results.json", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void rankingsDocument() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InovasiJson.create().writeRankings(out, List.of(national));
    assertGolden("rankings.json", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void breakdown() throws IOException {
    assertGolden("breakdown.json", MAPPER.writeValueAsString(score.breakdown()));
  }

  @Test
  void improvementPlan() throws IOException {
    assertGolden("plan.json", MAPPER.writeValueAsString(
        ImprovementPlanner.of(EDITION).plan(rote, Target.rating(Rating.INNOVATIVE))));
  }

  @Test
  void claimedAgainstVerified() throws IOException {
    assertGolden("comparison.json", MAPPER.writeValueAsString(IidScorer.of(EDITION).compare(rote)));
  }

  @Test
  void yearOverYear() throws IOException {
    assertGolden("year-over-year.json", MAPPER.writeValueAsString(
        Rankings.compare(national, national, rote.region().code())));
  }

  private static void assertGolden(String name, String written) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (!Files.exists(file)) {
      Files.writeString(file, written, StandardCharsets.UTF_8);
      throw new AssertionError(file + " was missing; written now, check and commit it");
    }
    assertThat(written).as("the published JSON pinned in %s", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
