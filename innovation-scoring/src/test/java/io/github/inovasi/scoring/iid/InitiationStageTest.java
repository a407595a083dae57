package io.github.inovasi.scoring.iid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Stage;
import io.github.inovasi.model.validation.AssessmentValidator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An innovation at the inisiatif stage has, by the validator's rule, no trial or implementation
 * date; under the 2026 window it counts through a development (renewal) date inside the window.
 */
final class InitiationStageTest {
  private static final IidEdition E2026 = IidEdition.bundled("iid-2026");

  private static Innovation initiative(LocalDate development) {
    Innovation.Builder b = Innovation.builder().from(Fixtures.innovation("ide", GovernmentAffair.LABOUR))
        .stage(Stage.INITIATION).implementationDate(java.util.Optional.empty());
    if (development != null) {
      b.renewalDate(development);
    }
    return b.build();
  }

  private static Assessment withOne(Innovation extra) {
    return Assessment.builder().from(Fixtures.worked(E2026, 8, 5))
        .addInnovations(ReportedInnovation.of(extra, Fixtures.sid80(E2026))).build();
  }

  @Test
  void withADevelopmentDateInTheWindow_itCounts() {
    IidScore s = IidScorer.of(E2026).score(withOne(initiative(LocalDate.of(2025, 2, 1))));

    // nine innovations of 80: (40 + 720 / 12 + 9 × 0.38) / 250 × 100 = 41.368 → 41.37
    assertThat(s.eligibility().get(8).eligible()).isTrue();
    assertThat(s.index()).isEqualByComparingTo("41.37");
  }

  @Test
  void withoutOne_theReasonSaysHowItCouldCount() {
    Innovation idea = initiative(null);
    IidScore s = IidScorer.of(E2026).score(withOne(idea));

    assertThat(s.eligibility().get(8).reasons()).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo(IneligibilityReason.NO_IMPLEMENTATION_DATE);
      assertThat(r.detail().english()).contains("inisiatif stage").contains("development (renewal) date");
      assertThat(r.detail().indonesian()).contains("tanggal pengembangan (pembaharuan)");
    });
    assertThat(s.index()).isEqualByComparingTo("38.55");
    // the validator, for its part, accepts the stage without trial or implementation date
    assertThat(AssessmentValidator.kemendagri().validate(withOne(idea)))
        .noneMatch(p -> p.location().path().endsWith("stage"));
  }
}
