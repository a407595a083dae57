package io.github.inovasi.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.testing.InovasiArbitraries;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.RankingCategory;
import io.github.inovasi.scoring.Rankings;
import io.github.inovasi.scoring.Rating;
import io.github.inovasi.scoring.iid.IidEdition;
import io.github.inovasi.scoring.iid.IidScore;
import io.github.inovasi.scoring.iid.IidScorer;
import io.github.inovasi.scoring.iid.ImprovementPlan;
import io.github.inovasi.scoring.iid.ImprovementPlanner;
import io.github.inovasi.scoring.iid.ScoreBasis;
import io.github.inovasi.scoring.iid.ScoreComparison;
import io.github.inovasi.scoring.iid.Target;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Results are read back through the same declared shapes that write them: every result kind
 * round-trips to an equal value, and a document whose figures do not add up is refused with a
 * located problem.
 */
final class ResultRoundTripProperties {
  private static final IidEdition E2026 = IidEdition.bundled("iid-2026");
  private static final IidScorer SCORER = IidScorer.of(E2026);
  private static final InovasiJson JSON = InovasiJson.create();
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new InovasiModule());

  @Provide
  Arbitrary<Assessment> assessments() {
    List<Indicator> catalogue = new ArrayList<>(E2026.spdIndicators());
    catalogue.addAll(E2026.sidIndicators());
    return InovasiArbitraries.assessments(catalogue);
  }

  @Provide
  Arbitrary<List<Assessment>> severalAssessments() {
    return assessments().list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 40)
  void results_roundTrip(@ForAll("assessments") Assessment a) {
    List<IidScore> scores = List.of(SCORER.score(a), SCORER.score(a, ScoreBasis.VERIFIED));

    String written = JSON.writeString(JsonKind.RESULTS, scores);

    assertThat(JSON.readString(written, JsonKind.RESULTS)).isEqualTo(scores);
  }

  @Property(tries = 30)
  void rankings_roundTrip(@ForAll("severalAssessments") List<Assessment> as) {
    List<IidScore> scores = as.stream()
        .collect(java.util.stream.Collectors.toMap(x -> x.region().code(), SCORER::score, (x, y) -> x))
        .values().stream().toList();
    Ranking national = Rankings.rank(scores, RankingCategory.national());

    Ranking read = JSON.readString(JSON.writeString(JsonKind.RANKINGS, List.of(national)),
        JsonKind.RANKINGS).get(0);

    assertThat(read.category()).isEqualTo(national.category());
    assertThat(read.entries()).hasSameSizeAs(national.entries());
    for (int i = 0; i < read.entries().size(); i++) {
      Ranking.Entry r = read.entries().get(i);
      Ranking.Entry n = national.entries().get(i);
      assertThat(r.rank()).isEqualTo(n.rank());
      assertThat(r.result().region()).isEqualTo(n.result().region());
      assertThat(r.result().index()).isEqualTo(n.result().index());
      assertThat(r.result().grade()).isEqualTo(n.result().grade());
      assertThat(r.result().components()).isEqualTo(n.result().components());
    }
  }

  @Property(tries = 15)
  void plansAndComparisons_roundTripThroughTheModule(@ForAll("assessments") Assessment a)
      throws IOException {
    ImprovementPlan plan = ImprovementPlanner.of(E2026).plan(a, Target.rating(Rating.INNOVATIVE));
    ScoreComparison comparison = SCORER.compare(a);

    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(plan), ImprovementPlan.class))
        .isEqualTo(plan);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(comparison), ScoreComparison.class))
        .isEqualTo(comparison);
  }

  @Test
  void aResultWhoseTotalIsNotTheSumOfItsParts_isALocatedProblem() throws IOException {
    Assessment rote = JSON.read(java.nio.file.Path.of("../docs/samples/rote-ndao-2026.json"),
        JsonKind.ASSESSMENT).get(0);
    String written = JSON.writeString(JsonKind.RESULTS, List.of(SCORER.score(rote)));
    String broken = written.replaceFirst("\"total\" : ([0-9.]+)", "\"total\" : 99.5");
    assertThat(broken).isNotEqualTo(written);

    assertThatThrownBy(() -> JSON.readString(broken, JsonKind.RESULTS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("/results/0/figures (total)")
        .hasMessageContaining("must be spd + sidSum / divisor + countScore");
  }
}
