package io.github.inovasi.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.RegionLevel;
import io.github.inovasi.model.RegionalGroup;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class RankingsTest {
  private static final Region JATIM = Region.builder().code(RegionCode.parse("35")).name("JAWA TIMUR")
      .level(RegionLevel.PROVINSI).regionalGroup(RegionalGroup.II).build();
  private static final Region BLITAR = Region.builder().code(RegionCode.parse("35.72")).name("KOTA BLITAR")
      .level(RegionLevel.KOTA).regionalGroup(RegionalGroup.II).build();
  private static final Region ROTE = Region.builder().code(RegionCode.parse("53.14")).name("KABUPATEN ROTE NDAO")
      .level(RegionLevel.KABUPATEN).disadvantaged(true).border(true).regionalGroup(RegionalGroup.IV).build();
  private static final Region TEGAL = Region.builder().code(RegionCode.parse("33.28")).name("KABUPATEN TEGAL")
      .level(RegionLevel.KABUPATEN).regionalGroup(RegionalGroup.II).build();

  /** A score with given components (SPD, SID, COUNT) whose sum is the index. */
  record Result(Region region, BigDecimal index, Rating rating, ImmutableList<ScoreComponent> components)
      implements ScoreResult {
    @Override
    public String policyId() {
      return "iid-2026";
    }

    @Override
    public Subject subject() {
      return Subject.of(region);
    }

    @Override
    public Grade grade() {
      return rating.grade();
    }

    @Override
    public Explanation explanation() {
      return Explanation.total("index", Label.of("Indeks", "Index"), index, BigDecimal.valueOf(100));
    }
  }

  static Result result(Region region, String spd, String sid, String count) {
    BigDecimal a = new BigDecimal(spd);
    BigDecimal b = new BigDecimal(sid);
    BigDecimal c = new BigDecimal(count);
    BigDecimal index = a.add(b).add(c);
    Rating rating = index.compareTo(new BigDecimal("65.01")) >= 0 ? Rating.VERY_INNOVATIVE
        : index.compareTo(new BigDecimal("40.01")) >= 0 ? Rating.INNOVATIVE : Rating.LESS_INNOVATIVE;
    return new Result(region, index, rating, ImmutableList.of(
        new ScoreComponent("SPD", Label.of("SPD", "SPD"), a, new BigDecimal("25.2")),
        new ScoreComponent("SID", Label.of("SID", "SID"), b, new BigDecimal("44.4")),
        new ScoreComponent("COUNT", Label.of("Jumlah", "Count"), c, new BigDecimal("30.4"))));
  }

  @Test
  void rank_tiesShareARank_competitionStyle() {
    List<Result> results = List.of(
        result(BLITAR, "20", "20", "10"), result(ROTE, "20", "20", "10"),
        result(TEGAL, "10", "10", "5"), result(JATIM, "25", "30", "20"));

    Ranking national = Rankings.rank(results, RankingCategory.national());

    assertThat(national.entries()).extracting(Ranking.Entry::rank).containsExactly(1, 2, 2, 4);
    assertThat(national.entries()).extracting(e -> e.result().region().name())
        .containsExactly("JAWA TIMUR", "KOTA BLITAR", "KABUPATEN ROTE NDAO", "KABUPATEN TEGAL");
  }

  @Test
  void rankAll_groupsRegionsTheWayTheAwardDoes() {
    List<Result> results = List.of(
        result(BLITAR, "20", "20", "10"), result(ROTE, "20", "20", "10"),
        result(TEGAL, "10", "10", "5"), result(JATIM, "25", "30", "20"));

    Map<RankingCategory, Ranking> all = Rankings.rankAll(results);

    assertThat(all.keySet()).extracting(RankingCategory::id).containsExactly(
        "national", "provinsi", "kabupaten", "kota", "tertinggal", "perbatasan",
        "regional-I", "regional-II", "regional-III", "regional-IV");
    assertThat(all.get(RankingCategory.level(RegionLevel.KABUPATEN)).entries())
        .extracting(e -> e.result().region().code().toString()).containsExactly("53.14", "33.28");
    assertThat(all.get(RankingCategory.disadvantaged()).entries()).singleElement()
        .satisfies(e -> assertThat(e.rank()).isEqualTo(1));
    assertThat(all.get(RankingCategory.border()).entries()).hasSize(1);
    assertThat(all.get(RankingCategory.regionalGroup(RegionalGroup.II)).entries()).hasSize(3);
    assertThat(all.get(RankingCategory.regionalGroup(RegionalGroup.I)).entries()).isEmpty();
  }

  @Test
  void rank_regionTwice_isRefused() {
    assertThatThrownBy(() -> Rankings.rank(
        List.of(result(BLITAR, "1", "1", "1"), result(BLITAR, "2", "2", "2")), RankingCategory.national()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("35.72");
  }

  @Test
  void compare_explainsAFallInRank() {
    Ranking before = Rankings.rank(List.of(
        result(BLITAR, "20", "25", "21"), result(ROTE, "20", "20", "10"),
        result(TEGAL, "10", "10", "5")), RankingCategory.national());
    Ranking after = Rankings.rank(List.of(
        result(BLITAR, "20", "22", "10"), result(ROTE, "20", "25", "10"),
        result(TEGAL, "20", "30", "10")), RankingCategory.national());

    YearOverYear y = Rankings.compare(before, after, BLITAR.code());

    assertThat(y.previous().rank()).isEqualTo(1);
    assertThat(y.current().rank()).isEqualTo(3);
    assertThat(y.rankChange()).isEqualTo(-2);
    assertThat(y.indexChange()).isEqualByComparingTo("-14");
    assertThat(y.ratingChanged()).isTrue();
    assertThat(y.componentChanges()).extracting(YearOverYear.ComponentChange::code).containsExactly("COUNT", "SID", "SPD");
    assertThat(y.componentChanges().get(0).change()).isEqualByComparingTo("-11");
    assertThat(y.overtakenBy()).extracting(Region::name).containsExactly("KABUPATEN TEGAL", "KABUPATEN ROTE NDAO");
    assertThat(y.explanation()).extracting(Label::english).anySatisfy(l -> assertThat(l).contains("rank 1 → 3"))
        .anySatisfy(l -> assertThat(l).contains("2 regions moved ahead"))
        .anySatisfy(l -> assertThat(l).contains("Rating changed: Very innovative → Innovative"));
  }
}
