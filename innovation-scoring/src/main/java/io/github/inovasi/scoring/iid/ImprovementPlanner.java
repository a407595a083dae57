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
 * Tells a region what would raise its IID to a target, at the least effort: raise indicator i of
 * innovation j from level a to b, add missing evidence, raise an SPD row, report an innovation in
 * an uncovered basic-service affair to open the count gate, or report more innovations (at an
 * assumed SID level).
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
 * <p>Plans are made on claimed levels. Immutable and thread-safe.
 */
public final class ImprovementPlanner {
  private static final Evidence PLANNED = Evidence.of(EvidenceKind.OTHER, "Bukti dukung yang direncanakan");

  private final IidScorer scorer;
  private final EffortProfile profile;
  private final Effort effort;
  private final LeastEffortSearch search;
  private final int newInnovationLevel;
  private final int maxNewInnovations;
  private final OptionalInt budget;

  private ImprovementPlanner(IidScorer scorer, EffortProfile profile, int level, int maxNew, OptionalInt budget) {
    this.scorer = scorer;
    this.profile = profile;
    this.effort = profile.defaults();
    this.search = new LeastEffortSearch(profile);
    this.newInnovationLevel = level;
    this.maxNewInnovations = maxNew;
    this.budget = budget;
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
        OptionalInt.empty());
  }

  /**
   * Returns a copy weighing effort differently: these become the profile's default weights (rows
   * with their own cost, and locks, are kept).
   *
   * @param effort the effort weights
   * @return the copy
   */
  public ImprovementPlanner withEffort(Effort effort) {
    return new ImprovementPlanner(scorer, profile.withDefaults(effort), newInnovationLevel, maxNewInnovations, budget);
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
        maxNewInnovations, budget);
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
    return new ImprovementPlanner(scorer, profile, newInnovationLevel, maxNewInnovations, OptionalInt.of(steps));
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
    return new ImprovementPlanner(scorer, profile, level, maxNewInnovations, budget);
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
    return new ImprovementPlanner(scorer, profile, newInnovationLevel, max, budget);
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
    IidScore now = scorer.score(assessment);
    BigDecimal targetIndex = target.minimumIndex(e);
    List<Slot> slots = slots(e, assessment, now);
    BigDecimal oneMore = gain(now, apply(assessment, List.of(), 1, 0));
    ImmutableList<PlanAction> candidates = candidates(e, assessment, now, slots);
    if (now.index().compareTo(targetIndex) >= 0) {
      return new ImprovementPlan(target, targetIndex, now.index(), true, ImmutableList.of(), 0,
          now.index(), now.rating(), candidates, oneMore, newInnovationLevel, budget);
    }
    Configuration best = null;
    int uncovered = uncoveredBasicAffairs(assessment, now).size();
    int gateNeed = e.countRule().get().gateOpen(now.figures().basicServiceAffairsCovered())
        ? 0 : e.countRule().get().minBasicServiceAffairs() - now.figures().basicServiceAffairsCovered();
    long limit = budget.isPresent() ? budget.getAsInt() : Long.MAX_VALUE;
    for (int m = 0; m <= maxNewInnovations; m++) {
      if (best != null && (long) m * effort.perInnovation() >= best.cost() || (long) m * effort.perInnovation() > limit) {
        break;
      }
      for (int g : gateNeed > 0 && gateNeed <= Math.min(m, uncovered) ? new int[] {0, gateNeed} : new int[] {0}) {
        Configuration s = search(e, assessment, slots, m, g, targetIndex);
        if (s != null && s.cost() <= limit && (best == null || s.cost() < best.cost())) {
          best = s;
        }
      }
    }
    boolean reached = best != null;
    if (best == null && budget.isPresent()) {
      best = bestWithinBudget(assessment, slots, gateNeed, uncovered, now);
    }
    if (best == null) {
      return new ImprovementPlan(target, targetIndex, now.index(), false, ImmutableList.of(), 0,
          now.index(), now.rating(), candidates, oneMore, newInnovationLevel, budget);
    }
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      if (best.choice()[i] != null) {
        changes.add(new Change(slots.get(i), best.choice()[i]));
      }
    }
    Assessment planned = apply(assessment, changes, best.m(), best.g());
    IidScore after = scorer.score(planned);
    if (reached && after.index().compareTo(targetIndex) < 0) {
      throw new IllegalStateException("plan re-scored at " + after.index() + " below " + targetIndex);
    }
    ImmutableList.Builder<PlanAction> actions = ImmutableList.builder();
    List<GovernmentAffair> gateAffairs = uncoveredBasicAffairs(assessment, now);
    for (int k = 0; k < best.g(); k++) {
      actions.add(gateAction(now, assessment, gateAffairs.get(k)));
    }
    if (best.m() - best.g() > 0) {
      actions.add(addAction(now, assessment, best.m() - best.g()));
    }
    for (Change c : changes) {
      actions.add(c.toAction(now, apply(assessment, List.of(c), 0, 0), effort, this));
    }
    return new ImprovementPlan(target, targetIndex, now.index(), reached, actions.build(), (int) best.cost(),
        after.index(), after.rating(), candidates, oneMore, newInnovationLevel, budget);
  }

  /** The configuration within the budget with the highest exact index; null when nothing improves. */
  private Configuration bestWithinBudget(Assessment a, List<Slot> slots, int gateNeed, int uncovered, IidScore now) {
    int limit = budget.getAsInt();
    Configuration best = null;
    BigDecimal bestIndex = now.figures().exactIndex();
    for (int m = 0; m <= maxNewInnovations && (long) m * effort.perInnovation() <= limit; m++) {
      for (int g : gateNeed > 0 && gateNeed <= Math.min(m, uncovered) ? new int[] {0, gateNeed} : new int[] {0}) {
        IidFigures base = scorer.score(apply(a, List.of(), m, g)).figures();
        LeastEffortSearch.Result r = search.best(slots, base, limit - m * effort.perInnovation());
        Configuration c = new Configuration(m, g, (long) m * effort.perInnovation() + r.effort(), r.choice());
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
          if (r.choice()[i] != null) {
            changes.add(new Change(slots.get(i), r.choice()[i]));
          }
        }
        BigDecimal index = scorer.score(apply(a, changes, m, g)).figures().exactIndex();
        int better = index.compareTo(bestIndex);
        if (better > 0 || better == 0 && best != null && c.cost() < best.cost()) {
          best = c;
          bestIndex = index;
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
    IidScore now = scorer.score(assessment);
    List<Slot> slots = slots(scorer.edition(), assessment, now);
    List<Change> changes = new ArrayList<>();
    List<GovernmentAffair> affairs = new ArrayList<>();
    GovernmentAffair other = Arrays.stream(GovernmentAffair.values()).filter(x -> !x.isBasicService()).findFirst().orElseThrow();
    for (PlanAction action : actions) {
      switch (action.kind()) {
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
    return apply(assessment, changes, affairs);
  }

  /**
   * Returns the exact index gain of one more innovation at the assumed SID level.
   *
   * @param assessment the region's assessment
   * @return the gain in index points (6 decimals)
   */
  public BigDecimal marginalValueOfOneMoreInnovation(Assessment assessment) {
    return gain(scorer.score(assessment), apply(assessment, List.of(), 1, 0));
  }

  // ---- answer slots and their options ----

  private record Change(Slot slot, Option option) {
    PlanAction toAction(IidScore now, Assessment alone, Effort effort, ImprovementPlanner p) {
      return p.answerAction(slot, option, p.gain(now, alone));
    }
  }

  private List<Slot> slots(IidEdition e, Assessment a, IidScore now) {
    List<Slot> out = new ArrayList<>();
    for (Indicator ind : e.spdIndicators()) {
      Optional<Answer> answer = a.regionAnswers().stream().filter(x -> x.indicatorCode().equals(ind.code())).findFirst();
      out.add(slot(-1, "", ind, answer));
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

  private static Slot slot(int j, String id, Indicator ind, Optional<Answer> answer) {
    int claimed = answer.flatMap(x -> x.claimedLevel().isPresent()
        ? Optional.of(x.claimedLevel().getAsInt()) : Optional.empty()).orElse(0);
    boolean evidence = answer.map(x -> !x.evidence().isEmpty()).orElse(false);
    return new Slot(j, id, ind, claimed, evidence);
  }

  /** The best plan for one number of new innovations, g of them opening the gate. */
  private record Configuration(int m, int g, long cost, Option[] choice) {}

  private Configuration search(IidEdition e, Assessment a, List<Slot> slots, int m, int g, BigDecimal targetIndex) {
    IidFigures base = scorer.score(apply(a, List.of(), m, g)).figures();
    BigDecimal threshold = e.roundingMode() == RoundingMode.HALF_UP
        ? targetIndex.subtract(BigDecimal.ONE.movePointLeft(e.roundingScale()).divide(BigDecimal.valueOf(2)))
        : targetIndex;
    LeastEffortSearch.Result r = search.solve(slots, base, threshold);
    return r == null ? null : new Configuration(m, g, (long) m * effort.perInnovation() + r.effort(), r.choice());
  }

  // ---- applying changes ----

  Assessment apply(Assessment a, List<Change> changes, int m, int g) {
    List<GovernmentAffair> gate = uncoveredBasicAffairs(a, scorer.score(a));
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

  private static List<Answer> improved(List<Answer> answers, Change c) {
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

  private ImmutableList<PlanAction> candidates(IidEdition e, Assessment a, IidScore now, List<Slot> slots) {
    List<PlanAction> out = new ArrayList<>();
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
    Label text = kind == PlanAction.Kind.ADD_EVIDENCE
        ? Label.of("Lengkapi bukti dukung " + where + " (tingkat " + s.claimed() + ")",
            "Add evidence to " + whereEn + " (level " + s.claimed() + ")")
        : Label.of("Naikkan " + where + " dari tingkat " + s.claimed() + uncounted(s, true) + " ke " + o.toLevel() + ev,
            "Raise " + whereEn + " from level " + s.claimed() + uncounted(s, false) + " to " + o.toLevel() + evEn);
    return new PlanAction(kind, spd ? Optional.empty() : Optional.of(s.innovationId()), Optional.of(s.indicator().code()),
        s.counted(), o.toLevel(), o.addEvidence(), Optional.empty(), 0, search.cost(s, o), gain, text);
  }

  private static String uncounted(Slot s, boolean indonesian) {
    if (s.claimed() == 0) {
      return indonesian ? " (belum dijawab)" : " (unanswered)";
    }
    return s.evidence() ? "" : indonesian ? " (tanpa bukti, tidak dihitung)" : " (no evidence, not counted)";
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
    return scorer.score(changed).figures().exactIndex().subtract(now.figures().exactIndex());
  }
}
