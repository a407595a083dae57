package io.github.inovasi.scoring.iid;

import io.github.inovasi.model.Aspect;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.IndicatorLevel;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Stage;
import io.github.inovasi.scoring.Rating;
import java.math.BigDecimal;

/** A small edition (1 SPD row, 2 SID indicators, k = 2, cap 3, gate 1) for exhaustive checks. */
final class TinyEdition {
  private TinyEdition() {}

  static Indicator indicator(String code, Aspect aspect, String weight) {
    return Indicator.builder()
        .code(code).number(Integer.parseInt(code)).aspect(aspect)
        .name(Label.of("Indikator " + code, "Indicator " + code))
        .variable(Label.of("Uji", "Test"))
        .weight(new BigDecimal(weight))
        .addLevels(IndicatorLevel.of(1, Label.of("P1", "P1")), IndicatorLevel.of(2, Label.of("P2", "P2")),
            IndicatorLevel.of(3, Label.of("P3", "P3")))
        .build();
  }

  static IidEdition edition() {
    Provenance p = Provenance.of(ProvenanceStatus.DERIVED, "test fixture");
    IidEdition.Builder b = IidEdition.builder()
        .id("tiny-test").year(2030).title(Label.of("Uji kecil", "Tiny test"))
        .divisorFloor(2)
        .countRule(CountRule.of(new BigDecimal("0.5"), 3, 1))
        .maxima(Maxima.of(new BigDecimal("3"), new BigDecimal("9"), new BigDecimal("1.5")))
        .addBands(Band.of(Rating.NOT_ASSESSABLE, BigDecimal.ZERO, BigDecimal.ZERO, Rating.NOT_ASSESSABLE.label()))
        .addBands(Band.of(Rating.LESS_INNOVATIVE, new BigDecimal("0.01"), new BigDecimal("40.00"), Rating.LESS_INNOVATIVE.label()))
        .addBands(Band.of(Rating.INNOVATIVE, new BigDecimal("40.01"), new BigDecimal("65.00"), Rating.INNOVATIVE.label()))
        .addBands(Band.of(Rating.VERY_INNOVATIVE, new BigDecimal("65.01"), new BigDecimal("100.00"), Rating.VERY_INNOVATIVE.label()))
        .addSpdIndicators(indicator("1", Aspect.SPD, "1"))
        .addSidIndicators(indicator("2", Aspect.SID, "1"), indicator("3", Aspect.SID, "2"))
        .eligibility(Eligibility.builder().addStages(Stage.values()).excludeOnMissingMandatory(false).build());
    for (EditionElement element : EditionElement.values()) {
      b.putProvenance(element, p);
    }
    return b.build();
  }

  /**
   * The small edition with SID indicator 2 mandatory (an innovation without it does not count) and
   * a design narrative of at least 3 words: for exhaustive checks of making innovations count.
   */
  static IidEdition withMandatory() {
    IidEdition e = edition();
    return IidEdition.builder().from(e).id("tiny-mandatory")
        .sidIndicators(java.util.List.of(e.sidIndicators().get(0).withMandatory(true), e.sidIndicators().get(1)))
        .eligibility(Eligibility.builder().addStages(Stage.values()).minDesignWords(3).build())
        .build();
  }
}
