package io.github.inovasi.scoring.kipp;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.KippProposal;
import java.util.List;

/**
 * The evaluation of a set of proposals: the evaluated ones by rank, those no evaluator scored,
 * and the rubric used.
 *
 * <p>Immutable and thread-safe; built only by {@link KippEvaluation}.
 */
public final class EvaluationResult {
  private final KippRubric rubric;
  private final ImmutableList<ProposalEvaluation> evaluations;
  private final ImmutableList<KippProposal> notEvaluated;

  EvaluationResult(KippRubric rubric, List<ProposalEvaluation> evaluations, List<KippProposal> notEvaluated) {
    this.rubric = rubric;
    this.evaluations = ImmutableList.copyOf(evaluations);
    this.notEvaluated = ImmutableList.copyOf(notEvaluated);
  }

  /**
   * Returns the rubric used, with its provenance.
   *
   * @return the rubric
   */
  public KippRubric rubric() {
    return rubric;
  }

  /**
   * Returns the evaluated proposals, by rank (input order among equals).
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
