package io.github.inovasi.scoring.kipp;

import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.KippProposal;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.Rankings;
import io.github.inovasi.scoring.ScoredUnit;
import io.github.inovasi.scoring.Subject;
import io.github.inovasi.scoring.iid.Provenance;
import io.github.inovasi.scoring.iid.ProvenanceStatus;
import io.github.inovasi.scoring.rubric.Criterion;
import io.github.inovasi.scoring.rubric.JudgeCombination;
import io.github.inovasi.scoring.rubric.JudgeScore;
import io.github.inovasi.scoring.rubric.JudgedEntry;
import io.github.inovasi.scoring.rubric.Rubric;
import io.github.inovasi.scoring.rubric.RubricPolicy;
import io.github.inovasi.scoring.rubric.RubricScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluation of KIPP proposals by several evaluators (Tim Evaluasi) on the five criteria, through
 * a {@link Rubric} scored by the library's one rubric engine ({@link RubricPolicy}): the judges'
 * combination, the weights, the aggregation and the rounding are the rubric's, and every score
 * explains itself per criterion and evaluator. No official KIPP weights are published (reference
 * §8.4, §12.10), so the bundled default, {@link #standard()} (rubric {@value #RUBRIC_ID}),
 * weighs the criteria equally and every element of it is declared {@link
 * ProvenanceStatus#PROVISIONAL}; a user sets their own weights ({@link #withWeights}) or their
 * own rubric file ({@link #of}).
 *
 * <pre>{@code
 * EvaluationResult r = KippEvaluation.standard().evaluate(proposals, scores);
 * r.evaluations().get(0).result().explanation().earnedByJudge();
 * KippSelection.of(year, "top-99").select(r.scored());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class KippEvaluation {
  /** The id of the bundled rubric: the five criteria, equal weights, 0–100, provisional. */
  public static final String RUBRIC_ID = "kipp-evaluation";
  /** Scores name a proposal that is not among those evaluated. */
  public static final String SCORE_FOR_UNKNOWN_PROPOSAL = "KIPP_SCORE_FOR_UNKNOWN_PROPOSAL";
  /** One evaluator scored one proposal twice. */
  public static final String DUPLICATE_SCORE = "KIPP_DUPLICATE_SCORE";
  /** A rubric used for KIPP does not score proposals. */
  public static final String RUBRIC_UNIT = "KIPP_RUBRIC_UNIT";
  /** A rubric's criterion is not one of the five KIPP criteria, or one is there twice. */
  public static final String RUBRIC_CRITERION = "KIPP_RUBRIC_CRITERION";
  /** A rubric lacks one of the five KIPP criteria. */
  public static final String RUBRIC_MISSING_CRITERION = "KIPP_RUBRIC_MISSING_CRITERION";

  private final Rubric rubric;
  private final ImmutableMap<KippCriterion, String> codes;
  private final RubricPolicy policy;
  /** The rubric with the mean of one judge: an evaluator's own score. */
  private final RubricPolicy single;

  private KippEvaluation(Rubric rubric, ImmutableMap<KippCriterion, String> codes) {
    this.rubric = rubric;
    this.codes = codes;
    this.policy = RubricPolicy.of(rubric);
    this.single = RubricPolicy.of(Rubric.builder().from(rubric)
        .judges(JudgeCombination.of(JudgeCombination.Method.MEAN, rubric.judges().provenance())).build());
  }

  /**
   * Returns the evaluation through the bundled rubric {@value #RUBRIC_ID}: the five criteria
   * weighted equally, each evaluator scoring 0–100, the mean of the evaluators, two decimals;
   * every element provisional.
   *
   * @return the default evaluation
   */
  public static KippEvaluation standard() {
    return of(Rubric.bundled(RUBRIC_ID));
  }

  /**
   * Returns an evaluation through a rubric, for instance one read from the user's rubric file.
   *
   * @param rubric a rubric of unit {@code proposal} whose criteria are the five KIPP criteria,
   *     by their codes ({@code kebaruan}, {@code efektif}, {@code bermanfaat}, {@code
   *     dapat-direplikasi}, {@code berkelanjutan}) in any order
   * @return the evaluation
   * @throws InvalidInputException listing every problem, located by JSON pointer in the rubric,
   *     if the unit or the criteria do not fit
   */
  public static KippEvaluation of(Rubric rubric) {
    Objects.requireNonNull(rubric, "rubric");
    List<Problem> problems = new ArrayList<>();
    if (rubric.unit() != ScoredUnit.PROPOSAL) {
      problems.add(problem(rubric, RUBRIC_UNIT, "/unit", "Rubrik KIPP harus menilai proposal",
          "A KIPP rubric must score proposals", ScoredUnit.PROPOSAL.code(), rubric.unit().code()));
    }
    Map<KippCriterion, String> codes = new EnumMap<>(KippCriterion.class);
    for (int i = 0; i < rubric.criteria().size(); i++) {
      String code = rubric.criteria().get(i).code();
      KippCriterion c = criterion(code);
      if (c == null || codes.putIfAbsent(c, code) != null) {
        problems.add(problem(rubric, RUBRIC_CRITERION, "/criteria/" + i + "/code",
            "Kriteria ini bukan salah satu dari lima kriteria KIPP, atau muncul dua kali",
            "This criterion is not one of the five KIPP criteria, or it is there twice",
            "kebaruan, efektif, bermanfaat, dapat-direplikasi, berkelanjutan, each once", code));
      }
    }
    for (KippCriterion c : KippCriterion.values()) {
      if (!codes.containsKey(c)) {
        problems.add(problem(rubric, RUBRIC_MISSING_CRITERION, "/criteria",
            "Rubrik KIPP tidak memuat kriteria " + c.label().indonesian(),
            "The KIPP rubric lacks the criterion " + c.label().english(), c.code(), "none"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Rubric " + rubric.id() + " cannot evaluate KIPP proposals: "
          + problems.size() + " problem(s)", problems);
    }
    return new KippEvaluation(rubric, ImmutableMap.copyOf(codes));
  }

  private static KippCriterion criterion(String code) {
    try {
      return KippCriterion.ofCode(code);
    } catch (InvalidValueException e) {
      return null;
    }
  }

  /**
   * Returns this evaluation with the user's weights: the same rubric, each criterion weighted as
   * given and marked provisional, supplied by the user; the rubric's id gets the suffix {@code
   * -own-weights} so its results are not mistaken for the default's.
   *
   * @param weights a positive weight for every criterion; they need not add up to anything
   * @return the evaluation with those weights
   * @throws InvalidValueException if a criterion has no weight or a weight is not positive
   */
  public KippEvaluation withWeights(Map<KippCriterion, BigDecimal> weights) {
    Provenance user = Provenance.builder().status(ProvenanceStatus.PROVISIONAL)
        .addSources("supplied by the user").note("Weight set by the user").build();
    Rubric.Builder b = Rubric.builder().from(rubric).id(rubric.id() + "-own-weights")
        .title(Label.of(rubric.title().indonesian() + ", bobot sendiri",
            rubric.title().english() + ", own weights"))
        .criteria(List.of());
    for (Criterion c : rubric.criteria()) {
      KippCriterion k = KippCriterion.ofCode(c.code());
      BigDecimal w = weights.get(k);
      InvalidValueException.check(w != null && w.signum() > 0, "weights." + k.code(), "KIPP_WEIGHT",
          Label.of("Bobot " + k.label().indonesian() + " harus positif",
              "The weight of " + k.label().english() + " must be positive"), w);
      b.addCriteria(Criterion.builder().from(c).weight(w).provenance(user).build());
    }
    return of(b.build());
  }

  /**
   * Returns the rubric proposals are scored with, with the provenance of each element.
   *
   * @return the rubric
   */
  public Rubric rubric() {
    return rubric;
  }

  /**
   * Evaluates proposals: each one an entry of the rubric, judged by its evaluators.
   *
   * @param proposals the proposals, each id once
   * @param scores every evaluator's scores, in any order
   * @return the evaluations by rank and the proposals without scores
   * @throws InvalidInputException with every problem located at {@code scores[i]} if scores
   *     name an unknown proposal or an evaluator scores a proposal twice; or, from the rubric,
   *     with every score off its scale or too few evaluators for its combination
   * @throws io.github.inovasi.scoring.rubric.IncompleteRubricException if the rubric lacks its
   *     scale
   */
  public EvaluationResult evaluate(List<KippProposal> proposals, List<EvaluatorScore> scores) {
    Map<String, KippProposal> byId = new LinkedHashMap<>();
    proposals.forEach(p -> byId.putIfAbsent(p.id(), p));
    Map<String, Map<String, EvaluatorScore>> byProposal = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      EvaluatorScore s = scores.get(i);
      Location at = Location.builder().path("scores[" + i + "]").field("proposalId").build();
      if (!byId.containsKey(s.proposalId())) {
        problems.add(Problem.builder().code(SCORE_FOR_UNKNOWN_PROPOSAL).location(at)
            .message(Label.of("Nilai untuk proposal yang tidak ada: " + s.proposalId(),
                "Scores for a proposal that is not there: " + s.proposalId())).found(s.proposalId()).build());
      } else if (byProposal.computeIfAbsent(s.proposalId(), k -> new LinkedHashMap<>())
          .putIfAbsent(s.evaluator(), s) != null) {
        problems.add(Problem.builder().code(DUPLICATE_SCORE).location(at)
            .message(Label.of("Evaluator " + s.evaluator() + " menilai " + s.proposalId() + " dua kali",
                "Evaluator " + s.evaluator() + " scored " + s.proposalId() + " twice")).found(s.evaluator()).build());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("KIPP scores have " + problems.size() + " problem(s)", problems);
    }
    List<RubricScore> results = new ArrayList<>();
    Map<String, Map<String, BigDecimal>> each = new LinkedHashMap<>();
    List<KippProposal> missing = new ArrayList<>();
    for (KippProposal p : byId.values()) {
      Map<String, EvaluatorScore> mine = byProposal.get(p.id());
      if (mine == null) {
        missing.add(p);
        continue;
      }
      results.add(policy.score(entry(p, mine.values())));
      Map<String, BigDecimal> own = new LinkedHashMap<>();
      for (EvaluatorScore s : mine.values()) {
        own.put(s.evaluator(), single.score(entry(p, List.of(s))).index());
      }
      each.put(p.id(), own);
    }
    Ranking ranking = Rankings.rank(results);
    List<ProposalEvaluation> ranked = new ArrayList<>();
    for (Ranking.Entry e : ranking.entries()) {
      String id = e.result().subject().id();
      ranked.add(new ProposalEvaluation(byId.get(id), (RubricScore) e.result(), each.get(id), e.rank()));
    }
    return new EvaluationResult(rubric, ranking, ranked, missing);
  }

  /** A proposal as an entry of the rubric: its evaluators are the judges. */
  private JudgedEntry entry(KippProposal p, Iterable<EvaluatorScore> scores) {
    JudgedEntry.Builder b = JudgedEntry.builder()
        .subject(Subject.of(ScoredUnit.PROPOSAL, p.id(), p.title()));
    for (EvaluatorScore s : scores) {
      s.scores().forEach((c, v) -> b.addScores(new JudgeScore(s.evaluator(), codes.get(c), v)));
    }
    return b.build();
  }

  private static Problem problem(Rubric rubric, String code, String pointer, String id, String en,
      String expected, String found) {
    return Problem.builder().code(code).location(Location.builder().source(rubric.id()).path(pointer).build())
        .message(Label.of(id, en)).expected(expected).found(found).build();
  }

  /** Returns {@code "KIPP evaluation through kipp-evaluation (provisional)"}. */
  @Override
  public String toString() {
    return "KIPP evaluation through " + rubric.id() + " (" + rubric.provenance().status().code() + ")";
  }
}
