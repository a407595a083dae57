package io.github.inovasi.scoring.iid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.ReportedInnovation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The planner's set is the least effort: checked against exhaustive search (every option of every
 * answer, every number of new innovations and every choice of gate-opening affairs, each
 * re-scored) on a small edition.
 */
final class PlanProperties {
  private static final IidEdition TINY = TinyEdition.edition();
  private static final IidScorer SCORER = IidScorer.of(TINY);
  private static final int MAX_NEW = 2;
  private static final int NEW_LEVEL = 2;

  /** The state of one answer: claimed level (0 = none) and whether evidence is attached. */
  record State(int level, boolean evidence) {}

  @Provide
  Arbitrary<State> states() {
    return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(true, false)).as(State::new);
  }

  @Provide
  Arbitrary<Assessment> tinyAssessments() {
    Arbitrary<GovernmentAffair> affairs = Arbitraries.of(
        GovernmentAffair.EDUCATION, GovernmentAffair.HEALTH, GovernmentAffair.LABOUR);
    Arbitrary<ReportedInnovation> innovation = Combinators.combine(affairs, states(), states())
        .as((affair, s2, s3) -> ReportedInnovation.of(Fixtures.innovation("i-" + affair.number() + s2 + s3, affair),
            answers(TINY.sidIndicators(), List.of(s2, s3))));
    return Combinators.combine(states(), innovation.list().ofMaxSize(2).uniqueElements(r -> r.innovation().id()))
        .as((spd, innovations) -> Assessment.builder().region(Fixtures.REGION).editionId(TINY.id())
            .regionAnswers(answers(TINY.spdIndicators(), List.of(spd))).innovations(innovations).build());
  }

  static List<Answer> answers(List<Indicator> catalogue, List<State> states) {
    List<Answer> out = new ArrayList<>();
    for (int i = 0; i < catalogue.size(); i++) {
      State s = states.get(i);
      if (s.level() > 0) {
        Answer.Builder b = Answer.builder().indicatorCode(catalogue.get(i).code()).claimedLevel(s.level());
        if (s.evidence()) {
          b.addEvidence(Fixtures.EVIDENCE);
        }
        out.add(b.build());
      }
    }
    return out;
  }

  @Property(tries = 40)
  void plan_isTheLeastEffortThatReachesTheTarget(
      @ForAll("tinyAssessments") Assessment a,
      @ForAll @IntRange(min = 1, max = 100) int target,
      @ForAll @IntRange(min = 1, max = 3) int perLevel,
      @ForAll @IntRange(min = 1, max = 3) int perEvidence,
      @ForAll @IntRange(min = 1, max = 3) int perInnovation) {
    Effort effort = new Effort(perLevel, perEvidence, perInnovation);
    BigDecimal targetIndex = BigDecimal.valueOf(target).setScale(2);

    ImprovementPlan plan = ImprovementPlanner.of(TINY).withEffort(effort)
        .withMaxNewInnovations(MAX_NEW).withNewInnovationLevel(NEW_LEVEL)
        .plan(a, Target.index(targetIndex));
    Integer least = exhaustiveLeastEffort(a, targetIndex, EffortProfile.uniform(effort));

    assertThat(plan.reachable()).isEqualTo(least != null);
    if (least != null) {
      assertThat(plan.effort()).isEqualTo(least);
      assertThat(plan.resultingIndex()).isGreaterThanOrEqualTo(targetIndex);
    }
  }

  @Property(tries = 40)
  void plan_isTheLeastEffort_underPerIndicatorCostsAndLocks(
      @ForAll("tinyAssessments") Assessment a,
      @ForAll @IntRange(min = 1, max = 100) int target,
      @ForAll("costs") List<Integer> levelCosts,
      @ForAll("costs") List<Integer> evidenceCosts,
      @ForAll("locks") List<Boolean> locks,
      @ForAll @IntRange(min = 1, max = 6) int perInnovation) {
    EffortProfile profile = profile(levelCosts, evidenceCosts, locks, perInnovation);
    BigDecimal targetIndex = BigDecimal.valueOf(target).setScale(2);

    ImprovementPlan plan = ImprovementPlanner.of(TINY).withEffortProfile(profile)
        .withMaxNewInnovations(MAX_NEW).withNewInnovationLevel(NEW_LEVEL)
        .plan(a, Target.index(targetIndex));
    Integer least = exhaustiveLeastEffort(a, targetIndex, profile);

    assertThat(plan.reachable()).isEqualTo(least != null);
    if (least != null) {
      assertThat(plan.effort()).isEqualTo(least);
      assertThat(plan.resultingIndex()).isGreaterThanOrEqualTo(targetIndex);
    }
  }

  @Property(tries = 40)
  void lockingARow_neverLetsThePlanTouchIt(
      @ForAll("tinyAssessments") Assessment a,
      @ForAll @IntRange(min = 1, max = 100) int target,
      @ForAll("locks") List<Boolean> locks) {
    EffortProfile profile = profile(List.of(1, 1, 1), List.of(1, 1, 1), locks, 1);

    ImprovementPlan plan = ImprovementPlanner.of(TINY).withEffortProfile(profile).withMaxNewInnovations(MAX_NEW)
        .plan(a, Target.index(BigDecimal.valueOf(target).setScale(2)));

    assertThat(plan.actions()).noneMatch(x -> x.indicatorCode()
        .map(code -> profile.locked(x.innovationId().isEmpty(), code)).orElse(false));
    assertThat(plan.candidates()).noneMatch(x -> x.indicatorCode()
        .map(code -> profile.locked(x.innovationId().isEmpty(), code)).orElse(false));
  }

  @Property(tries = 40)
  void aPlan_neverExceedsItsBudget(
      @ForAll("tinyAssessments") Assessment a,
      @ForAll @IntRange(min = 1, max = 100) int target,
      @ForAll @IntRange(min = 0, max = 8) int budget,
      @ForAll("costs") List<Integer> levelCosts,
      @ForAll @IntRange(min = 1, max = 6) int perInnovation) {
    EffortProfile profile = profile(levelCosts, List.of(1, 1, 1), List.of(false, false, false), perInnovation);
    ImprovementPlanner planner = ImprovementPlanner.of(TINY).withEffortProfile(profile)
        .withMaxNewInnovations(MAX_NEW).withBudget(budget);
    BigDecimal targetIndex = BigDecimal.valueOf(target).setScale(2);

    ImprovementPlan plan = planner.plan(a, Target.index(targetIndex));
    Integer least = exhaustiveLeastEffort(a, targetIndex, profile);

    assertThat(plan.effort()).isLessThanOrEqualTo(budget)
        .isEqualTo(plan.actions().stream().mapToInt(PlanAction::effort).sum());
    assertThat(plan.reachable()).isEqualTo(least != null && least <= budget);
    assertThat(plan.resultingIndex()).isGreaterThanOrEqualTo(SCORER.score(a).index());
    assertThat(SCORER.score(planner.apply(a, plan.actions())).index()).isEqualByComparingTo(plan.resultingIndex());
  }

  @Provide
  Arbitrary<List<Integer>> costs() {
    return Arbitraries.integers().between(1, 4).list().ofSize(3);
  }

  @Provide
  Arbitrary<List<Boolean>> locks() {
    return Arbitraries.of(true, false).list().ofSize(3);
  }

  /** Costs and locks for the SPD row 1 and the SID indicators 2 and 3, in that order. */
  static EffortProfile profile(List<Integer> level, List<Integer> evidence, List<Boolean> locks, int perInnovation) {
    Provenance p = Provenance.of(ProvenanceStatus.DERIVED, "test fixture");
    java.util.Map<String, EffortProfile.Cost> sid = new java.util.LinkedHashMap<>();
    sid.put("2", new EffortProfile.Cost(level.get(1), evidence.get(1), locks.get(1), p));
    sid.put("3", new EffortProfile.Cost(level.get(2), evidence.get(2), locks.get(2), p));
    return EffortProfile.of("test", new Effort(1, 1, perInnovation), p,
        java.util.Map.of("1", new EffortProfile.Cost(level.get(0), evidence.get(0), locks.get(0), p)), sid);
  }

  @Property(tries = 40)
  void planActions_appliedAndReScored_reachTheTarget(
      @ForAll("tinyAssessments") Assessment a, @ForAll @IntRange(min = 1, max = 100) int target) {
    BigDecimal targetIndex = BigDecimal.valueOf(target).setScale(2);
    ImprovementPlanner planner = ImprovementPlanner.of(TINY).withMaxNewInnovations(MAX_NEW);

    ImprovementPlan plan = planner.plan(a, Target.index(targetIndex));

    if (plan.reachable()) {
      assertThat(SCORER.score(planner.apply(a, plan.actions())).index()).isGreaterThanOrEqualTo(targetIndex);
    }
  }

  /** Every combination, re-scored; null when none reaches the target. */
  private static Integer exhaustiveLeastEffort(Assessment a, BigDecimal target, EffortProfile profile) {
    IidScore now = SCORER.score(a);
    if (now.index().compareTo(target) >= 0) {
      return 0;
    }
    List<int[]> slots = new ArrayList<>();   // {innovation (-1 = SPD), indicator index, claimed, evidence}
    for (int i = 0; i < TINY.spdIndicators().size(); i++) {
      slots.add(slot(-1, i, a.regionAnswers(), TINY.spdIndicators().get(i)));
    }
    for (int j = 0; j < a.innovations().size(); j++) {
      for (int i = 0; i < TINY.sidIndicators().size(); i++) {
        slots.add(slot(j, i, a.innovations().get(j).answers(), TINY.sidIndicators().get(i)));
      }
    }
    List<GovernmentAffair> uncovered = new ArrayList<>(GovernmentAffair.basicServices());
    a.innovations().forEach(r -> uncovered.remove(r.innovation().mainAffair()));
    Integer best = null;
    int[] choice = new int[slots.size()];   // 0 = leave, b = reach level b
    do {
      int cost = 0;
      Assessment changed = a;
      boolean valid = true;
      for (int s = 0; s < slots.size() && valid; s++) {
        int[] slot = slots.get(s);
        int counted = slot[3] == 1 ? slot[2] : 0;
        if (choice[s] == 0) {
          continue;
        }
        boolean spd = slot[0] < 0;
        String code = (spd ? TINY.spdIndicators() : TINY.sidIndicators()).get(slot[1]).code();
        if (choice[s] < Math.max(1, slot[2]) || choice[s] <= counted || profile.locked(spd, code)) {
          valid = false;
          break;
        }
        cost += (choice[s] - slot[2]) * profile.perLevel(spd, code) + (slot[3] == 1 ? 0 : profile.perEvidence(spd, code));
        changed = set(changed, slot, choice[s]);
      }
      if (valid) {
        for (int m = 0; m <= MAX_NEW; m++) {
          for (int g = 0; g <= Math.min(m, uncovered.size()); g++) {
            Assessment withNew = changed;
            for (int k = 0; k < m; k++) {
              GovernmentAffair affair = k < g ? uncovered.get(k) : GovernmentAffair.LABOUR;
              withNew = withNew.withInnovations(add(withNew.innovations(), newInnovation("n" + k, affair)));
            }
            int total = cost + m * profile.defaults().perInnovation();
            if ((best == null || total < best) && SCORER.score(withNew).index().compareTo(target) >= 0) {
              best = total;
            }
          }
        }
      }
    } while (next(choice));
    return best;
  }

  private static int[] slot(int j, int i, List<Answer> answers, Indicator ind) {
    Answer a = answers.stream().filter(x -> x.indicatorCode().equals(ind.code())).findFirst().orElse(null);
    int level = a == null ? 0 : a.claimedLevel().orElse(0);
    int evidence = a != null && !a.evidence().isEmpty() ? 1 : 0;
    return new int[] {j, i, level, evidence};
  }

  private static Assessment set(Assessment a, int[] slot, int level) {
    List<Indicator> catalogue = slot[0] < 0 ? TINY.spdIndicators() : TINY.sidIndicators();
    Answer answer = Fixtures.answer(catalogue.get(slot[1]), level);
    if (slot[0] < 0) {
      return a.withRegionAnswers(replace(a.regionAnswers(), answer));
    }
    List<ReportedInnovation> innovations = new ArrayList<>(a.innovations());
    ReportedInnovation r = innovations.get(slot[0]);
    innovations.set(slot[0], ReportedInnovation.of(r.innovation(), replace(r.answers(), answer)));
    return a.withInnovations(innovations);
  }

  private static List<Answer> replace(List<Answer> answers, Answer answer) {
    List<Answer> out = new ArrayList<>();
    answers.stream().filter(x -> !x.indicatorCode().equals(answer.indicatorCode())).forEach(out::add);
    out.add(answer);
    return out;
  }

  private static ReportedInnovation newInnovation(String id, GovernmentAffair affair) {
    List<Answer> answers = new ArrayList<>();
    TINY.sidIndicators().forEach(ind -> answers.add(Fixtures.answer(ind, NEW_LEVEL)));
    return ReportedInnovation.of(Fixtures.innovation(id, affair), answers);
  }

  private static List<ReportedInnovation> add(List<ReportedInnovation> list, ReportedInnovation r) {
    List<ReportedInnovation> out = new ArrayList<>(list);
    out.add(r);
    return out;
  }

  private static boolean next(int[] choice) {
    for (int i = 0; i < choice.length; i++) {
      if (choice[i] < 3) {
        choice[i]++;
        return true;
      }
      choice[i] = 0;
    }
    return false;
  }
}
