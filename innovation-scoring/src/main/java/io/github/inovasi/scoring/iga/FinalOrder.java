package io.github.inovasi.scoring.iga;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.Label;
import io.github.inovasi.scoring.Subject;
import io.github.inovasi.scoring.iga.FinalCombination.Stage;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The IGA's final order as a {@link FinalCombination} made it, with the rule stated.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule which rule made this order, bilingual, saying that the user chose it
 * @param entries the presenters, best first; equal standings share a rank
 */
public record FinalOrder(Label rule, ImmutableList<Entry> entries) {

  /**
   * One presenter's standing.
   *
   * @param rank the final rank, 1 for the best
   * @param subject the region
   * @param stageScores its score in each stage it has one for
   * @param combined the weighted score at 4 decimals, for a weighted rule
   */
  public record Entry(int rank, Subject subject, ImmutableMap<Stage, BigDecimal> stageScores,
      Optional<BigDecimal> combined) {}
}
