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

  /** Tiny assessments whose answers carry random verified levels (-1: not verified). */
  @Provide
  Arbitrary<Assessment> verifiedAssessments() {
    return Combinators.combine(tinyAssessments(), Arbitraries.integers().between(-1, 3).list().ofSize(9))
        .as(PlanProperties::verify);
  }

  static Assessment verify(Assessment a, List<Integer> levels) {
    java.util.Iterator<Integer> next = levels.iterator();
    java.util.function.Function<Answer, Answer> v = x -> {
      int l = next.next();
      return l < 0 ? x : x.withVerifiedLevel(l);
    };
    List<ReportedInnovation> innovations = new ArrayList<>();
    List<Answer> spd = a.regionAnswers().stream().map(v).toList();
    for (ReportedInnovation r : a.innovations()) {
      innovations.add(ReportedInnovation.of(r.innovation(), r.answers().stream().map(v).toList()));
    }
    return a.withRegionAnswers(spd).withInnovations(innovations);
  }

  @Property(tries = 40)
  void aPlanOnVerifiedLevels_isTheLeastEffort_andNeverPromisesMoreThanTheVerifiedScoreAllows(
      @ForAll("verifiedAssessments") Assessment a,
      @ForAll @IntRange(min = 1, max = 100) int target,
      @ForAll("costs") List<Integer> levelCosts,
      @ForAll("costs") List<Integer> evidenceCosts,
      @ForAll @IntRange(min = 1, max = 6) int perInnovation) {
    EffortProfile profile = profile(levelCosts, evidenceCosts, List.of(false, false, false), perInnovation);
    BigDecimal targetIndex = BigDecimal.valueOf(target).setScale(2);
    ImprovementPlanner planner = ImprovementPlanner.of(TINY).withBasis(ScoreBasis.VERIFIED).withEffortProfile(profile)
        .withMaxNewInnovations(MAX_NEW).withNewInnovationLevel(NEW_LEVEL);

    ImprovementPlan plan = planner.plan(a, Target.index(targetIndex));
    Integer least = exhaustiveLeastEffort(TINY, a, targetIndex, profile, ScoreBasis.VERIFIED);

    // It starts from the verified score, not the claimed one ...
    assertThat(plan.currentIndex()).isEqualByComparingTo(SCORER.score(a, ScoreBasis.VERIFIED).index());
    // ... every answer action starts from the level the verifier accepted ...
    for (PlanAction x : plan.candidates()) {
      if (x.indicatorCode().isPresent()) {
        List<Answer> answers = x.innovationId().isEmpty() ? a.regionAnswers() : a.innovations().stream()
            .filter(r -> x.innovationId().get().equals(r.innovation().id())).findFirst().orElseThrow().answers();
        int verified = answers.stream().filter(y -> y.indicatorCode().equals(x.indicatorCode().get())).findFirst()
            .map(y -> y.verifiedLevel().orElse(0)).orElse(0);
        assertThat(x.fromLevel()).isEqualTo(verified);
      }
    }
    // ... it is the least effort, and applying its actions reaches exactly what it promises.
    assertThat(plan.reachable()).isEqualTo(least != null);
    if (least != null) {
      assertThat(plan.effort()).isEqualTo(least);
    }
    assertThat(SCORER.score(planner.apply(a, plan.actions()), ScoreBasis.VERIFIED).index())
        .isEqualByComparingTo(plan.resultingIndex());
  }

  private static final IidEdition MANDATORY = TinyEdition.withMandatory();

  /** Innovations that may lack the mandatory indicator 2 or have a design of one word only. */
  @Provide
  Arbitrary<Assessment> assessmentsWithUncountedInnovations() {
    Arbitrary<GovernmentAffair> affairs = Arbitraries.of(
        GovernmentAffair.EDUCATION, GovernmentAffair.HEALTH, GovernmentAffair.LABOUR);
    Arbitrary<ReportedInnovation> innovation = Combinators.combine(affairs, states(), states(), Arbitraries.of(true, false))
        .as((affair, s2, s3, shortDesign) -> {
          var inv = Fixtures.innovation("i-" + affair.number() + s2 + s3 + shortDesign, affair);
          return ReportedInnovation.of(shortDesign ? inv.withDesign("pendek") : inv,
              answers(MANDATORY.sidIndicators(), List.of(s2, s3)));
        });
    return Combinators.combine(states(), innovation.list().ofMaxSize(2).uniqueElements(r -> r.innovation().id()))
        .as((spd, innovations) -> Assessment.builder().region(Fixtures.REGION).editionId(MANDATORY.id())
            .regionAnswers(answers(MANDATORY.spdIndicators(), List.of(spd))).innovations(innovations).build());
  }

  @Property(tries = 40)
  void makingInnovationsCount_keepsThePlanTheLeastEffort(
      @ForAll("assessmentsWithUncountedInnovations") Assessment a,
      @ForAll @IntRange(min = 1, max = 100) int target,
      @ForAll("costs") List<Integer> levelCosts,
      @ForAll @IntRange(min = 1, max = 4) int perDesign,
      @ForAll @IntRange(min = 1, max = 6) int perInnovation) {
    EffortProfile base = profile(levelCosts, List.of(1, 1, 1), List.of(false, false, false), perInnovation);
    EffortProfile profile = base.withDefaults(base.defaults().withPerDesign(perDesign));
    BigDecimal targetIndex = BigDecimal.valueOf(target).setScale(2);
    ImprovementPlanner planner = ImprovementPlanner.of(MANDATORY).withEffortProfile(profile)
        .withMaxNewInnovations(MAX_NEW).withNewInnovationLevel(NEW_LEVEL);

    ImprovementPlan plan = planner.plan(a, Target.index(targetIndex));
    Integer least = exhaustiveLeastEffort(MANDATORY, a, targetIndex, profile, ScoreBasis.CLAIMED);

    assertThat(plan.reachable()).isEqualTo(least != null);
    if (least != null) {
      assertThat(plan.effort()).isEqualTo(least);
      assertThat(plan.effort()).isEqualTo(plan.actions().stream().mapToInt(PlanAction::effort).sum());
    }
    assertThat(IidScorer.of(MANDATORY).score(planner.apply(a, plan.actions())).index())
        .isEqualByComparingTo(plan.resultingIndex());
  }

  /** Every combination, re-scored; null when none reaches the target. */
  private static Integer exhaustiveLeastEffort(Assessment a, BigDecimal target, EffortProfile profile) {
    return exhaustiveLeastEffort(TINY, a, target, profile, ScoreBasis.CLAIMED);
  }

  /**
   * Every combination of answer levels, design narratives completed (at the profile's design cost)
   * and new innovations, re-scored on the basis; null when none reaches the target. On verified
   * levels an answer stands at the higher of claim and verified level, counts at the verified
   * level, and needs a document when the verifier did not accept it in full.
   */
  private static Integer exhaustiveLeastEffort(IidEdition edition, Assessment a, BigDecimal target,
      EffortProfile profile, ScoreBasis basis) {
    IidScorer scorer = IidScorer.of(edition);
    IidScore now = scorer.score(a, basis);
    if (now.index().compareTo(target) >= 0) {
      return 0;
    }
    List<int[]> slots = new ArrayList<>();   // {innovation (-1 = SPD), indicator index, level, counted, needs evidence}
    for (int i = 0; i < edition.spdIndicators().size(); i++) {
      slots.add(slot(-1, i, a.regionAnswers(), edition.spdIndicators().get(i), basis));
    }
    for (int j = 0; j < a.innovations().size(); j++) {
      for (int i = 0; i < edition.sidIndicators().size(); i++) {
        slots.add(slot(j, i, a.innovations().get(j).answers(), edition.sidIndicators().get(i), basis));
      }
    }
    int minWords = edition.eligibility().minDesignWords().orElse(0);
    List<Integer> shortDesigns = new ArrayList<>();
    for (int j = 0; j < a.innovations().size(); j++) {
      if (a.innovations().get(j).innovation().designWordCount() < minWords) {
        shortDesigns.add(j);
      }
    }
    List<GovernmentAffair> uncovered = new ArrayList<>(GovernmentAffair.basicServices());
    a.innovations().forEach(r -> uncovered.remove(r.innovation().mainAffair()));
    Integer best = null;
    int[] choice = new int[slots.size()];   // 0 = leave, b = reach level b
    do {
      for (int designs = 0; designs < 1 << shortDesigns.size(); designs++) {
      int cost = 0;
      Assessment changed = a;
      for (int k = 0; k < shortDesigns.size(); k++) {
        if ((designs >> k & 1) == 1) {
          cost += profile.defaults().perDesign();
          changed = completeDesign(changed, shortDesigns.get(k), minWords);
        }
      }
      boolean valid = true;
      for (int s = 0; s < slots.size() && valid; s++) {
        int[] slot = slots.get(s);
        int counted = slot[3];
        if (choice[s] == 0) {
          continue;
        }
        boolean spd = slot[0] < 0;
        String code = (spd ? edition.spdIndicators() : edition.sidIndicators()).get(slot[1]).code();
        if (choice[s] < Math.max(1, slot[2]) || choice[s] <= counted || profile.locked(spd, code)) {
          valid = false;
          break;
        }
        cost += (choice[s] - slot[2]) * profile.perLevel(spd, code) + (slot[4] == 0 ? 0 : profile.perEvidence(spd, code));
        changed = set(edition, changed, slot, choice[s], basis);
      }
      if (valid) {
        for (int m = 0; m <= MAX_NEW; m++) {
          for (int g = 0; g <= Math.min(m, uncovered.size()); g++) {
            Assessment withNew = changed;
            for (int k = 0; k < m; k++) {
              GovernmentAffair affair = k < g ? uncovered.get(k) : GovernmentAffair.LABOUR;
              withNew = withNew.withInnovations(add(withNew.innovations(), newInnovation(edition, "n" + k, affair, basis)));
            }
            int total = cost + m * profile.defaults().perInnovation();
            if ((best == null || total < best) && scorer.score(withNew, basis).index().compareTo(target) >= 0) {
              best = total;
            }
          }
        }
      }
      }
    } while (next(choice));
    return best;
  }

  private static Assessment completeDesign(Assessment a, int j, int words) {
    List<ReportedInnovation> innovations = new ArrayList<>(a.innovations());
    ReportedInnovation r = innovations.get(j);
    innovations.set(j, ReportedInnovation.of(r.innovation().withDesign("kata ".repeat(words).trim()), r.answers()));
    return a.withInnovations(innovations);
  }

  private static int[] slot(int j, int i, List<Answer> answers, Indicator ind, ScoreBasis basis) {
    Answer a = answers.stream().filter(x -> x.indicatorCode().equals(ind.code())).findFirst().orElse(null);
    int claimed = a == null ? 0 : a.claimedLevel().orElse(0);
    boolean evidence = a != null && !a.evidence().isEmpty();
    if (basis == ScoreBasis.VERIFIED) {
      int verified = a == null ? 0 : a.verifiedLevel().orElse(0);
      int level = Math.max(claimed, verified);
      return new int[] {j, i, level, verified, verified < level || !evidence ? 1 : 0};
    }
    return new int[] {j, i, claimed, evidence ? claimed : 0, evidence ? 0 : 1};
  }

  private static Assessment set(IidEdition edition, Assessment a, int[] slot, int level, ScoreBasis basis) {
    List<Indicator> catalogue = slot[0] < 0 ? edition.spdIndicators() : edition.sidIndicators();
    Answer answer = Fixtures.answer(catalogue.get(slot[1]), level);
    if (basis == ScoreBasis.VERIFIED) {
      answer = answer.withVerifiedLevel(level);
    }
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

  private static ReportedInnovation newInnovation(IidEdition edition, String id, GovernmentAffair affair, ScoreBasis basis) {
    List<Answer> answers = new ArrayList<>();
    edition.sidIndicators().forEach(ind -> answers.add(basis == ScoreBasis.VERIFIED
        ? Fixtures.answer(ind, NEW_LEVEL).withVerifiedLevel(NEW_LEVEL) : Fixtures.answer(ind, NEW_LEVEL)));
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
