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
    Integer least = exhaustiveLeastEffort(a, targetIndex, effort);

    assertThat(plan.reachable()).isEqualTo(least != null);
    if (least != null) {
      assertThat(plan.effort()).isEqualTo(least);
      assertThat(plan.resultingIndex()).isGreaterThanOrEqualTo(targetIndex);
    }
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
  private static Integer exhaustiveLeastEffort(Assessment a, BigDecimal target, Effort effort) {
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
        if (choice[s] < Math.max(1, slot[2]) || choice[s] <= counted) {
          valid = false;
          break;
        }
        cost += (choice[s] - slot[2]) * effort.perLevel() + (slot[3] == 1 ? 0 : effort.perEvidence());
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
            int total = cost + m * effort.perInnovation();
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
