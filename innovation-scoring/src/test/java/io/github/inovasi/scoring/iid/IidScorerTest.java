package io.github.inovasi.scoring.iid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Stage;
import io.github.inovasi.scoring.Rating;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The full Assessment path: answers, eligibility, breakdown, claimed against verified. */
final class IidScorerTest {
  private static final IidEdition E2026 = IidEdition.bundled("iid-2026");
  private static final IidScorer SCORER = IidScorer.of(E2026);

  @ParameterizedTest(name = "2026 full path: {0} innovations, {1} affairs → {2}")
  @CsvSource({"8, 5, 38.55", "12, 5, 49.82", "14, 5, 50.13", "8, 4, 37.33"})
  void score_fullAssessment_matchesTheFormula(int n, int affairs, String index) {
    IidScore s = SCORER.score(Fixtures.worked(E2026, n, affairs));

    assertThat(s.figures().spd()).isEqualByComparingTo("40");
    assertThat(s.figures().sidSum()).isEqualByComparingTo(BigDecimal.valueOf(80L * n));
    assertThat(s.figures().basicServiceAffairsCovered()).isEqualTo(affairs);
    assertThat(s.index()).isEqualByComparingTo(index);
  }

  @ParameterizedTest(name = "{0} full path: SPD 40, {1} × {2}, {3} affairs → {4}")
  @CsvSource({
    "iid-2026, 20, 70, 5, 47.04", "iid-2026, 20, 70, 4, 44.00", "iid-2027, 8, 80, 6, 35.50",
    "iid-2027, 14, 80, 6, 50.13", "iid-2023, 8, 80, 5, 42.82"})
  void score_fullAssessment_reproducesTheCheckValues(String id, int n, int sum, int affairs, String index) {
    IidEdition e = IidEdition.bundled(id);
    if (!e.missing().isEmpty()) {
      // reference §4.5: the 2026 count rule and 250 maximum, with the 2026 SPD rows as a stand-in
      e = e.withAssumptions().withSpdCatalogue(E2026.spdIndicators(),
          Provenance.builder().status(ProvenanceStatus.PROVISIONAL).addSources("test").note("2026 rows").build());
    }
    Assessment a = Fixtures.worked(e, n, affairs, sum == 80 ? Fixtures.sid80(e) : Fixtures.sid70(e));

    IidScore s = IidScorer.of(e).score(a);

    assertThat(s.figures().sidSum()).isEqualByComparingTo(BigDecimal.valueOf((long) sum * n));
    assertThat(s.index()).isEqualByComparingTo(index);
    assertThat(s.tentativeRules()).isNotEmpty();
  }

  @Test
  void score_2027_withFiveAffairs_losesTheCountScore() {
    IidEdition e2027 = IidEdition.bundled("iid-2027");

    IidScore s = IidScorer.of(e2027).score(Fixtures.worked(e2027, 8, 5));

    assertThat(s.figures().gateOpen()).isFalse();
    assertThat(s.breakdown().lostByReason()).containsKey(LossReason.GATE_NOT_MET);
  }

  @Test
  void breakdown_accountsForEveryPoint() {
    IidScore s = SCORER.score(Fixtures.worked(E2026, 8, 5));
    Breakdown b = s.breakdown();

    assertThat(b.earned()).isEqualByComparingTo("38.5493");
    assertThat(b.earned().add(b.lost())).isEqualByComparingTo("100");
    assertThat(s.index()).isEqualByComparingTo(b.earned().setScale(2, java.math.RoundingMode.HALF_UP));
    // four empty slots under MAX(12, 8): 4 × 111 / 12 / 250 × 100
    assertThat(b.lostByReason().get(LossReason.DIVISOR_FLOOR)).isEqualByComparingTo("14.8000");
    // SPD row 15 unanswered: weight 1 × 3 / 250 × 100
    assertThat(b.lines()).filteredOn(l -> l.code().equals("15")).singleElement()
        .satisfies(l -> assertThat(l.losses()).containsExactly(new Loss(LossReason.NO_ANSWER, new BigDecimal("1.2000"))));
    // count: 192 innovations short of the cap: 192 × 0.38 / 250 × 100
    assertThat(b.lostByReason().get(LossReason.FEWER_INNOVATIONS)).isEqualByComparingTo("29.1840");
  }

