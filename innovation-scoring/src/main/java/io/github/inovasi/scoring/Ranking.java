package io.github.inovasi.scoring;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.RegionCode;
import java.util.Optional;

/**
 * The results of one {@link RankingCategory} ordered by score, highest first. Ties share a rank
 * and the next rank is skipped (competition ranking: 1, 1, 3); tied results are listed by region
 * code, then by subject id.
 *
 * <pre>{@code
 * Ranking r = Rankings.rank(results, RankingCategory.national());
 * r.entries().get(0).rank();                   // 1
 * r.entry(RegionCode.parse("35.72")).map(Ranking.Entry::rank);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param category the category ranked
 * @param entries the ranked regions, best first
 */
public record Ranking(RankingCategory category, ImmutableList<Entry> entries) {

  /**
   * One ranked region.
   *
   * @param rank the rank, 1 for the best; equal indices share a rank
   * @param result the region's score
   */
  public record Entry(int rank, ScoreResult result) {}

  /**
   * Finds a region's entry.
   *
   * @param code the region code
   * @return the entry, if the region is ranked in this category
   */
  public Optional<Entry> entry(RegionCode code) {
    return entries.stream()
        .filter(e -> e.result().subject().region().map(r -> r.code().equals(code)).orElse(false))
        .findFirst();
  }

  /**
   * Finds a subject's entry by its id.
   *
   * @param subjectId the {@link Subject#id()}, e.g. an entry number
   * @return the entry, if ranked in this category
   */
  public Optional<Entry> entry(String subjectId) {
    return entries.stream().filter(e -> e.result().subject().id().equals(subjectId)).findFirst();
  }
}
