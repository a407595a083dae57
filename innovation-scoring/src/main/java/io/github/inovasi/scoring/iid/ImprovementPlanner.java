package io.github.inovasi.scoring.iid;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Evidence;
import io.github.inovasi.model.EvidenceKind;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.Initiator;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.InnovationForm;
import io.github.inovasi.model.InnovationType;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Stage;
import io.github.inovasi.scoring.iid.LeastEffortSearch.Option;
import io.github.inovasi.scoring.iid.LeastEffortSearch.Slot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Tells a region what would raise its IID to a target, at the least effort: make a reported
 * innovation count, raise indicator i of innovation j from level a to b, add missing evidence,
 * raise an SPD row, report an innovation in an uncovered basic-service affair to open the count
 * gate, or report more innovations (at an assumed SID level).
 *
 * <p>The least-effort set is found exactly: for each number of new innovations (and whether they
 * open the gate) the divisor and count score are fixed, so the answer improvements become a
 * multiple-choice knapsack solved by dynamic programming over effort; the cheapest configuration
 * wins and the chosen set is re-scored to confirm it reaches the target. The search is bounded
 * by {@link #withMaxNewInnovations(int)}.
 *
 * <pre>{@code
 * ImprovementPlan plan = ImprovementPlanner.of(IidEdition.bundled("iid-2026"))
 *     .withEffort(Effort.standard().withPerInnovation(5))
 *     .plan(assessment, Target.rating(Rating.VERY_INNOVATIVE));
 * plan.actions();             // the least-effort set
 * plan.resultingIndex();      // re-scored, ≥ 65.01
 * plan.oneMoreInnovation();   // marginal value of one more innovation
 * }</pre>
 *
 * <p>An innovation that is reported but does not count (a mandatory indicator unanswered, a
 * design narrative too short, no renewal inside the window) is made to count by a {@link
 * PlanAction.Kind#MAKE_COUNT} action when that is cheaper than raising answers or reporting a new
 * innovation: the search tries every set of such fixes (the {@value #MAX_FIXES} cheapest
 * innovations at most), so the plan remains the least effort.
 *
 * <p>Plans are made on claimed levels, or on verified levels ({@link #withBasis(ScoreBasis)}).
 * Immutable and thread-safe.
 */
public final class ImprovementPlanner {
  /** The most innovations that do not count the search tries to make count, the cheapest first. */
  static final int MAX_FIXES = 8;
  private static final Evidence PLANNED = Evidence.of(EvidenceKind.OTHER, "Bukti dukung yang direncanakan");

  private final IidScorer scorer;
  private final EffortProfile profile;
  private final Effort effort;
  private final LeastEffortSearch search;
  private final int newInnovationLevel;
  private final int maxNewInnovations;
  private final OptionalInt budget;
  private final ScoreBasis basis;

  private ImprovementPlanner(IidScorer scorer, EffortProfile profile, int level, int maxNew, OptionalInt budget,
      ScoreBasis basis) {
    this.scorer = scorer;
    this.profile = profile;
    this.effort = profile.defaults();
    this.search = new LeastEffortSearch(profile);
    this.newInnovationLevel = level;
    this.maxNewInnovations = maxNew;
    this.budget = budget;
    this.basis = basis;
  }

  /**
   * Creates a planner with one step per level, evidence and innovation and nothing locked ({@link
   * EffortProfile#uniform(Effort)}), new innovations assumed at level 2 on every SID indicator, up
   * to 20 new innovations considered and no budget. {@link #withEffortProfile(EffortProfile)} with
   * {@link EffortProfile#bundled()} applies the provisional default costs and locks.
   *
   * @param edition the edition
   * @return the planner
   */
  public static ImprovementPlanner of(IidEdition edition) {
    return new ImprovementPlanner(IidScorer.of(edition), EffortProfile.uniform(Effort.standard()), 2, 20,
        OptionalInt.empty(), ScoreBasis.CLAIMED);
  }

  /**
   * Returns a copy weighing effort differently: these become the profile's default weights (rows
   * with their own cost, and locks, are kept).
   *
   * @param effort the effort weights
   * @return the copy
   */
  public ImprovementPlanner withEffort(Effort effort) {
    return new ImprovementPlanner(scorer, profile.withDefaults(effort), newInnovationLevel, maxNewInnovations, budget, basis);
  }

  /**
   * Returns a copy using an effort profile: a cost per SPD row and SID indicator, and locked rows
   * the plan never touches.
   *
   * @param profile the profile, for example {@link EffortProfile#bundled()}
   * @return the copy
   */
  public ImprovementPlanner withEffortProfile(EffortProfile profile) {
    return new ImprovementPlanner(scorer, Objects.requireNonNull(profile, "profile"), newInnovationLevel,
        maxNewInnovations, budget, basis);
  }

  /**
   * Returns a copy that spends at most this effort: the plan is the least-effort one that reaches
   * the target within the budget or, when none does, the one within the budget that raises the
   * index the most (then {@link ImprovementPlan#reachable()} is false).
   *
   * @param steps the budget, 0..1,000,000 steps
   * @return the copy
   * @throws InvalidValueException if the budget is outside 0..1,000,000
   */
  public ImprovementPlanner withBudget(int steps) {
    InvalidValueException.check(steps >= 0 && steps <= 1_000_000, "budget", "must be 0..1000000, was %s", steps);
    return new ImprovementPlanner(scorer, profile, newInnovationLevel, maxNewInnovations, OptionalInt.of(steps), basis);
  }

  /**
   * Returns a copy that plans on claimed levels (the default) or on verified levels. On verified
   * levels the plan starts from the verified score and never counts on an answer the verifier
   * rejected or lowered: each such answer shows its verified level, and reaching its claim again
   * is an action with a cost (evidence the verifier accepts). Applying the plan's actions ({@link
   * #apply(Assessment, List)}) records the levels as verified.
   *
   * @param basis the levels to plan on
   * @return the copy
   */
  public ImprovementPlanner withBasis(ScoreBasis basis) {
    return new ImprovementPlanner(scorer, profile, newInnovationLevel, maxNewInnovations, budget,
        Objects.requireNonNull(basis, "basis"));
  }

  /**
   * Returns a copy assuming another SID level for new innovations.
   *
   * @param level the level every SID indicator of a new innovation reaches, 1..3
   * @return the copy
   * @throws InvalidValueException if the level is outside 1..3
   */
  public ImprovementPlanner withNewInnovationLevel(int level) {
    InvalidValueException.check(level >= 1 && level <= 3, "newInnovationLevel", "must be 1..3, was %s", level);
    return new ImprovementPlanner(scorer, profile, level, maxNewInnovations, budget, basis);
  }

  /**
   * Returns a copy considering at most this many new innovations.
   *
   * @param max the bound, 0..1000
   * @return the copy
   * @throws InvalidValueException if the bound is outside 0..1000
   */
  public ImprovementPlanner withMaxNewInnovations(int max) {
    InvalidValueException.check(max >= 0 && max <= 1000, "maxNewInnovations", "must be 0..1000, was %s", max);
    return new ImprovementPlanner(scorer, profile, newInnovationLevel, max, budget, basis);
  }

  /**
   * Plans how to reach a target.
   *
   * @param assessment the region's assessment
   * @param target the index or rating to reach
   * @return the plan
   * @throws IncompleteEditionException if the edition lacks a rule it needs
   */
  public ImprovementPlan plan(Assessment assessment, Target target) {
    IidEdition e = scorer.edition();
    IidScore now = score(assessment);
    BigDecimal targetIndex = target.minimumIndex(e);
    List<Slot> slots = slots(e, assessment, now);
    List<Fix> fixes = fixes(e, assessment, now);
    BigDecimal oneMore = gain(now, apply(assessment, List.of(), 1, 0));
    ImmutableList<PlanAction> candidates = candidates(e, assessment, now, slots, fixes);
    if (now.index().compareTo(targetIndex) >= 0) {
      return new ImprovementPlan(target, targetIndex, now.index(), true, ImmutableList.of(), 0,
          now.index(), now.rating(), candidates, oneMore, newInnovationLevel, budget, basis);
    }
    long limit = budget.isPresent() ? budget.getAsInt() : Long.MAX_VALUE;
    Configuration best = null;
    for (Start start : starts(e, assessment, now, slots, fixes)) {
      if (best != null && start.cost() >= best.cost() || start.cost() > limit) {
        break;
      }
      for (int m = 0; m <= maxNewInnovations; m++) {
        long fixed = start.cost() + (long) m * effort.perInnovation();
        if (best != null && fixed >= best.cost() || fixed > limit) {
          break;
        }
        for (int g : start.gateChoices(m)) {
          Configuration c = search(e, start, m, g, targetIndex);
          if (c != null && c.cost() <= limit && (best == null || c.cost() < best.cost())) {
            best = c;
          }
        }
      }
    }
    boolean reached = best != null;
    if (best == null && budget.isPresent()) {
      best = bestWithinBudget(e, assessment, now, slots, fixes);
    }
    if (best == null) {
      return new ImprovementPlan(target, targetIndex, now.index(), false, ImmutableList.of(), 0,
          now.index(), now.rating(), candidates, oneMore, newInnovationLevel, budget, basis);
    }
    Start start = best.start();
    List<Change> changes = best.changes();
    IidScore after = score(apply(start.assessment(), changes, best.m(), best.g()));
    if (reached && after.index().compareTo(targetIndex) < 0) {
      throw new IllegalStateException("plan re-scored at " + after.index() + " below " + targetIndex);
    }
    ImmutableList.Builder<PlanAction> actions = ImmutableList.builder();
    for (Fix f : start.fixes()) {
      actions.add(f.toAction(gain(now, f.applyTo(assessment))));
    }
    List<GovernmentAffair> gateAffairs = uncoveredBasicAffairs(start.assessment(), start.score());
    for (int k = 0; k < best.g(); k++) {
      actions.add(gateAction(start.score(), start.assessment(), gateAffairs.get(k)));
    }
    if (best.m() - best.g() > 0) {
      actions.add(addAction(start.score(), start.assessment(), best.m() - best.g()));
    }
    for (Change c : changes) {
      actions.add(answerAction(c.slot(), c.option(), gain(start.score(), apply(start.assessment(), List.of(c), 0, 0))));
    }
    return new ImprovementPlan(target, targetIndex, now.index(), reached, actions.build(), (int) best.cost(),
        after.index(), after.rating(), candidates, oneMore, newInnovationLevel, budget, basis);
  }

  /** The configuration within the budget with the highest exact index; null when nothing improves. */
  private Configuration bestWithinBudget(IidEdition e, Assessment a, IidScore now, List<Slot> slots, List<Fix> fixes) {
    int limit = budget.getAsInt();
    Configuration best = null;
    BigDecimal bestIndex = now.figures().exactIndex();
    for (Start start : starts(e, a, now, slots, fixes)) {
      if (start.cost() > limit) {
        break;
      }
      for (int m = 0; m <= maxNewInnovations && start.cost() + (long) m * effort.perInnovation() <= limit; m++) {
        for (int g : start.gateChoices(m)) {
          long fixed = start.cost() + (long) m * effort.perInnovation();
          IidFigures base = score(apply(start.assessment(), List.of(), m, g)).figures();
          LeastEffortSearch.Result r = search.best(start.slots(), base, (int) (limit - fixed));
          Configuration c = new Configuration(start, m, g, fixed + r.effort(), r.choice());
          BigDecimal index = score(apply(start.assessment(), c.changes(), m, g)).figures().exactIndex();
          int better = index.compareTo(bestIndex);
          if (better > 0 || better == 0 && best != null && c.cost() < best.cost()) {
            best = c;
            bestIndex = index;
          }
        }
      }
    }
    return best;
  }

  /**
   * Applies planned actions to an assessment, as the region would carry them out: levels
   * raised, evidence added (a placeholder document), new innovations reported at the assumed SID
   * level. Re-scoring the result gives the plan's index.
   *
   * @param assessment the assessment the actions were planned for
   * @param actions actions of a plan (or candidates) for that assessment
   * @return the assessment with the actions taken
   * @throws InvalidValueException if an action names an answer the assessment cannot improve
   */
  public Assessment apply(Assessment assessment, List<PlanAction> actions) {
    IidEdition e = scorer.edition();
    IidScore now = score(assessment);
    List<Fix> fixes = fixes(e, assessment, now);
    Assessment fixed = assessment;
    for (PlanAction action : actions) {
      if (action.kind() == PlanAction.Kind.MAKE_COUNT) {
        Fix fix = fixes.stream().filter(f -> action.innovationId().equals(Optional.of(f.innovationId()))).findFirst()
            .orElseThrow(() -> new InvalidValueException("actions",
                "no innovation to make count: " + action.innovationId().orElse("?")));
        fixed = fix.applyTo(fixed);
      }
    }
    List<Slot> slots = fixed == assessment ? slots(e, assessment, now) : slots(e, fixed, score(fixed));
    List<Change> changes = new ArrayList<>();
    List<GovernmentAffair> affairs = new ArrayList<>();
    GovernmentAffair other = Arrays.stream(GovernmentAffair.values()).filter(x -> !x.isBasicService()).findFirst().orElseThrow();
    for (PlanAction action : actions) {
      switch (action.kind()) {
        case MAKE_COUNT:
          break;
        case OPEN_GATE:
          affairs.add(action.affair().orElseThrow());
          break;
        case ADD_INNOVATIONS:
          for (int k = 0; k < action.innovations(); k++) {
            affairs.add(other);
          }
          break;
        default:
          Slot slot = slots.stream()
              .filter(x -> x.indicator().code().equals(action.indicatorCode().orElse(""))
                  && (x.innovation() < 0 ? action.innovationId().isEmpty()
                      : action.innovationId().equals(Optional.of(x.innovationId()))))
              .findFirst()
              .orElseThrow(() -> new InvalidValueException("actions",
                  "no improvable answer for " + action.innovationId().orElse("SPD") + " / " + action.indicatorCode().orElse("?")));
          changes.add(new Change(slot, new Option(action.toLevel(), action.addsEvidence())));
      }
    }
    return apply(fixed, changes, affairs);
  }

  /**
   * Returns the exact index gain of one more innovation at the assumed SID level.
   *
   * @param assessment the region's assessment
   * @return the gain in index points (6 decimals)
   */
  public BigDecimal marginalValueOfOneMoreInnovation(Assessment assessment) {
    return gain(score(assessment), apply(assessment, List.of(), 1, 0));
  }

  private IidScore score(Assessment a) {
    return scorer.score(a, basis);
  }

  // ---- answer slots and their options ----

  private record Change(Slot slot, Option option) {}

  private List<Slot> slots(IidEdition e, Assessment a, IidScore now) {
    List<Slot> out = new ArrayList<>();
    for (Indicator ind : e.spdIndicators()) {
      out.add(slot(-1, "", ind, a.regionAnswer(ind.code())));
    }
    for (int j = 0; j < a.innovations().size(); j++) {
      if (!now.eligibility().get(j).eligible()) {
        continue;
      }
      ReportedInnovation r = a.innovations().get(j);
      for (Indicator ind : e.sidIndicators()) {
        out.add(slot(j, r.innovation().id(), ind, r.answer(ind.code())));
      }
    }
    return out;
  }

  /**
   * The answer as the plan sees it. On claimed levels it stands at its claim and counts when
   * evidenced. On verified levels it counts at the verifier's level (0 when rejected or not yet
   * verified) and stands at the higher of claim and verified level: reaching the claim again
   * needs evidence the verifier accepts.
   */
  private Slot slot(int j, String id, Indicator ind, Optional<Answer> answer) {
    int claimed = answer.map(x -> x.claimedLevel().orElse(0)).orElse(0);
    boolean evidence = answer.map(x -> !x.evidence().isEmpty()).orElse(false);
    String note = answer.flatMap(Answer::verifierNote).orElse("");
    if (basis == ScoreBasis.VERIFIED) {
      int verified = answer.map(x -> x.verifiedLevel().orElse(0)).orElse(0);
      return new Slot(j, id, ind, Math.max(claimed, verified), verified, evidence, note);
    }
    return new Slot(j, id, ind, claimed, evidence ? claimed : 0, evidence, note);
  }

  /** The best plan for one starting point and number of new innovations, g of them opening the gate. */
  private record Configuration(Start start, int m, int g, long cost, Option[] choice) {
    List<Change> changes() {
      List<Change> out = new ArrayList<>();
      for (int i = 0; i < choice.length; i++) {
        if (choice[i] != null) {
          out.add(new Change(start.slots().get(i), choice[i]));
        }
      }
      return out;
    }
  }

  private Configuration search(IidEdition e, Start start, int m, int g, BigDecimal targetIndex) {
    IidFigures base = score(apply(start.assessment(), List.of(), m, g)).figures();
    BigDecimal threshold = e.roundingMode() == RoundingMode.HALF_UP
        ? targetIndex.subtract(BigDecimal.ONE.movePointLeft(e.roundingScale()).divide(BigDecimal.valueOf(2)))
        : targetIndex;
    LeastEffortSearch.Result r = search.solve(start.slots(), base, threshold);
    return r == null ? null
        : new Configuration(start, m, g, start.cost() + (long) m * effort.perInnovation() + r.effort(), r.choice());
  }

  // ---- making existing innovations count ----

  /**
   * Where a plan starts: the assessment with some of its innovations made to count, at their
   * cost, with the answer slots and the gate as they then stand.
   */
  private record Start(List<Fix> fixes, long cost, Assessment assessment, IidScore score, List<Slot> slots,
      int gateNeed, int uncovered) {
    int[] gateChoices(int m) {
      return gateNeed > 0 && gateNeed <= Math.min(m, uncovered) ? new int[] {0, gateNeed} : new int[] {0};
    }
  }

  /**
   * Every set of fixable innovations (the {@link #MAX_FIXES} cheapest at most) made to count, least
   * cost first: the search over them is exhaustive, so the plan stays the least effort.
   */
  private List<Start> starts(IidEdition e, Assessment a, IidScore now, List<Slot> slots, List<Fix> fixes) {
    List<Fix> considered = fixes.subList(0, Math.min(MAX_FIXES, fixes.size()));
    List<Integer> masks = new ArrayList<>();
    for (int mask = 0; mask < 1 << considered.size(); mask++) {
      masks.add(mask);
    }
    java.util.function.IntToLongFunction cost = mask -> {
      long c = 0;
      for (int i = 0; i < considered.size(); i++) {
        c += (mask >> i & 1) == 1 ? considered.get(i).cost() : 0;
      }
      return c;
    };
    masks.sort(Comparator.comparingLong(cost::applyAsLong).thenComparingInt(Integer::bitCount));
    List<Start> out = new ArrayList<>();
    CountRule rule = e.countRule().get();
    for (int mask : masks) {
      List<Fix> chosen = new ArrayList<>();
      Assessment fixed = a;
      for (int i = 0; i < considered.size(); i++) {
        if ((mask >> i & 1) == 1) {
          chosen.add(considered.get(i));
          fixed = considered.get(i).applyTo(fixed);
        }
      }
      IidScore score = mask == 0 ? now : score(fixed);
      int covered = score.figures().basicServiceAffairsCovered();
      int gateNeed = rule.gateOpen(covered) ? 0 : rule.minBasicServiceAffairs() - covered;
      out.add(new Start(chosen, cost.applyAsLong(mask), fixed, score, mask == 0 ? slots : slots(e, fixed, score),
          gateNeed, uncoveredBasicAffairs(fixed, score).size()));
    }
    return out;
  }

  /**
   * What makes one innovation that does not count count: every reason it is left out can be
   * removed by the region (a mandatory indicator answered at level 1 with evidence, or on the
   * verified side restored with evidence the verifier accepts; the design narrative completed to
   * the minimum words; a renewal recorded inside the window). An innovation whose stage does not
   * count, or whose missing answer is on a locked indicator, has no fix.
   */
  private record Fix(int innovation, String innovationId, long cost, List<Answer> answers,
      Optional<String> design, Optional<LocalDate> renewal, Label description) {
    Assessment applyTo(Assessment a) {
      List<ReportedInnovation> innovations = new ArrayList<>(a.innovations());
      ReportedInnovation r = innovations.get(innovation);
      Innovation.Builder b = Innovation.builder().from(r.innovation());
      design.ifPresent(b::design);
      renewal.ifPresent(b::renewalDate);
      List<Answer> next = new ArrayList<>(r.answers());
      for (Answer answer : answers) {
        next.removeIf(x -> x.indicatorCode().equals(answer.indicatorCode()));
        next.add(answer);
      }
      innovations.set(innovation, ReportedInnovation.of(b.build(), next));
      return a.withInnovations(innovations);
    }

    PlanAction toAction(BigDecimal gain) {
      return new PlanAction(PlanAction.Kind.MAKE_COUNT, Optional.of(innovationId), Optional.empty(), 0, 0,
          !answers.isEmpty(), Optional.empty(), 0, (int) cost, gain, description);
    }
  }

  private List<Fix> fixes(IidEdition e, Assessment a, IidScore now) {
    Eligibility rules = e.eligibility();
    List<Fix> out = new ArrayList<>();
    for (int j = 0; j < a.innovations().size(); j++) {
      InnovationEligibility el = now.eligibility().get(j);
      if (el.eligible()) {
        continue;
      }
      ReportedInnovation r = a.innovations().get(j);
      Innovation inv = r.innovation();
      long cost = 0;
      boolean fixable = true;
      List<Answer> answers = new ArrayList<>();
      List<String> id = new ArrayList<>();
      List<String> en = new ArrayList<>();
      Optional<String> design = Optional.empty();
      Optional<LocalDate> renewal = Optional.empty();
      Set<IneligibilityReason> reasons = EnumSet.noneOf(IneligibilityReason.class);
      el.reasons().forEach(x -> reasons.add(x.reason()));
      for (IneligibilityReason reason : reasons) {
        switch (reason) {
          case NO_IMPLEMENTATION_DATE:
          case OUTSIDE_WINDOW:
            renewal = rules.implementedTo().or(rules::implementedFrom);
            fixable &= renewal.isPresent();
            cost += effort.perRenewal();
            String day = renewal.map(LocalDate::toString).orElse("?");
            id.add("catat pembaharuan di dalam rentang waktu (mis. " + day + ")");
            en.add("record a renewal (pembaharuan) inside the window (e.g. " + day + ")");
            break;
          case DESIGN_TOO_SHORT:
            int min = rules.minDesignWords().orElse(0);
            int missing = min - inv.designWordCount();
            design = Optional.of((inv.design().orElse("") + " " + "rancang ".repeat(Math.max(0, missing))).trim());
            cost += effort.perDesign();
            id.add("lengkapi rancang bangun menjadi " + min + " kata (kini " + inv.designWordCount() + ")");
            en.add("complete the design narrative to " + min + " words (now " + inv.designWordCount() + ")");
            break;
          case MANDATORY_UNANSWERED:
          case MANDATORY_NOT_VERIFIED:
            for (Indicator ind : e.sidIndicators()) {
              if (!ind.mandatory()) {
                continue;
              }
              Optional<Answer> answer = r.answer(ind.code());
              boolean unanswered = answer.map(x -> x.claimedLevel().isEmpty()).orElse(true);
              boolean rejected = !unanswered && basis == ScoreBasis.VERIFIED && rules.verificationDecides()
                  && answer.get().verifiedLevel().orElse(0) == 0;
              if (!unanswered && !rejected || answers.stream().anyMatch(x -> x.indicatorCode().equals(ind.code()))) {
                continue;
              }
              if (profile.locked(false, ind.code())) {
                fixable = false;
                continue;
              }
              int level = unanswered ? 1 : answer.get().claimedLevel().getAsInt();
              Answer.Builder b = Answer.builder();
              answer.ifPresent(b::from);
              b.indicatorCode(ind.code()).claimedLevel(level).addEvidence(PLANNED);
              if (answer.flatMap(Answer::basis).isEmpty()) {
                ind.bases().stream().findFirst().ifPresent(x -> b.basis(x.code()));
              }
              if (basis == ScoreBasis.VERIFIED) {
                b.verifiedLevel(level);
              }
              answers.add(b.build());
              cost += unanswered ? profile.perLevel(false, ind.code()) + profile.perEvidence(false, ind.code())
                  : profile.perEvidence(false, ind.code());
              String what = ind.expectedEvidence().map(x -> x.indonesian()).orElse("bukti dukung");
              String whatEn = ind.expectedEvidence().map(x -> x.english()).orElse("evidence");
              if (unanswered) {
                id.add("jawab indikator wajib " + ind.code() + " (tingkat 1, dengan " + what + ")");
                en.add("answer mandatory indicator " + ind.code() + " (level 1, with " + whatEn + ")");
              } else {
                id.add("pulihkan indikator wajib " + ind.code() + " ke tingkat " + level + " dengan " + what
                    + " yang diterima verifikator");
                en.add("restore mandatory indicator " + ind.code() + " to level " + level + " with " + whatEn
                    + " the verifier accepts");
              }
            }
            break;
          default:
            fixable = false;
        }
      }
      if (fixable) {
        out.add(new Fix(j, inv.id(), cost, List.copyOf(answers), design, renewal, Label.of(
            "Jadikan inovasi " + inv.id() + " terhitung: " + String.join("; ", id),
            "Make innovation " + inv.id() + " count: " + String.join("; ", en))));
      }
    }
    out.sort(Comparator.comparingLong(Fix::cost));
    return out;
  }

  // ---- applying changes ----

  Assessment apply(Assessment a, List<Change> changes, int m, int g) {
    List<GovernmentAffair> gate = uncoveredBasicAffairs(a, score(a));
    GovernmentAffair other = Arrays.stream(GovernmentAffair.values()).filter(x -> !x.isBasicService()).findFirst().orElseThrow();
    List<GovernmentAffair> affairs = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      affairs.add(k < g ? gate.get(k) : other);
    }
    return apply(a, changes, affairs);
  }

  private Assessment apply(Assessment a, List<Change> changes, List<GovernmentAffair> newAffairs) {
    IidEdition e = scorer.edition();
    List<Answer> region = new ArrayList<>(a.regionAnswers());
    List<ReportedInnovation> innovations = new ArrayList<>(a.innovations());
    for (Change c : changes) {
      if (c.slot().innovation() < 0) {
        region = improved(region, c);
      } else {
        ReportedInnovation r = innovations.get(c.slot().innovation());
        innovations.set(c.slot().innovation(), ReportedInnovation.of(r.innovation(), improved(r.answers(), c)));
      }
    }
    for (int k = 0; k < newAffairs.size(); k++) {
      innovations.add(newInnovation(e, "rencana-" + (k + 1), newAffairs.get(k)));
    }
    return a.withRegionAnswers(region).withInnovations(innovations);
  }

  private List<Answer> improved(List<Answer> answers, Change c) {
    List<Answer> out = new ArrayList<>(answers);
    String code = c.slot().indicator().code();
    int at = -1;
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).indicatorCode().equals(code)) {
        at = i;
        break;
      }
    }
    Answer.Builder b = Answer.builder();
    if (at >= 0) {
      b.from(out.get(at));
    } else {
      b.indicatorCode(code);
      c.slot().indicator().bases().stream().findFirst().ifPresent(x -> b.basis(x.code()));
    }
    b.claimedLevel(c.option().toLevel());
    if (basis == ScoreBasis.VERIFIED) {
      b.verifiedLevel(c.option().toLevel());
    }
    if (c.option().addEvidence()) {
      b.addEvidence(PLANNED);
    }
    if (at >= 0) {
      out.set(at, b.build());
    } else {
      out.add(b.build());
    }
    return out;
  }

  private ReportedInnovation newInnovation(IidEdition e, String id, GovernmentAffair affair) {
    Eligibility rules = e.eligibility();
    Innovation.Builder b = Innovation.builder()
        .id(id)
        .name("Inovasi baru yang direncanakan " + id)
        .type(InnovationType.DIGITAL)
        .form(InnovationForm.PUBLIC_SERVICE)
        .initiator(Initiator.AGENCY)
        .stage(rules.stages().contains(Stage.IMPLEMENTATION) ? Stage.IMPLEMENTATION : rules.stages().iterator().next())
        .mainAffair(affair);
    Optional<LocalDate> date = rules.implementedTo().or(rules::implementedFrom);
    date.ifPresent(b::implementationDate);
    int words = Math.max(1, rules.minDesignWords().orElse(1));
    b.design("rancang ".repeat(words).trim());
    List<Answer> answers = new ArrayList<>();
    for (Indicator ind : e.sidIndicators()) {
      Answer.Builder a = Answer.builder().indicatorCode(ind.code()).claimedLevel(newInnovationLevel).addEvidence(PLANNED);
      if (basis == ScoreBasis.VERIFIED) {
        a.verifiedLevel(newInnovationLevel);
      }
      ind.bases().stream().findFirst().ifPresent(x -> a.basis(x.code()));
      answers.add(a.build());
    }
    return ReportedInnovation.of(b.build(), answers);
  }

  /** Basic-service affairs no counted innovation has as its main affair, in enum order. */
  private static List<GovernmentAffair> uncoveredBasicAffairs(Assessment a, IidScore now) {
    Set<GovernmentAffair> covered = EnumSet.noneOf(GovernmentAffair.class);
    for (int j = 0; j < a.innovations().size(); j++) {
      if (now.eligibility().get(j).eligible()) {
        covered.add(a.innovations().get(j).innovation().mainAffair());
      }
    }
    List<GovernmentAffair> out = new ArrayList<>(GovernmentAffair.basicServices());
    out.removeAll(covered);
    return out;
  }

  // ---- candidates ----

  private ImmutableList<PlanAction> candidates(IidEdition e, Assessment a, IidScore now, List<Slot> slots,
      List<Fix> fixes) {
    List<PlanAction> out = new ArrayList<>();
    for (Fix f : fixes) {
      out.add(f.toAction(gain(now, f.applyTo(a))));
    }
    BigDecimal d = BigDecimal.valueOf(now.figures().divisor());
    BigDecimal max = now.figures().maxima().total();
    for (Slot s : slots) {
      for (Option o : search.options(s)) {
        BigDecimal pts = s.indicator().weight().multiply(BigDecimal.valueOf(o.toLevel() - s.counted()));
        BigDecimal units = s.innovation() < 0 ? pts.multiply(d) : pts;
        BigDecimal gain = units.multiply(BigDecimal.valueOf(100)).divide(d.multiply(max), IidFigures.SHOWN_SCALE, RoundingMode.HALF_UP);
        out.add(answerAction(s, o, gain));
      }
    }
    if (!now.figures().gateOpen()) {
      for (GovernmentAffair affair : uncoveredBasicAffairs(a, now)) {
        out.add(gateAction(now, a, affair));
      }
    }
    out.add(addAction(now, a, 1));
    out.sort(Comparator.comparing(PlanAction::gainPerEffort).reversed()
        .thenComparing(Comparator.comparing(PlanAction::gain).reversed()));
    return ImmutableList.copyOf(out);
  }

  PlanAction answerAction(Slot s, Option o, BigDecimal gain) {
    boolean spd = s.innovation() < 0;
    PlanAction.Kind kind = spd ? PlanAction.Kind.RAISE_SPD_ROW
        : o.toLevel() == s.claimed() ? PlanAction.Kind.ADD_EVIDENCE : PlanAction.Kind.RAISE_LEVEL;
    if (spd && o.toLevel() == s.claimed()) {
      kind = PlanAction.Kind.ADD_EVIDENCE;
    }
    String where = spd ? "SPD " + s.indicator().code() : "indikator " + s.indicator().code() + " inovasi " + s.innovationId();
    String whereEn = spd ? "SPD row " + s.indicator().code() : "indicator " + s.indicator().code() + " of innovation " + s.innovationId();
    String ev = o.addEvidence() ? " dan lengkapi bukti dukung" : "";
    String evEn = o.addEvidence() ? " and add evidence" : "";
    Label text;
    if (basis == ScoreBasis.VERIFIED && s.counted() < s.claimed()) {
      // The verifier rejected or lowered the answer (or has not verified it): say what it accepted
      // and what evidence would restore the level.
      String what = s.indicator().expectedEvidence().map(Label::indonesian).orElse("bukti dukung");
      String whatEn = s.indicator().expectedEvidence().map(Label::english).orElse("evidence");
      String note = s.note().isEmpty() ? "" : "; catatan verifikator: " + s.note();
      String noteEn = s.note().isEmpty() ? "" : "; verifier's note: " + s.note();
      text = Label.of("Pulihkan " + where + " ke tingkat " + o.toLevel() + " (diklaim " + s.claimed() + ", diterima "
              + s.counted() + "): lampirkan " + what + " yang diterima verifikator" + note,
          "Restore " + whereEn + " to level " + o.toLevel() + " (claimed " + s.claimed() + ", accepted " + s.counted()
              + "): attach " + whatEn + " the verifier accepts" + noteEn);
    } else if (kind == PlanAction.Kind.ADD_EVIDENCE) {
      text = Label.of("Lengkapi bukti dukung " + where + " (tingkat " + s.claimed() + ")",
          "Add evidence to " + whereEn + " (level " + s.claimed() + ")");
    } else {
      text = Label.of("Naikkan " + where + " dari tingkat " + s.claimed() + uncounted(s, true) + " ke " + o.toLevel() + ev,
          "Raise " + whereEn + " from level " + s.claimed() + uncounted(s, false) + " to " + o.toLevel() + evEn);
    }
    return new PlanAction(kind, spd ? Optional.empty() : Optional.of(s.innovationId()), Optional.of(s.indicator().code()),
        s.counted(), o.toLevel(), o.addEvidence(), Optional.empty(), 0, search.cost(s, o), gain, text);
  }

  private static String uncounted(Slot s, boolean indonesian) {
    if (s.claimed() == 0) {
      return indonesian ? " (belum dijawab)" : " (unanswered)";
    }
    return !s.evidence() ? indonesian ? " (tanpa bukti, tidak dihitung)" : " (no evidence, not counted)" : "";
  }

  private PlanAction gateAction(IidScore now, Assessment a, GovernmentAffair affair) {
    BigDecimal gain = gain(now, applyGate(a, affair));
    return new PlanAction(PlanAction.Kind.OPEN_GATE, Optional.empty(), Optional.empty(), 0, newInnovationLevel, true,
        Optional.of(affair), 1, effort.perInnovation(), gain,
        Label.of("Laporkan inovasi baru pada urusan " + affair.label().indonesian() + " (membuka syarat urusan pelayanan dasar)",
            "Report a new innovation in " + affair.label().english() + " (opens the basic-service gate)"));
  }

  private Assessment applyGate(Assessment a, GovernmentAffair affair) {
    List<ReportedInnovation> innovations = new ArrayList<>(a.innovations());
    innovations.add(newInnovation(scorer.edition(), "rencana-urusan", affair));
    return a.withInnovations(innovations);
  }

  private PlanAction addAction(IidScore now, Assessment a, int k) {
    BigDecimal gain = gain(now, apply(a, List.of(), k, 0));
    return new PlanAction(PlanAction.Kind.ADD_INNOVATIONS, Optional.empty(), Optional.empty(), 0, newInnovationLevel, true,
        Optional.empty(), k, k * effort.perInnovation(), gain,
        Label.of("Laporkan " + k + " inovasi lagi (semua indikator SID tingkat " + newInnovationLevel + ")",
            "Report " + k + " more innovation(s) (every SID indicator at level " + newInnovationLevel + ")"));
  }

  BigDecimal gain(IidScore now, Assessment changed) {
    return score(changed).figures().exactIndex().subtract(now.figures().exactIndex());
  }
}