  @Test
  void breakdown_gateNotMet_saysSo() {
    Breakdown b = SCORER.score(Fixtures.worked(E2026, 20, 4)).breakdown();

    // 20 × 0.38 = 7.6 count points lost: 3.04 index points
    assertThat(b.lostByReason().get(LossReason.GATE_NOT_MET)).isEqualByComparingTo("3.0400");
  }

  @Test
  void eligibility_reportsEveryReason() {
    Innovation old = Fixtures.innovation("old", GovernmentAffair.HEALTH)
        .withImplementationDate(LocalDate.of(2022, 5, 1))
        .withDesign("terlalu pendek");
    Assessment a = Assessment.builder().from(Fixtures.worked(E2026, 1, 1))
        .addInnovations(ReportedInnovation.of(old,
            Fixtures.answers(E2026.sidIndicators(), 2, Map.of("33", 0))))
        .build();

    IidScore s = SCORER.score(a);

    InnovationEligibility el = s.eligibility().get(1);
    assertThat(el.eligible()).isFalse();
    assertThat(el.reasons()).extracting(Ineligibility::reason).containsExactly(
        IneligibilityReason.OUTSIDE_WINDOW, IneligibilityReason.DESIGN_TOO_SHORT,
        IneligibilityReason.MANDATORY_UNANSWERED);
    assertThat(el.reasons().get(1).detail().english()).isEqualTo("2 of 300 words");
    assertThat(s.figures().innovations()).isEqualTo(1);
    assertThat(s.breakdown().lines()).filteredOn(l -> l.innovationId().equals(java.util.Optional.of("old")))
        .singleElement()
        .satisfies(l -> assertThat(l.losses()).extracting(Loss::reason)
            .containsExactly(LossReason.INELIGIBLE_INNOVATION));
  }

  @ParameterizedTest(name = "implemented {0}, renewed {1} → counts {2}")
  @CsvSource({
    "2022-05-01, 2025-02-03, true",
    "2022-05-01, , false",
    "2022-05-01, 2023-06-30, false",
    "2025-03-01, , true",
  })
  void eligibility_window_countsARenewalInsideIt(LocalDate implemented, LocalDate renewed, boolean counts) {
    Innovation old = Fixtures.innovation("old", GovernmentAffair.HEALTH)
        .withImplementationDate(implemented)
        .withRenewalDate(java.util.Optional.ofNullable(renewed));
    Assessment a = Assessment.builder().region(Fixtures.REGION).editionId("iid-2026")
        .addInnovations(ReportedInnovation.of(old, Fixtures.sid80(E2026))).build();

    InnovationEligibility el = SCORER.score(a).eligibility().get(0);

    assertThat(el.eligible()).isEqualTo(counts);
    if (!counts) {
      assertThat(el.reasons()).extracting(Ineligibility::reason)
          .containsExactly(IneligibilityReason.OUTSIDE_WINDOW);
    }
  }

  @Test
  void eligibility_oldWithoutRenewal_saysARenewalWouldCount() {
    Innovation old = Fixtures.innovation("old", GovernmentAffair.HEALTH)
        .withImplementationDate(LocalDate.of(2022, 5, 1));
    Assessment a = Assessment.builder().region(Fixtures.REGION).editionId("iid-2026")
        .addInnovations(ReportedInnovation.of(old, Fixtures.sid80(E2026))).build();

    Ineligibility reason = SCORER.score(a).eligibility().get(0).reasons().get(0);

    assertThat(reason.detail().english()).isEqualTo("Implemented 2022-05-01, outside 2024-01-01..2025-12-31; "
        + "a renewal (pembaharuan) inside the window would make it count");
    assertThat(reason.detail().indonesian()).contains("pembaharuan");
  }

  @Test
  void eligibility_stageRule_comesFromTheEdition() {
    IidEdition onlyImplemented = IidEdition.builder().from(E2026)
        .eligibility(E2026.eligibility().withStages(Stage.IMPLEMENTATION))
        .build();
    Innovation trial = Fixtures.innovation("trial", GovernmentAffair.HEALTH).withStage(Stage.TRIAL);
    Assessment a = Assessment.builder().region(Fixtures.REGION).editionId("iid-2026")
        .addInnovations(ReportedInnovation.of(trial, Fixtures.sid80(E2026))).build();

    assertThat(IidScorer.of(onlyImplemented).score(a).eligibility().get(0).reasons())
        .extracting(Ineligibility::reason).containsExactly(IneligibilityReason.STAGE_NOT_COUNTED);
    assertThat(SCORER.score(a).eligibility().get(0).eligible()).isTrue();
  }

