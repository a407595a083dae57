package io.github.inovasi.scoring.iga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.RegionLevel;
import io.github.inovasi.model.reference.RegionDirectory;
import io.github.inovasi.scoring.Explanation;
import io.github.inovasi.scoring.Grade;
import io.github.inovasi.scoring.RankingCategory;
import io.github.inovasi.scoring.Rating;
import io.github.inovasi.scoring.ScoreComponent;
import io.github.inovasi.scoring.ScoreResult;
import io.github.inovasi.scoring.Subject;
import io.github.inovasi.scoring.iga.FinalCombination.Stage;
import io.github.inovasi.scoring.iid.ProvenanceStatus;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class IgaStagesTest {
  /** A stage score of a region. */
  record Score(String policyId, Region region, BigDecimal index) implements ScoreResult {
    @Override
    public Subject subject() {
      return Subject.of(region);
    }

    @Override
    public Grade grade() {
      return Rating.INNOVATIVE.grade();
    }

    @Override
    public ImmutableList<ScoreComponent> components() {
      return ImmutableList.of();
    }

    @Override
    public Explanation explanation() {
      return Explanation.total("score", Label.of("Skor", "Score"), index, BigDecimal.valueOf(100));
    }
  }

  static Region region(String code) {
    return RegionDirectory.kemendagri().get(RegionCode.parse(code));
  }

  static Score score(String stage, String code, String value) {
    return new Score(stage, region(code), new BigDecimal(value));
  }

  @Test
  void bundledCounts_areThePublished2021And2023Figures() {
    NomineeCounts c2021 = NomineeCounts.bundled(2021);
    NomineeCounts c2023 = NomineeCounts.bundled(2023);
    assertThat(c2021.total()).isEqualTo(39);
    assertThat(c2023.total()).isEqualTo(53);
    assertThat(c2023.counts()).containsEntry(RankingCategory.level(RegionLevel.PROVINSI), 9)
        .containsEntry(RankingCategory.level(RegionLevel.KABUPATEN), 21)
        .containsEntry(RankingCategory.level(RegionLevel.KOTA), 13)
        .containsEntry(RankingCategory.border(), 5).containsEntry(RankingCategory.disadvantaged(), 5);
    assertThat(c2023.provenance().status()).isEqualTo(ProvenanceStatus.TRANSCRIBED);
    assertThatThrownBy(() -> NomineeCounts.bundled(2024)).isInstanceOf(InovasiException.class)
        .hasMessageContaining("2024");
  }

  @Test
  void select_takesTheTopOfEachCategory_andTiesAtTheCutOff() {
    // Three kota: Blitar 70, Malang 60, Batu 60; one place for kota.
    List<Score> measurement = List.of(score("iid-2026", "35.72", "70"), score("iid-2026", "35.73", "60"),
        score("iid-2026", "35.79", "60"), score("iid-2026", "35.07", "50"));
    NomineeCounts counts = NomineeCounts.of(2026, Map.of(RankingCategory.level(RegionLevel.KOTA), 2,
        RankingCategory.level(RegionLevel.KABUPATEN), 1), io.github.inovasi.scoring.iid.Provenance.of(
            ProvenanceStatus.PROVISIONAL, "user"));

    Nominees n = Nominees.select(measurement, counts);

    assertThat(n.byCategory().get(RankingCategory.level(RegionLevel.KOTA)).entries())
        .extracting(e -> e.result().subject().id()).containsExactly("35.72", "35.73", "35.79");
    assertThat(n.notes()).singleElement().satisfies(l -> assertThat(l.english()).contains("tie"));
    assertThat(n.regions()).containsExactlyInAnyOrder("35.72", "35.73", "35.79", "35.07");
  }

  @Test
  void finalCombination_weighted_saysWhichRuleAndRanks() {
    List<Score> m = List.of(score("m", "35.72", "70"), score("m", "35.73", "60"));
    List<Score> p = List.of(score("p", "35.72", "60"), score("p", "35.73", "90"));
    List<Score> f = List.of(score("f", "35.72", "80"), score("f", "35.73", "70"));

    FinalOrder o = FinalCombination.weighted(new BigDecimal("50"), new BigDecimal("30"), new BigDecimal("20"))
        .combine(m, p, f);

    // Malang: (60·50 + 90·30 + 70·20) / 100 = 71; Blitar: (70·50 + 60·30 + 80·20) / 100 = 69
    assertThat(o.entries()).extracting(e -> e.subject().id()).containsExactly("35.73", "35.72");
    assertThat(o.entries().get(0).combined()).contains(new BigDecimal("71.0000"));
    assertThat(o.rule().english()).contains("Weighted mean").contains("not published").contains("user");
    assertThat(o.rule().indonesian()).contains("tidak dipublikasikan");
  }

  @Test
  void finalCombination_lexicographic_andMissingScoresAreNamed() {
    List<Score> m = List.of(score("m", "35.72", "70"), score("m", "35.73", "60"));
    List<Score> p = List.of(score("p", "35.72", "80"), score("p", "35.73", "80"));

    FinalOrder o = FinalCombination.lexicographic(Stage.PRESENTATION, Stage.MEASUREMENT).combine(m, p, List.of());

    assertThat(o.entries()).extracting(e -> e.subject().id()).containsExactly("35.72", "35.73");
    assertThat(o.entries()).extracting(FinalOrder.Entry::rank).containsExactly(1, 2);
    assertThat(o.rule().english()).startsWith("Lexicographic: Presentation, then Measurement");
    assertThatThrownBy(() -> FinalCombination.lexicographic(Stage.FIELD_VALIDATION).combine(m, p, List.of()))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).hasSize(2)
            .allSatisfy(x -> assertThat(x.code()).isEqualTo("MISSING_STAGE_SCORE")));
    assertThatThrownBy(() -> FinalCombination.weighted(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> FinalCombination.lexicographic(Stage.MEASUREMENT, Stage.MEASUREMENT))
        .isInstanceOf(InvalidValueException.class);
  }
}
