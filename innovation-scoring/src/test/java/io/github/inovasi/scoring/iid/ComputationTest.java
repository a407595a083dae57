package io.github.inovasi.scoring.iid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.ReportedInnovation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The computation's own lines, on the reference's worked case (§4.5, 2026: SPD 40, eight
 * innovations of SID sum 80, five basic-service affairs; divisor 12, total maximum 250). One SPD
 * level of weight 1 is worth 12 × 100 / 3000 = 0.4 index points, one SID level of weight 1 is
 * worth 100 / 3000 of a point, an empty slot 111 × 100 / 3000 = 3.7.
 */
final class ComputationTest {
  private static final IidEdition E2026 = IidEdition.bundled("iid-2026");
  private static final Indicator ROW_1 = E2026.indicator("1").orElseThrow();
  private static final Indicator REGULATION = E2026.indicator("16").orElseThrow();

  private static BreakdownLine line(IidScore s, BreakdownPart part, String code, Optional<String> innovation) {
    return s.breakdown().lines().stream()
        .filter(l -> l.part() == part && l.code().equals(code) && l.innovationId().equals(innovation))
        .findFirst().orElseThrow();
  }

  private static BigDecimal lost(BreakdownLine line, LossReason reason) {
    return line.losses().stream().filter(l -> l.reason() == reason).map(Loss::points)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void workedCase_spdRowIsWorthTheDivisorTimesItsPoints() {
    IidScore s = IidScorer.of(E2026).score(Fixtures.worked(E2026, 8, 5));

    BreakdownLine row1 = line(s, BreakdownPart.SPD, "1", Optional.empty());
    assertThat(row1.earned()).isEqualByComparingTo("0.8000");
    assertThat(lost(row1, LossReason.LOWER_LEVEL)).isEqualByComparingTo("0.4000");
    BreakdownLine row15 = line(s, BreakdownPart.SPD, "15", Optional.empty());
    assertThat(row15.earned()).isEqualByComparingTo("0");
    assertThat(lost(row15, LossReason.NO_ANSWER)).isEqualByComparingTo("1.2000");
  }

  @Test
  void workedCase_sidIndicatorIsAveragedOverTheDivisor() {
    IidScore s = IidScorer.of(E2026).score(Fixtures.worked(E2026, 8, 5));

    BreakdownLine regulation = line(s, BreakdownPart.SID, "16", Optional.of("inv-0"));
    // weight 3 × level 2 = 6 points / 12 / 250 × 100 = 0.2; one level short = 0.1
    assertThat(regulation.earned()).isEqualByComparingTo("0.2000");
    assertThat(lost(regulation, LossReason.LOWER_LEVEL)).isEqualByComparingTo("0.1000");
  }

  @Test
  void workedCase_fourEmptySlotsAndTheCountLine() {
    IidScore s = IidScorer.of(E2026).score(Fixtures.worked(E2026, 8, 5));

    List<BreakdownLine> slots = s.breakdown().lines().stream().filter(l -> l.code().equals("slot")).toList();
    assertThat(slots).hasSize(4).allSatisfy(l -> {
      assertThat(l.part()).isEqualTo(BreakdownPart.SID);
      assertThat(l.innovationId()).isEmpty();
      assertThat(lost(l, LossReason.DIVISOR_FLOOR)).isEqualByComparingTo("3.7000");
    });
    BreakdownLine count = line(s, BreakdownPart.COUNT, "count", Optional.empty());
    // 8 × 0.38 = 3.04 of 250 = 1.216; the other 192 places of the cap of 200 = 29.184
    assertThat(count.earned()).isEqualByComparingTo("1.2160");
    assertThat(count.losses()).extracting(Loss::reason).containsExactly(LossReason.FEWER_INNOVATIONS);
    assertThat(count.lost()).isEqualByComparingTo("29.1840");
  }

  @Test
  void gateClosed_losesWhatTheCountedInnovationsWouldHaveEarned() {
    IidScore s = IidScorer.of(E2026).score(Fixtures.worked(E2026, 8, 4));

    BreakdownLine count = line(s, BreakdownPart.COUNT, "count", Optional.empty());
    assertThat(count.earned()).isEqualByComparingTo("0");
    assertThat(lost(count, LossReason.GATE_NOT_MET)).isEqualByComparingTo("1.2160");
    assertThat(lost(count, LossReason.FEWER_INNOVATIONS)).isEqualByComparingTo("29.1840");
  }

  @Test
  void ineligibleInnovations_areNamedOnTheSlotsAndCountPlacesTheyLeaveEmpty() {
    Assessment worked = Fixtures.worked(E2026, 8, 5);
    Assessment.Builder b = Assessment.builder().from(worked);
    for (String id : List.of("short-1", "short-2")) {
      b.addInnovations(ReportedInnovation.of(
          Fixtures.innovation(id, io.github.inovasi.model.GovernmentAffair.LABOUR).withDesign("terlalu pendek"),
          Fixtures.sid80(E2026)));
    }

    IidScore s = IidScorer.of(E2026).score(b.build());

    List<BreakdownLine> slots = s.breakdown().lines().stream().filter(l -> l.code().equals("slot")).toList();
    assertThat(slots).extracting(BreakdownLine::innovationId)
        .containsExactly(Optional.of("short-1"), Optional.of("short-2"), Optional.empty(), Optional.empty());
    assertThat(lost(slots.get(0), LossReason.INELIGIBLE_INNOVATION)).isEqualByComparingTo("3.7000");
    BreakdownLine count = line(s, BreakdownPart.COUNT, "count", Optional.empty());
    assertThat(lost(count, LossReason.INELIGIBLE_INNOVATION)).isEqualByComparingTo("0.3040");
    assertThat(lost(count, LossReason.FEWER_INNOVATIONS)).isEqualByComparingTo("28.8800");
    assertThat(s.breakdown().earned().add(s.breakdown().lost())).isEqualByComparingTo("100");
  }

  @Test
  void claimedWithoutEvidence_scoresZeroAndNamesTheEvidence() {
    Answer noEvidence = Answer.builder().indicatorCode("16").claimedLevel(2).build();

    Computation.Scored s = Computation.scoreAnswer(REGULATION, Optional.of(noEvidence), ScoreBasis.CLAIMED);

    assertThat(s.level()).isZero();
    assertThat(s.lost()).containsExactly(new Computation.LevelLoss(LossReason.NO_EVIDENCE, 2),
        new Computation.LevelLoss(LossReason.LOWER_LEVEL, 1));
    assertThat(s.shortfall()).contains(LossReason.NO_EVIDENCE);
  }

  @Test
  void verifiedBelowTheClaim_losesTheDifferenceToTheVerifier() {
    Answer lowered = Fixtures.answer(REGULATION, 3).withVerifiedLevel(1);

    Computation.Scored s = Computation.scoreAnswer(REGULATION, Optional.of(lowered), ScoreBasis.VERIFIED);

    assertThat(s.points()).isEqualByComparingTo("3");
    assertThat(s.lost()).containsExactly(new Computation.LevelLoss(LossReason.REJECTED_BY_VERIFIER, 2),
        new Computation.LevelLoss(LossReason.LOWER_LEVEL, 0));
    assertThat(s.toScore(Optional.of("inv-0")).shortfall()).contains(LossReason.REJECTED_BY_VERIFIER);
  }

  @Test
  void verifiedAboveTheClaim_losesNothingToTheVerifier() {
    Answer raised = Fixtures.answer(ROW_1, 1).withVerifiedLevel(2);

    Computation.Scored s = Computation.scoreAnswer(ROW_1, Optional.of(raised), ScoreBasis.VERIFIED);

    assertThat(s.level()).isEqualTo(2);
    assertThat(s.lost()).containsExactly(new Computation.LevelLoss(LossReason.REJECTED_BY_VERIFIER, 0),
        new Computation.LevelLoss(LossReason.LOWER_LEVEL, 1));
    assertThat(s.shortfall()).contains(LossReason.LOWER_LEVEL);
  }

  @Test
  void unverified_scoresZeroOnTheVerifiedBasis() {
    Computation.Scored s = Computation.scoreAnswer(ROW_1, Optional.of(Fixtures.answer(ROW_1, 2)), ScoreBasis.VERIFIED);

    assertThat(s.level()).isZero();
    assertThat(s.shortfall()).contains(LossReason.UNVERIFIED);
  }
}
