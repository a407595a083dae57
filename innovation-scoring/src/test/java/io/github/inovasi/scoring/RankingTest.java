package io.github.inovasi.scoring;

import static io.github.inovasi.scoring.RankingsTest.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.RegionLevel;
import org.junit.jupiter.api.Test;

/** A ranking built by a caller cannot disagree with its scores. */
final class RankingTest {
  private static final Region A = region("35.72", "KOTA BLITAR", RegionLevel.KOTA);
  private static final Region B = region("53.14", "KABUPATEN ROTE NDAO", RegionLevel.KABUPATEN);
  private static final Region C = region("33.28", "KABUPATEN TEGAL", RegionLevel.KABUPATEN);

  private static Region region(String code, String name, RegionLevel level) {
    return Region.builder().code(RegionCode.parse(code)).name(name).level(level).build();
  }

  private static Ranking ranking(Ranking.Entry... entries) {
    return new Ranking(RankingCategory.national(), ImmutableList.copyOf(entries));
  }

  @Test
  void entriesGivenOutOfOrder_areListedByRank() {
    Ranking r = ranking(new Ranking.Entry(3, result(C, "10", "10", "5")),
        new Ranking.Entry(1, result(A, "20", "20", "10")),
        new Ranking.Entry(1, result(B, "20", "20", "10")));
    assertThat(r.entries()).extracting(Ranking.Entry::rank).containsExactly(1, 1, 3);
    assertThat(r.entries().get(0).result().region()).isEqualTo(A);
  }

  @Test
  void aBetterRankWithALowerIndex_isRefused() {
    assertThatThrownBy(() -> ranking(new Ranking.Entry(1, result(C, "10", "10", "5")),
            new Ranking.Entry(2, result(A, "20", "20", "10"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Ranking.entries");
  }

  @Test
  void aSharedRankWithDifferentIndices_isRefused() {
    assertThatThrownBy(() -> ranking(new Ranking.Entry(1, result(A, "20", "20", "10")),
            new Ranking.Entry(1, result(C, "10", "10", "5"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("share a rank");
  }

  @Test
  void aSubjectRankedTwiceOrOutsideTheCategory_isRefused() {
    assertThatThrownBy(() -> ranking(new Ranking.Entry(1, result(A, "20", "20", "10")),
            new Ranking.Entry(2, result(A, "10", "10", "5"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> new Ranking(RankingCategory.level(RegionLevel.KOTA),
            ImmutableList.of(new Ranking.Entry(1, result(B, "20", "20", "10")))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("category");
  }

  @Test
  void aRankBelowOne_isRefused() {
    assertThatThrownBy(() -> new Ranking.Entry(0, result(A, "20", "20", "10")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("rank");
  }
}
