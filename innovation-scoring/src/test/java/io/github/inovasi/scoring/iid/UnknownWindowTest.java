package io.github.inovasi.scoring.iid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.ReportedInnovation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An edition that does not know its implementation window says so on every score, and applies
 * a window only when the user supplies one or accepts the edition's declared assumption.
 */
final class UnknownWindowTest {
  private static final IidEdition E2027 = IidEdition.bundled("iid-2027");

  /** The worked case (SPD 40, 8 × 80, six affairs) plus an innovation implemented in 2022. */
  private static Assessment withA2022Innovation() {
    Assessment worked = Fixtures.worked(E2027, 8, 6);
    return Assessment.builder().from(worked).addInnovations(ReportedInnovation.of(
        Fixtures.innovation("lama", GovernmentAffair.LABOUR).withImplementationDate(LocalDate.of(2022, 6, 1)),
        Fixtures.sid80(E2027))).build();
  }

  @Test
  void withoutAWindow_theScoreWarnsAndCountsEveryYear() {
    IidScore s = IidScorer.of(E2027).score(withA2022Innovation());

    // (40 + 720 / 14 + 9 × 0.38) / 250 × 100 = 37.939428… → 37.94
    assertThat(E2027.windowUnknown()).isTrue();
    assertThat(s.index()).isEqualByComparingTo("37.94");
    assertThat(s.problems()).extracting(Problem::code).contains("WINDOW_UNKNOWN");
    assertThat(s.problems()).filteredOn(p -> p.code().equals("WINDOW_UNKNOWN")).singleElement()
        .satisfies(p -> assertThat(p.message().indonesian()).contains("rentang waktu penerapan"));
  }

  @Test
  void theDeclaredAssumption_appliesThe2026WindowAYearLater() {
    IidEdition assumed = E2027.withAssumptions();

    IidScore s = IidScorer.of(assumed).score(withA2022Innovation());

    // the 2022 innovation is out: (40 + 640 / 14 + 8 × 0.38) / 250 × 100 = 35.501714… → 35.50
    assertThat(assumed.eligibility().implementedFrom()).contains(LocalDate.of(2025, 1, 1));
    assertThat(assumed.eligibility().implementedTo()).contains(LocalDate.of(2026, 12, 31));
    assertThat(assumed.provenance(EditionElement.WINDOW).status()).isEqualTo(ProvenanceStatus.PROVISIONAL);
    assertThat(assumed.windowUnknown()).isFalse();
    assertThat(s.index()).isEqualByComparingTo("35.50");
    assertThat(s.eligibility().get(8).reasons()).extracting(Ineligibility::reason)
        .containsExactly(IneligibilityReason.OUTSIDE_WINDOW);
    assertThat(s.problems()).extracting(Problem::code).doesNotContain("WINDOW_UNKNOWN");
  }

  @Test
  void anEditionThatKnowsItsWindow_doesNotWarn() {
    IidEdition e2026 = IidEdition.bundled("iid-2026");

    assertThat(e2026.windowUnknown()).isFalse();
    assertThat(IidScorer.of(e2026).score(Fixtures.worked(e2026, 8, 5)).problems())
        .extracting(Problem::code).doesNotContain("WINDOW_UNKNOWN");
  }
}
