package io.github.inovasi.scoring.iid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inovasi.model.Aspect;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.Rating;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class IidEditionTest {

  @Test
  void iid2026_isCompleteAndTranscribed() {
    IidEdition e = IidEdition.bundled("iid-2026");

    assertThat(e.missing()).isEmpty();
    assertThat(e.divisorFloor()).isEqualTo(12);
    assertThat(e.countRule().orElseThrow().pointsPerInnovation()).isEqualByComparingTo("0.38");
    assertThat(e.countRule().orElseThrow().cap()).isEqualTo(200);
    assertThat(e.countRule().orElseThrow().minBasicServiceAffairs()).isEqualTo(5);
    assertThat(e.maxima().orElseThrow().total()).isEqualByComparingTo("250");
    assertThat(e.spdIndicators()).hasSize(20).allMatch(i -> i.aspect() == Aspect.SPD);
    assertThat(e.sidIndicators()).hasSize(20).allMatch(i -> i.aspect() == Aspect.SID);
    assertThat(EditionValidator.sumOfMaxScores(e.spdIndicators())).isEqualByComparingTo("63");
    assertThat(EditionValidator.sumOfMaxScores(e.sidIndicators())).isEqualByComparingTo("111");
    assertThat(e.sidIndicators().stream().filter(Indicator::mandatory).map(Indicator::code))
        .containsExactly("16", "17", "32", "33", "35");
    assertThat(e.indicator("33").orElseThrow().bases()).extracting(b -> b.code())
        .containsExactly("a", "b", "c", "d", "e", "f");
    assertThat(e.eligibility().implementedFrom()).contains(LocalDate.of(2024, 1, 1));
    assertThat(e.eligibility().implementedTo()).contains(LocalDate.of(2025, 12, 31));
    assertThat(e.eligibility().minDesignWords()).hasValue(300);
    assertThat(e.provenance(EditionElement.EDITION).status()).isEqualTo(ProvenanceStatus.TRANSCRIBED);
    assertThat(e.provenance(EditionElement.EDITION).sources()).contains("github:prjctpy/simonda backend/inovasi/iga.py");
    assertThat(e.provenance()).containsOnlyKeys(EditionElement.values());
  }

  @Test
  void iid2027_isAPrognosisWithDivisor14AndAllSixAffairs() {
    IidEdition e = IidEdition.bundled("iid-2027");

    assertThat(e.divisorFloor()).isEqualTo(14);
    assertThat(e.countRule().orElseThrow().minBasicServiceAffairs()).isEqualTo(6);
    assertThat(e.provenance(EditionElement.DIVISOR).status()).isEqualTo(ProvenanceStatus.PROVISIONAL);
    assertThat(e.provenance(EditionElement.COUNT_RULE).sources()).isNotEmpty();
    assertThat(e.provenance(EditionElement.WINDOW).status()).isEqualTo(ProvenanceStatus.UNKNOWN);
    assertThat(e.isTentative()).isTrue();
  }

  @Test
  void iid2023_declaresWhatTheSourcesLack() {
    IidEdition e = IidEdition.bundled("iid-2023");

    assertThat(e.divisorFloor()).isEqualTo(10);
    assertThat(e.missing()).containsExactly(
        EditionElement.SPD_CATALOGUE, EditionElement.COUNT_RULE, EditionElement.MAXIMA);
    assertThat(e.provenance(EditionElement.SPD_CATALOGUE).status()).isEqualTo(ProvenanceStatus.UNKNOWN);
    assertThat(e.provenance(EditionElement.BANDS).status()).isEqualTo(ProvenanceStatus.OFFICIAL);
    assertThat(e.sidIndicators()).hasSize(20);
    assertThat(EditionValidator.sumOfMaxScores(e.sidIndicators())).isEqualByComparingTo("111");
  }

  @Test
  void iid2023_withoutTheMissingRules_saysWhatIsMissing() {
    IidScorer scorer = IidScorer.of(IidEdition.bundled("iid-2023"));

    assertThatThrownBy(() -> scorer.figures(BigDecimal.TEN, Collections.nCopies(8, BigDecimal.TEN), 5))
        .isInstanceOf(IncompleteEditionException.class)
        .hasMessageContaining("COUNT_RULE")
        .hasMessageContaining("MAXIMA")
        .hasMessageContaining("withAssumptions()")
        .satisfies(ex -> assertThat(((IncompleteEditionException) ex).missing())
            .containsExactly(EditionElement.COUNT_RULE, EditionElement.MAXIMA));
  }

  @Test
  void withAssumptions_marksTheAssumedRulesProvisional() {
    IidEdition e = IidEdition.bundled("iid-2023").withAssumptions();

    assertThat(e.missing()).containsExactly(EditionElement.SPD_CATALOGUE);
    assertThat(e.provenance(EditionElement.COUNT_RULE).status()).isEqualTo(ProvenanceStatus.PROVISIONAL);
    assertThat(e.provenance(EditionElement.MAXIMA).status()).isEqualTo(ProvenanceStatus.PROVISIONAL);
    assertThat(e.maxima().orElseThrow().total()).isEqualByComparingTo("250");
  }

  @Test
  void withUserSuppliedRules_fillsTheGaps() {
    IidEdition e2026 = IidEdition.bundled("iid-2026");
    Provenance mine = Provenance.builder().status(ProvenanceStatus.PROVISIONAL)
        .addSources("Bappeda internal note").note("2026 rows as a stand-in").build();

    IidEdition e = IidEdition.bundled("iid-2023")
        .withSpdCatalogue(e2026.spdIndicators(), mine)
        .withCountRule(CountRule.of(new BigDecimal("0.38"), 200, 5), mine)
        .withMaxima(Maxima.of(63, 111, 76), mine);

    assertThat(e.missing()).isEmpty();
    assertThat(e.provenance(EditionElement.SPD_CATALOGUE)).isEqualTo(mine);
  }

  @Test
  void withEligibility_replacesTheRulesAndTheirProvenance() {
    Provenance mine = Provenance.builder().status(ProvenanceStatus.PROVISIONAL)
        .addSources("Bappeda note").note("2023 window as the region understood it").build();
    Eligibility window = Eligibility.builder().implementedFrom(LocalDate.of(2021, 1, 1))
        .implementedTo(LocalDate.of(2022, 12, 31)).addStages(io.github.inovasi.model.Stage.IMPLEMENTATION).build();

    IidEdition e = IidEdition.bundled("iid-2023").withEligibility(window, mine);

    assertThat(e.eligibility()).isEqualTo(window);
    assertThat(e.provenance(EditionElement.WINDOW)).isEqualTo(mine);
    assertThat(e.provenance(EditionElement.STAGES)).isEqualTo(mine);
    assertThat(e.provenance(EditionElement.DIVISOR).status()).isEqualTo(ProvenanceStatus.OFFICIAL);
  }

  @Test
  void withMaxima_contradictingTheCountRule_isRefused() {
    IidEdition e = IidEdition.bundled("iid-2026");
    Provenance mine = Provenance.of(ProvenanceStatus.PROVISIONAL, "test");

    assertThatThrownBy(() -> e.withMaxima(Maxima.of(63, 111, 80), mine))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("/maxima/count")
        .satisfies(ex -> assertThat(((InvalidInputException) ex).problems())
            .extracting(Problem::code).containsExactly("MAXIMA_MISMATCH"));
  }

  @ParameterizedTest(name = "2023: {0} → {1}")
  @CsvSource({
    "60.01, VERY_INNOVATIVE", "60.00, INNOVATIVE", "35.00, INNOVATIVE", "34.99, LESS_INNOVATIVE",
    "0.01, LESS_INNOVATIVE", "0.00, NOT_ASSESSABLE", "100.00, VERY_INNOVATIVE"})
  void rating2023_followsTheOfficialBands(String index, Rating rating) {
    assertThat(IidEdition.bundled("iid-2023").rating(new BigDecimal(index))).isEqualTo(rating);
  }

  @ParameterizedTest(name = "2026: {0} → {1}")
  @CsvSource({"65.01, VERY_INNOVATIVE", "65.00, INNOVATIVE", "40.01, INNOVATIVE", "40.00, LESS_INNOVATIVE"})
  void rating2026_followsTheBands(String index, Rating rating) {
    assertThat(IidEdition.bundled("iid-2026").rating(new BigDecimal(index))).isEqualTo(rating);
  }

  @Test
  void rounding_happensBeforeClassifying() {
    IidEdition e = IidEdition.bundled("iid-2023");

    // 34.995 lies in the gap between the published bands; rounded HALF_UP it is 35.00
    assertThat(e.rating(e.round(new BigDecimal("34.995")))).isEqualTo(Rating.INNOVATIVE);
    assertThat(e.rating(e.round(new BigDecimal("34.994")))).isEqualTo(Rating.LESS_INNOVATIVE);
  }

  @Test
  void lowestIndexFor_givesTheBandEdge() {
    assertThat(IidEdition.bundled("iid-2026").lowestIndexFor(Rating.VERY_INNOVATIVE))
        .isEqualByComparingTo("65.01");
  }

  @ParameterizedTest
  @ValueSource(strings = {"iid-2023", "iid-2026", "iid-2027"})
  void everyBundledEdition_hasProvenanceWithSourcesOrANote(String id) {
    IidEdition e = IidEdition.bundled(id);

    assertThat(e.provenance()).containsOnlyKeys(EditionElement.values());
    assertThat(e.provenance().values())
        .allMatch(p -> !p.sources().isEmpty() || p.note().isPresent());
    assertThat(e.provenance().values()).filteredOn(Provenance::isTentative)
        .allMatch(p -> p.note().isPresent());
  }

  @Test
  void bundled_unknownId_listsTheBundledIds() {
    assertThatThrownBy(() -> IidEdition.bundled("iid-1999"))
        .isInstanceOf(InovasiException.class)
        .hasMessageContaining("iid-1999")
        .hasMessageContaining("iid-2026");
  }
}
