package io.github.inovasi.scoring.iid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.ReportedInnovation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.github.inovasi.scoring.Rating;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class ImprovementPlannerTest {
  private static final IidEdition E2026 = IidEdition.bundled("iid-2026");

  @Test
  void plan_reachesTheNextRatingAndIsReScored() {
    Assessment a = Fixtures.worked(E2026, 8, 5);   // 38.55 Kurang Inovatif

    ImprovementPlan plan = ImprovementPlanner.of(E2026).plan(a, Target.rating(Rating.INNOVATIVE));

    assertThat(plan.currentIndex()).isEqualByComparingTo("38.55");
    assertThat(plan.targetIndex()).isEqualByComparingTo("40.01");
    assertThat(plan.reachable()).isTrue();
    assertThat(plan.resultingIndex()).isGreaterThanOrEqualTo(new BigDecimal("40.01"));
    assertThat(plan.resultingRating()).isEqualTo(Rating.INNOVATIVE);
    assertThat(plan.effort()).isEqualTo(plan.actions().stream().mapToInt(PlanAction::effort).sum());
    // One more innovation at level 2 (SID sum 74) while n < 12: (74/12 + 0.38) / 250 × 100
    assertThat(plan.oneMoreInnovation()).isEqualByComparingTo("2.618667");
    IidScore applied = IidScorer.of(E2026).score(ImprovementPlanner.of(E2026).apply(a, plan.actions()));
    assertThat(applied.index()).isEqualByComparingTo(plan.resultingIndex());
  }

  @Test
  void candidates_areOrderedByGainPerEffort() {
    ImprovementPlan plan = ImprovementPlanner.of(E2026)
        .plan(Fixtures.worked(E2026, 8, 5), Target.rating(Rating.VERY_INNOVATIVE));

    assertThat(plan.candidates()).isNotEmpty();
    assertThat(plan.candidates()).extracting(PlanAction::gainPerEffort)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    // While n < k a new innovation is worth the most per step; the gate is open, so no OPEN_GATE
    assertThat(plan.candidates().get(0).kind()).isEqualTo(PlanAction.Kind.ADD_INNOVATIONS);
    assertThat(plan.candidates()).noneMatch(c -> c.kind() == PlanAction.Kind.OPEN_GATE);
  }

  @Test
  void plan_gateClosed_offersTheMissingAffair() {
    Assessment a = Fixtures.worked(E2026, 20, 4);   // 48.00, gate closed

    ImprovementPlan plan = ImprovementPlanner.of(E2026).withEffort(Effort.standard().withPerInnovation(2))
        .plan(a, Target.index(new BigDecimal("51.00")));

    assertThat(plan.candidates()).filteredOn(c -> c.kind() == PlanAction.Kind.OPEN_GATE)
        .hasSize(2)
        // opening the gate gives back the 7.6 count points (3.04) plus the new innovation's own share
        .allSatisfy(c -> assertThat(c.gain()).isGreaterThan(new BigDecimal("3.04")));
    assertThat(plan.actions()).extracting(PlanAction::kind).contains(PlanAction.Kind.OPEN_GATE);
    assertThat(plan.resultingIndex()).isGreaterThanOrEqualTo(new BigDecimal("51.00"));
  }

  @Test
  void plan_alreadyThere_needsNothing() {
    ImprovementPlan plan = ImprovementPlanner.of(E2026)
        .plan(Fixtures.worked(E2026, 8, 5), Target.index(new BigDecimal("30")));

    assertThat(plan.actions()).isEmpty();
    assertThat(plan.effort()).isZero();
  }

  @Test
  void plan_beyondReach_saysSo() {
    ImprovementPlan plan = ImprovementPlanner.of(E2026).withMaxNewInnovations(0)
        .plan(Fixtures.worked(E2026, 1, 1), Target.index(new BigDecimal("99")));

    assertThat(plan.reachable()).isFalse();
    assertThat(plan.actions()).isEmpty();
  }

  /** 8 innovations, 4 basic-service affairs; a 9th in the 5th affair lacks its mandatory answers. */
  private static Assessment educationLacksAnswers() {
    Assessment a = Fixtures.worked(E2026, 8, 4);
    List<Answer> partial = new ArrayList<>(Fixtures.sid80(E2026));
    partial.removeIf(x -> x.indicatorCode().equals("16") || x.indicatorCode().equals("32"));
    List<ReportedInnovation> innovations = new ArrayList<>(a.innovations());
    innovations.add(ReportedInnovation.of(Fixtures.innovation("pendidikan", Fixtures.basicService(4)), partial));
    return a.withInnovations(innovations);
  }

  @Test
  void plan_makesAnExistingInnovationCount_ratherThanProposingANewOne() {
    Assessment a = educationLacksAnswers();
    EffortProfile profile = EffortProfile.uniform(Effort.standard().withPerInnovation(10));
    for (var row : E2026.spdIndicators()) {
      profile = profile.withLocked(row.code());
    }
    ImprovementPlanner planner = ImprovementPlanner.of(E2026).withEffortProfile(profile);
    IidScore now = IidScorer.of(E2026).score(a);
    assertThat(now.figures().gateOpen()).isFalse();

    ImprovementPlan plan = planner.plan(a, Target.rating(Rating.INNOVATIVE));

    // Answering 16 and 32 at level 1 with evidence: 2 × (1 level + 1 document) = 4 steps, far
    // less than a new innovation (10) in the same affair.
    assertThat(plan.actions()).filteredOn(x -> x.kind() == PlanAction.Kind.MAKE_COUNT).singleElement().satisfies(x -> {
      assertThat(x.kind()).isEqualTo(PlanAction.Kind.MAKE_COUNT);
      assertThat(x.innovationId()).contains("pendidikan");
      assertThat(x.effort()).isEqualTo(4);
      assertThat(x.description().english()).contains("answer mandatory indicator 16").contains("32");
      assertThat(x.description().indonesian()).contains("jawab indikator wajib 16");
    });
    assertThat(plan.actions()).noneMatch(x -> x.kind() == PlanAction.Kind.OPEN_GATE);
    assertThat(plan.candidates()).anyMatch(x -> x.kind() == PlanAction.Kind.MAKE_COUNT);
    IidScore applied = IidScorer.of(E2026).score(planner.apply(a, plan.actions()));
    assertThat(applied.index()).isEqualByComparingTo(plan.resultingIndex()).isGreaterThanOrEqualTo(new BigDecimal("40.01"));
    assertThat(applied.eligibility().get(8).eligible()).isTrue();
  }

  @Test
  void plan_makesCount_byCompletingTheDesignAndRecordingARenewal() {
    Assessment a = Fixtures.worked(E2026, 8, 4);
    List<ReportedInnovation> innovations = new ArrayList<>(a.innovations());
    innovations.add(ReportedInnovation.of(Fixtures.innovation("lama", Fixtures.basicService(4))
        .withImplementationDate(java.time.LocalDate.of(2021, 5, 1)).withDesign("terlalu pendek"), Fixtures.sid80(E2026)));
    a = a.withInnovations(innovations);
    ImprovementPlanner planner = ImprovementPlanner.of(E2026).withEffortProfile(EffortProfile.bundled());

    ImprovementPlan plan = planner.plan(a, Target.rating(Rating.INNOVATIVE));

    PlanAction fix = plan.candidates().stream().filter(x -> x.kind() == PlanAction.Kind.MAKE_COUNT).findFirst().orElseThrow();
    assertThat(fix.effort()).isEqualTo(2 + 5);   // bundled: design 2, renewal 5
    assertThat(fix.description().english()).contains("design narrative to 300 words (now 2)")
        .contains("renewal (pembaharuan) inside the window (e.g. 2025-12-31)");
    assertThat(IidScorer.of(E2026).score(planner.apply(a, List.of(fix))).eligibility().get(8).eligible()).isTrue();
  }

  /** Every answer of every innovation, and every SPD row, verified at the given level. */
  private static Assessment verifiedAt(Assessment a, int level) {
    List<ReportedInnovation> innovations = new ArrayList<>();
    for (ReportedInnovation r : a.innovations()) {
      innovations.add(ReportedInnovation.of(r.innovation(), r.answers().stream()
          .map(x -> x.withVerifiedLevel(level).withVerifierNote("bukti tidak sesuai")).toList()));
    }
    return a.withInnovations(innovations)
        .withRegionAnswers(a.regionAnswers().stream().map(x -> x.withVerifiedLevel(x.claimedLevel().getAsInt())).toList());
  }

  @Test
  void plan_onVerifiedLevels_startsFromTheVerifiedScore_andRestoresWithEvidence() {
    Assessment a = verifiedAt(Fixtures.worked(E2026, 8, 5), 0);
    IidScorer scorer = IidScorer.of(E2026);
    ImprovementPlanner planner = ImprovementPlanner.of(E2026).withBasis(ScoreBasis.VERIFIED);

    ImprovementPlan plan = planner.plan(a, Target.rating(Rating.INNOVATIVE));

    assertThat(plan.basis()).isEqualTo(ScoreBasis.VERIFIED);
    assertThat(plan.currentIndex()).isEqualByComparingTo(scorer.score(a, ScoreBasis.VERIFIED).index())
        .isLessThan(scorer.score(a).index());
    assertThat(plan.actions()).isNotEmpty().allSatisfy(x -> {
      if (x.kind() == PlanAction.Kind.MAKE_COUNT) {
        assertThat(x.description().english()).contains("the verifier accepts");
      }
    });
    assertThat(plan.candidates()).filteredOn(x -> x.kind() == PlanAction.Kind.ADD_EVIDENCE
        || x.kind() == PlanAction.Kind.RAISE_LEVEL).allSatisfy(x -> assertThat(x.fromLevel()).isZero());
    Assessment applied = planner.apply(a, plan.actions());
    assertThat(scorer.score(applied, ScoreBasis.VERIFIED).index()).isEqualByComparingTo(plan.resultingIndex())
        .isGreaterThanOrEqualTo(new BigDecimal("40.01"));
  }

  @Test
  void plan_onVerifiedLevels_namesTheAcceptedLevelAndTheVerifiersNote() {
    Assessment a = Fixtures.worked(E2026, 12, 5);
    List<ReportedInnovation> innovations = new ArrayList<>();
    for (ReportedInnovation r : a.innovations()) {
      innovations.add(ReportedInnovation.of(r.innovation(), r.answers().stream()
          .map(x -> x.indicatorCode().equals("17") ? x.withVerifiedLevel(1).withVerifierNote("SK tahun 2022")
              : x.withVerifiedLevel(x.claimedLevel().getAsInt())).toList()));
    }
    a = verifiedSpd(a.withInnovations(innovations));

    ImprovementPlan plan = ImprovementPlanner.of(E2026).withBasis(ScoreBasis.VERIFIED)
        .plan(a, Target.index(new BigDecimal("99")));

    PlanAction restore = plan.candidates().stream()
        .filter(x -> x.indicatorCode().equals(java.util.Optional.of("17")) && x.toLevel() == 3).findFirst().orElseThrow();
    assertThat(restore.fromLevel()).isEqualTo(1);
    assertThat(restore.addsEvidence()).isTrue();
    assertThat(restore.description().english()).contains("(claimed 3, accepted 1)").contains("SK tahun 2022");
    assertThat(restore.description().indonesian()).contains("(diklaim 3, diterima 1)");
  }

  private static Assessment verifiedSpd(Assessment a) {
    return a.withRegionAnswers(a.regionAnswers().stream().map(x -> x.withVerifiedLevel(x.claimedLevel().getAsInt())).toList());
  }
}
