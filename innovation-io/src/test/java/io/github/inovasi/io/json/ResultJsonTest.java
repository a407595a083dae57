package io.github.inovasi.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inovasi.io.sample.NationalDataSet;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.RankingCategory;
import io.github.inovasi.scoring.Rankings;
import io.github.inovasi.scoring.ScoreResult;
import io.github.inovasi.scoring.ScoringPolicies;
import io.github.inovasi.scoring.ScoringPolicy;
import io.github.inovasi.scoring.iid.IidScore;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class ResultJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new InovasiModule());
  private static final ScoringPolicy IID_2026 = ScoringPolicies.standard().of("iid-2026");
  private static final List<ScoreResult> SCORES =
      NationalDataSet.of(9).withInnovations(800).assessments().limit(8).map(IID_2026::score).collect(Collectors.toList());

  @Test
  void iidScore_isWrittenWithFiguresAndEveryBreakdownLine() throws Exception {
    IidScore score = (IidScore) SCORES.get(0);
    JsonNode node = MAPPER.readTree(MAPPER.writeValueAsString(score));
    assertThat(node.get("policyId").asText()).isEqualTo("iid-2026");
    assertThat(node.get("region").get("code").asText()).isEqualTo(score.region().code().value());
    assertThat(node.get("figures").get("index").decimalValue()).isEqualByComparingTo(score.index());
    assertThat(node.get("figures").get("rating").asText()).isEqualTo(score.rating().name());
    assertThat(node.get("figures").get("maxima").has("spd")).isTrue();
    assertThat(node.get("breakdown").get("lines")).hasSize(score.breakdown().lines().size());
    BigDecimal earned = BigDecimal.ZERO;
    for (JsonNode line : node.get("breakdown").get("lines")) {
      earned = earned.add(line.get("earned").decimalValue());
    }
    assertThat(earned).isEqualByComparingTo(score.breakdown().earned());
  }

  @Test
  void rankings_areWrittenWithRankAndScoreSummary() throws Exception {
    Ranking national = Rankings.rank(SCORES, RankingCategory.national());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InovasiJson.create().writeRankings(out, List.of(national));
    JsonNode node = MAPPER.readTree(out.toByteArray());
    assertThat(node.get("kind").asText()).isEqualTo("rankings");
    JsonNode entries = node.get("rankings").get(0).get("entries");
    assertThat(entries).hasSize(8);
    assertThat(entries.get(0).get("rank").asInt()).isEqualTo(1);
    assertThat(entries.get(0).get("result").fieldNames()).toIterable()
        .containsExactly("policyId", "region", "index", "rating", "components");
    assertThat(node.get("rankings").get(0).get("category").get("id").asText()).isEqualTo(national.category().id());
  }

  @Test
  void results_documentHoldsEveryScore() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InovasiJson.create().compact().writeResults(out, SCORES);
    JsonNode node = MAPPER.readTree(out.toByteArray());
    assertThat(node.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(node.get("results")).hasSize(8);
  }
}
