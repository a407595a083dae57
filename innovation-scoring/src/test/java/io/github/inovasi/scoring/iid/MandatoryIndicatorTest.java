package io.github.inovasi.scoring.iid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.ReportedInnovation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whether an innovation with an unanswered mandatory SID indicator is excluded, in both
 * directions: every mandatory indicator of 2026 (16, 17, 32, 33, 35) left out excludes it, a
 * non-mandatory one left out does not, and an edition that does not exclude counts it.
 */
class MandatoryIndicatorTest {
  private static final IidEdition E2026 = IidEdition.bundled("iid-2026");

  private static IidScore scoreWithSecondInnovationAnswers(IidEdition e, List<Answer> answers) {
    Assessment a = Assessment.builder().from(Fixtures.worked(e, 1, 1))
        .addInnovations(ReportedInnovation.of(Fixtures.innovation("second", GovernmentAffair.EDUCATION), answers))
        .build();
    return IidScorer.of(e).score(a);
  }

  @ParameterizedTest(name = "mandatory {0} unanswered")
  @ValueSource(strings = {"16", "17", "32", "33", "35"})
  void unansweredMandatoryIndicator_excludesTheInnovation(String code) {
    IidScore s = scoreWithSecondInnovationAnswers(E2026, Fixtures.answers(E2026.sidIndicators(), 2, Map.of(code, 0)));

    InnovationEligibility second = s.eligibility().get(1);
    assertThat(second.eligible()).isFalse();
    assertThat(second.reasons()).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo(IneligibilityReason.MANDATORY_UNANSWERED);
      assertThat(r.detail().english()).contains(code).contains("unanswered");
      assertThat(r.detail().indonesian()).contains(code).contains("belum dijawab");
    });
    assertThat(s.figures().innovations()).isEqualTo(1);
    assertThat(s.figures().sidSum()).isEqualByComparingTo("80");
  }

  @ParameterizedTest(name = "mandatory {0} with only a verified level")
  @ValueSource(strings = {"16", "35"})
  void mandatoryIndicatorWithoutAClaimedLevel_excludesTheInnovation(String code) {
    List<Answer> answers = new ArrayList<>(Fixtures.answers(E2026.sidIndicators(), 2, Map.of(code, 0)));
    answers.add(Answer.builder().indicatorCode(code).verifiedLevel(2).build());

    IidScore s = scoreWithSecondInnovationAnswers(E2026, answers);

    assertThat(s.eligibility().get(1).eligible()).isFalse();
    assertThat(s.figures().innovations()).isEqualTo(1);
  }

  @ParameterizedTest(name = "optional {0} unanswered")
  @ValueSource(strings = {"18", "25", "34"})
  void unansweredOptionalIndicator_keepsTheInnovation(String code) {
    IidScore s = scoreWithSecondInnovationAnswers(E2026, Fixtures.answers(E2026.sidIndicators(), 2, Map.of(code, 0)));

    assertThat(s.eligibility().get(1).eligible()).isTrue();
    assertThat(s.eligibility().get(1).reasons()).isEmpty();
    assertThat(s.figures().innovations()).isEqualTo(2);
    // 74 at level 2 everywhere, less the unanswered indicator's 2 × weight
    BigDecimal weight = E2026.indicator(code).orElseThrow().weight();
    assertThat(s.figures().sidSum()).isEqualByComparingTo(
        new BigDecimal("154").subtract(weight.multiply(BigDecimal.valueOf(2))));
  }

  @ParameterizedTest(name = "mandatory {0} unanswered, edition does not exclude")
  @ValueSource(strings = {"16", "33"})
  void editionThatDoesNotExclude_countsTheInnovationWithNoPointsForIt(String code) {
    IidEdition keeps = E2026.withEligibility(
        Eligibility.builder().from(E2026.eligibility()).excludeOnMissingMandatory(false).build(),
        E2026.provenance(EditionElement.MANDATORY_INDICATORS));

    IidScore s = scoreWithSecondInnovationAnswers(keeps, Fixtures.answers(keeps.sidIndicators(), 2, Map.of(code, 0)));

    assertThat(s.eligibility().get(1).eligible()).isTrue();
    assertThat(s.figures().innovations()).isEqualTo(2);
    assertThat(s.indicatorScore(java.util.Optional.of("second"), code).orElseThrow().points()).isEqualByComparingTo("0");
  }
}
