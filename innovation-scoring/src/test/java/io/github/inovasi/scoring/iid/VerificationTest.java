package io.github.inovasi.scoring.iid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.scoring.Rating;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Verification decides eligibility on the verified side: the reference's worked case (2026, SPD
 * 40, eight innovations of SID sum 80, five basic-service affairs, 38.55 when all is accepted)
 * with the verifier rejecting answers.
 */
final class VerificationTest {
  private static final IidEdition E2026 = IidEdition.bundled("iid-2026");
  private static final IidScorer SCORER = IidScorer.of(E2026);

  /** The worked case with every answer verified at its claimed level. */
  private static Assessment accepted() {
    return verify(Fixtures.worked(E2026, 8, 5), a -> a.withVerifiedLevel(a.claimedLevel().getAsInt()));
  }

  private static Assessment verify(Assessment a, UnaryOperator<Answer> verifier) {
    List<ReportedInnovation> innovations = new ArrayList<>();
    for (ReportedInnovation r : a.innovations()) {
      innovations.add(ReportedInnovation.of(r.innovation(), r.answers().stream().map(verifier).toList()));
    }
    return a.withRegionAnswers(a.regionAnswers().stream().map(verifier).toList()).withInnovations(innovations);
  }

  /** Sets the verified level of one indicator of one innovation. */
  private static Assessment reject(Assessment a, String innovationId, String code, int level) {
    List<ReportedInnovation> innovations = new ArrayList<>();
    for (ReportedInnovation r : a.innovations()) {
      innovations.add(!r.innovation().id().equals(innovationId) ? r : ReportedInnovation.of(r.innovation(),
          r.answers().stream().map(x -> x.indicatorCode().equals(code) ? x.withVerifiedLevel(level) : x).toList()));
    }
    return a.withInnovations(innovations);
  }

  @Test
  void everythingAccepted_verifiedEqualsClaimed() {
    ScoreComparison c = SCORER.compare(accepted());

    assertThat(c.verified().index()).isEqualByComparingTo("38.55");
    assertThat(c.differences()).isEmpty();
    assertThat(c.eligibilityChanges()).isEmpty();
  }

  @Test
  void rejectedMandatoryIndicator_takesTheInnovationOutOfTheCountButNotOutOfTheDivisor() {
    // inv-7 (Labour) loses its regulation (16, mandatory): n = 7, divisor still MAX(12, 8) = 12,
    // (40 + 560 / 12 + 7 × 0.38) / 250 × 100 = 35.730666… → 35.73
    IidScore s = SCORER.score(reject(accepted(), "inv-7", "16", 0), ScoreBasis.VERIFIED);

    assertThat(s.figures().innovations()).isEqualTo(7);
    assertThat(s.figures().divisor()).isEqualTo(12);
    assertThat(s.figures().countScore()).isEqualByComparingTo("2.66");
    assertThat(s.figures().exactIndex()).isEqualByComparingTo("35.730667");
    assertThat(s.index()).isEqualByComparingTo("35.73");
    assertThat(s.eligibility().get(7).reasons()).extracting(Ineligibility::reason)
        .containsExactly(IneligibilityReason.MANDATORY_NOT_VERIFIED);
    assertThat(s.eligibility().get(7).reasons().get(0).detail().english())
        .contains("16").contains("rejected by the verifier").contains("claimed 2, accepted 0");
    assertThat(s.breakdown().lines()).filteredOn(l -> l.innovationId().filter("inv-7"::equals).isPresent())
        .singleElement().satisfies(l -> {
          assertThat(l.code()).isEqualTo("slot");
          assertThat(l.losses()).extracting(Loss::reason).containsExactly(LossReason.REJECTED_BY_VERIFIER);
          assertThat(l.lost()).isEqualByComparingTo("3.7000");
        });
    assertThat(s.breakdown().earned().add(s.breakdown().lost())).isEqualByComparingTo("100");
  }