  @Test
  void nothingValidReported_isNotAssessable() {
    Assessment empty = Assessment.builder().region(Fixtures.REGION).editionId("iid-2026").build();

    IidScore s = SCORER.score(empty);

    assertThat(s.index()).isEqualByComparingTo("0.00");
    assertThat(s.rating()).isEqualTo(Rating.NOT_ASSESSABLE);
    assertThat(s.breakdown().lost()).isEqualByComparingTo("100");
  }

  @Test
  void answerWithoutEvidence_scoresZero() {
    Answer bare = Answer.of("16", 3);
    Assessment a = Assessment.builder().region(Fixtures.REGION).editionId("iid-2026")
        .addInnovations(ReportedInnovation.of(Fixtures.innovation("x", GovernmentAffair.HEALTH),
            List.of(bare, Fixtures.answer(E2026.indicator("17").get(), 1),
                Fixtures.answer(E2026.indicator("32").get(), 1), Fixtures.answer(E2026.indicator("33").get(), 1),
                Fixtures.answer(E2026.indicator("35").get(), 1))))
        .build();

    IndicatorScore s = SCORER.score(a).indicatorScore(java.util.Optional.of("x"), "16").orElseThrow();

    assertThat(s.points()).isEqualByComparingTo("0");
    assertThat(s.shortfall()).contains(LossReason.NO_EVIDENCE);
  }

  @Test
  void compare_showsClaimedAndVerifiedSideBySide() {
    Assessment a = Fixtures.worked(E2026, 1, 1);
    ReportedInnovation r = a.innovations().get(0);
    List<Answer> verified = new java.util.ArrayList<>();
    for (Answer answer : r.answers()) {
      int level = answer.indicatorCode().equals("35") ? 1 : answer.claimedLevel().getAsInt();
      verified.add(answer.withVerifiedLevel(level));
    }
    Assessment checked = a.withInnovations(ReportedInnovation.of(r.innovation(), verified));

    ScoreComparison c = SCORER.compare(checked);

    assertThat(c.differences()).filteredOn(d -> d.innovationId().isEmpty()).hasSize(19);
    assertThat(c.differences()).filteredOn(d -> d.innovationId().isPresent()).singleElement().satisfies(d -> {
      assertThat(d.indicatorCode()).isEqualTo("35");
      assertThat(d.claimedPoints()).isEqualByComparingTo("12");
      assertThat(d.verifiedPoints()).isEqualByComparingTo("4");
      assertThat(d.difference()).isEqualByComparingTo("-8");
    });
    // SPD answers are unverified: every SPD point is lost on the verified side
    assertThat(c.verified().figures().spd()).isEqualByComparingTo("0");
    assertThat(c.verified().breakdown().lostByReason()).containsKeys(
        LossReason.UNVERIFIED, LossReason.REJECTED_BY_VERIFIER);
    assertThat(c.indexDifference().signum()).isNegative();
  }

  @Test
  void unknownIndicatorAndMissingBasis_areWarnings() {
    Assessment a = Fixtures.worked(E2026, 1, 1);
    ReportedInnovation r = a.innovations().get(0);
    List<Answer> answers = new java.util.ArrayList<>(r.answers());
    answers.replaceAll(x -> x.indicatorCode().equals("33") ? Answer.builder().from(x).basis(java.util.Optional.empty()).build() : x);
    answers.add(Answer.of("99", 1));

    IidScore s = SCORER.score(a.withInnovations(ReportedInnovation.of(r.innovation(), answers)));

    assertThat(s.problems()).extracting(Problem::code).containsExactly("BASIS_MISSING", "UNKNOWN_INDICATOR");
    assertThat(s.problems()).allMatch(p -> !p.isError());
    assertThat(s.problems().get(1).location().path()).isEqualTo("innovations[0].answers[20]");
  }

  @Test
  void score_2023_withoutSpdRows_saysWhatIsMissing() {
    IidScorer scorer = IidScorer.of(IidEdition.bundled("iid-2023").withAssumptions());

    assertThatThrownBy(() -> scorer.score(Fixtures.worked(E2026, 1, 1)))
        .isInstanceOf(IncompleteEditionException.class)
        .hasMessageContaining("SPD_CATALOGUE")
        .hasMessageContaining("withSpdCatalogue");
  }
}
