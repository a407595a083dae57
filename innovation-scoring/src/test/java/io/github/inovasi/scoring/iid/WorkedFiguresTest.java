package io.github.inovasi.scoring.iid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.scoring.Rating;
import java.math.BigDecimal;
import java.util.Collections;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked figures to the cent: the cases the domain reference works out (§4.5 and its check values:
 * 38.55, 42.82, 47.04, 44.00, 100.00) and cases derived here from its formula and bands (49.82,
 * 50.13, 35.50, the 60.00 / 60.01 band edge and the empty region at 0.00), which no source prints.
 */
final class WorkedFiguresTest {

  @ParameterizedTest(name = "{0}: SPD {1}, {2} × {3}, {4} affairs → {5}")
  @CsvSource({
    // edition, SPD, n, SID sum each, basic-service affairs, IID, rating
    "iid-2026, 40, 8, 80, 5, 38.55, LESS_INNOVATIVE",
    "iid-2026, 40, 12, 80, 5, 49.82, INNOVATIVE",
    "iid-2026, 40, 20, 70, 5, 47.04, INNOVATIVE",
    "iid-2026, 40, 20, 70, 4, 44.00, INNOVATIVE",
    "iid-2026, 40, 14, 80, 5, 50.13, INNOVATIVE",
    "iid-2027, 40, 8, 80, 6, 35.50, LESS_INNOVATIVE",
    "iid-2027, 40, 14, 80, 6, 50.13, INNOVATIVE",
    "iid-2026, 63, 200, 111, 6, 100.00, VERY_INNOVATIVE",
    "iid-2027, 63, 200, 111, 6, 100.00, VERY_INNOVATIVE",
    "iid-2023, 40, 8, 80, 5, 42.82, INNOVATIVE",
    "iid-2026, 0, 0, 0, 0, 0.00, NOT_ASSESSABLE",
    // 2023 bands: a region at 60.00 and one at 60.01 get different predicates
    "iid-2023, 40, 10, 106.2, 5, 60.00, INNOVATIVE",
    "iid-2023, 40, 10, 106.225, 5, 60.01, VERY_INNOVATIVE",
  })
  void figures_reproduceWorkedCases(String id, String spd, int n, String sid, int affairs, String index,
      Rating rating) {
    IidEdition edition = IidEdition.bundled(id);
    if (!edition.missing().isEmpty()) {
      // reference §4.5: "2023 rules (assumes same 250 max and same count rule)"
      edition = edition.withAssumptions();
    }
    IidFigures f = IidScorer.of(edition)
        .figures(new BigDecimal(spd), Collections.nCopies(n, new BigDecimal(sid)), affairs);

    assertThat(f.index()).isEqualByComparingTo(index);
    assertThat(f.index().scale()).isEqualTo(2);
    assertThat(f.rating()).isEqualTo(rating);
  }

  @ParameterizedTest(name = "{0}: divisor {2}, SID average {3}, count {4}, total {5}")
  @CsvSource({
    "iid-2026, 8, 12, 53.333333, 3.04, 96.373333",
    "iid-2023, 8, 10, 64.000000, 3.04, 107.040000",
  })
  void figures_showTheReferenceSteps(String id, int n, int divisor, String average, String count,
      String total) {
    IidEdition edition = IidEdition.bundled(id);
    edition = edition.missing().isEmpty() ? edition : edition.withAssumptions();
    IidFigures f = IidScorer.of(edition)
        .figures(new BigDecimal("40"), Collections.nCopies(n, new BigDecimal("80")), 5);

    assertThat(f.divisor()).isEqualTo(divisor);
    assertThat(f.sidAverage()).isEqualByComparingTo(average);
    assertThat(f.countScore()).isEqualByComparingTo(count);
    assertThat(f.total()).isEqualByComparingTo(total);
  }

  @ParameterizedTest(name = "2026 gate with {0} affairs: count {1}")
  @CsvSource({"4, 0", "5, 7.60", "6, 7.60"})
  void countScore_isGatedByBasicServiceAffairs(int affairs, String count) {
    IidFigures f = IidScorer.of(IidEdition.bundled("iid-2026"))
        .figures(new BigDecimal("40"), Collections.nCopies(20, new BigDecimal("70")), affairs);

    assertThat(f.gateOpen()).isEqualTo(affairs >= 5);
    assertThat(f.countScore()).isEqualByComparingTo(count);
  }

  @ParameterizedTest(name = "{0} innovations earn {1} count points")
  @CsvSource({"200, 76.00", "250, 76.00", "199, 75.62"})
  void countScore_isCapped(int n, String count) {
    IidFigures f = IidScorer.of(IidEdition.bundled("iid-2026"))
        .figures(BigDecimal.ZERO, Collections.nCopies(n, BigDecimal.ZERO), 6);

    assertThat(f.countScore()).isEqualByComparingTo(count);
  }
}