  @Test
  void rejectedInnovationInABasicServiceAffair_closesTheGate() {
    // inv-0 covers the first basic-service affair: four are left, the count score is lost.
    // (40 + 560 / 12) / 250 × 100 = 34.666… → 34.67
    IidScore s = SCORER.score(reject(accepted(), "inv-0", "35", 0), ScoreBasis.VERIFIED);

    assertThat(s.figures().basicServiceAffairsCovered()).isEqualTo(4);
    assertThat(s.figures().gateOpen()).isFalse();
    assertThat(s.index()).isEqualByComparingTo("34.67");
    assertThat(s.rating()).isEqualTo(Rating.LESS_INNOVATIVE);
  }

  @Test
  void everyInnovationRejected_countsNoneOfThem() {
    Assessment a = verify(Fixtures.worked(E2026, 9, 6), x -> x.withVerifiedLevel(0));
    a = a.withRegionAnswers(a.regionAnswers().stream().map(x -> x.withVerifiedLevel(x.claimedLevel().getAsInt())).toList());

    ScoreComparison c = SCORER.compare(a);

    assertThat(c.claimed().figures().countScore()).isEqualByComparingTo("3.42");
    assertThat(c.verified().figures().innovations()).isZero();
    assertThat(c.verified().figures().countScore()).isEqualByComparingTo("0");
    assertThat(c.verified().figures().basicServiceAffairsCovered()).isZero();
    // SPD 40 alone: 40 / 250 × 100 = 16.00
    assertThat(c.verified().index()).isEqualByComparingTo("16.00");
    assertThat(c.eligibilityChanges()).hasSize(9);
  }

  @Test
  void unverifiedMandatoryIndicator_saysSo() {
    IidScore s = SCORER.score(Fixtures.worked(E2026, 1, 1), ScoreBasis.VERIFIED);

    assertThat(s.eligibility().get(0).reasons()).isNotEmpty().allSatisfy(r -> {
      assertThat(r.reason()).isEqualTo(IneligibilityReason.MANDATORY_NOT_VERIFIED);
      assertThat(r.detail().english()).contains("not verified yet");
      assertThat(r.detail().indonesian()).contains("belum diverifikasi");
    });
  }

  @Test
  void claimedLevelsRule_keepsTheInnovationCounting() {
    Provenance mine = Provenance.of(ProvenanceStatus.PROVISIONAL, "test");
    IidEdition claimedRule = E2026.withEligibility(
        Eligibility.builder().from(E2026.eligibility()).verificationDecides(false).build(), mine);

    IidScore s = IidScorer.of(claimedRule).score(reject(accepted(), "inv-7", "16", 0), ScoreBasis.VERIFIED);

    // inv-7 counts with 80 - 6 = 74: (40 + 634 / 12 + 8 × 0.38) / 250 × 100 = 38.346… → 38.35
    assertThat(s.figures().innovations()).isEqualTo(8);
    assertThat(s.index()).isEqualByComparingTo("38.35");
  }

  @Test
  void bundledEditions_declareTheVerificationRuleProvisional() {
    for (String id : IidEdition.bundledIds()) {
      IidEdition e = IidEdition.bundled(id);
      assertThat(e.eligibility().verificationDecides()).isTrue();
      assertThat(e.provenance(EditionElement.VERIFICATION).status()).isEqualTo(ProvenanceStatus.PROVISIONAL);
    }
  }

  @Test
  void tinyPositiveIndex_isLessInnovativeNotNotAssessable() {
    // 0.01 SPD point: 0.01 / 250 × 100 = 0.004, rounded 0.00, yet something valid was reported
    IidFigures f = SCORER.figures(new BigDecimal("0.01"), List.of(), 0);

    assertThat(f.index()).isEqualByComparingTo("0.00");
    assertThat(f.exactIndex()).isEqualByComparingTo("0.004");
    assertThat(f.rating()).isEqualTo(Rating.LESS_INNOVATIVE);
    assertThat(SCORER.figures(BigDecimal.ZERO, List.of(), 0).rating()).isEqualTo(Rating.NOT_ASSESSABLE);
  }
}
