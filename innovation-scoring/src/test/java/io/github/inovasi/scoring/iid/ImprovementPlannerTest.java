package io.github.inovasi.scoring.iid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.Assessment;
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
}
