package io.github.inovasi.scoring.kipp;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.KippProposal;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.rubric.Rubric;
import java.util.List;

/**
 * The evaluation of a set of proposals: the evaluated ones by rank, their ranking (the same
 * {@link Ranking} every policy's results give), those no evaluator scored, and the rubric used.
 *
 * <p>Immutable and thread-safe; built only by {@link KippEvaluation}.
 */
public final class EvaluationResult {
  private final Rubric rubric;
  private final Ranking ranking;
  private final ImmutableList<ProposalEvaluation> evaluations;
  private final ImmutableList<KippProposal> notEvaluated;

  EvaluationResult(Rubric rubric, Ranking ranking, List<ProposalEvaluation> evaluations,
      List<KippProposal> notEvaluated) {
    this.rubric = rubric;
    this.ranking = ranking;
    this.evaluations = ImmutableList.copyOf(evaluations);
    this.notEvaluated = ImmutableList.copyOf(notEvaluated);
  }

  /**
   * Returns the rubric used, with its provenance.
   *
   * @return the rubric
   */
  public Rubric rubric() {
    return rubric;
  }

  /**
   * Returns the evaluated proposals' ranking, for the writers of rankings.
   *
   * @return the ranking of their {@link io.github.inovasi.scoring.rubric.RubricScore}s
   */
  public Ranking ranking() {
    return ranking;
  }

  /**
   * Returns the evaluated proposals, by rank (by proposal id among equals).
   *
   * @return the evaluations
   */
  public ImmutableList<ProposalEvaluation> evaluations() {
    return evaluations;
  }

  /**
   * Returns the proposals no evaluator scored, in input order; they cannot be selected.
   *
   * @return the proposals without scores
   */
  public ImmutableList<KippProposal> notEvaluated() {
    return notEvaluated;
  }

  /**
   * Returns the evaluated proposals with their scores, for {@link KippSelection}.
   *
   * @return the scored proposals, by rank
   */
  public ImmutableList<ScoredProposal> scored() {
    return evaluations.stream().map(ProposalEvaluation::toScored).collect(ImmutableList.toImmutableList());
  }

  /** Returns {@code "12 evaluated, 1 without scores"}. */
  @Override
  public String toString() {
    return evaluations.size() + " evaluated, " + notEvaluated.size() + " without scores";
  }
}
