package io.github.inovasi.scoring;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.RegionCode;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
 * <p>A ranking cannot be built inconsistent: its entries are listed by rank (the constructor
 * orders them, keeping the order of equal ranks), every subject is ranked once, in the category
 * and under one policy, entries sharing a rank have the same index and a better rank never has
 * a lower index. A ranking read from a published table keeps the publisher's ranks, which may
 * break a tie of equal indices. Immutable and thread-safe.
 *
 * @param category the category ranked
 * @param entries the ranked regions, best first
 */
public record Ranking(RankingCategory category, ImmutableList<Entry> entries) {

  /**
   * Checks the ranks against the scores and orders the entries by rank.
   *
   * @param category the category ranked
   * @param entries the ranked subjects, in any order of rank
   * @throws InvalidValueException if a subject is ranked twice or outside the category, the
   *     policies differ, or the ranks disagree with the indices
   */
  public Ranking {
    Objects.requireNonNull(category, "category");
    entries = entries.stream()
        .sorted(Comparator.comparingInt(Entry::rank))
        .collect(ImmutableList.toImmutableList());
    Set<String> subjects = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      ScoreResult r = entries.get(i).result();
      InvalidValueException.check(subjects.add(r.subject().id()), "Ranking.entries",
          "must rank each subject once, %s is ranked twice", r.subject().id());
      InvalidValueException.check(category.includes(r.subject()), "Ranking.entries",
          "must be in the category %s, %s is not", category.id(), r.subject().id());
      if (i > 0) {
        Entry before = entries.get(i - 1);
        InvalidValueException.check(before.result().policyId().equals(r.policyId()),
            "Ranking.entries", "must come from one policy, found %s and %s",
            before.result().policyId(), r.policyId());
        int order = before.result().index().compareTo(r.index());
        InvalidValueException.check(before.rank() == entries.get(i).rank() ? order == 0 : order >= 0,
            "Ranking.entries", "must share a rank only with an equal index and never rank a lower "
                + "index better: %s at rank %s (index %s) and %s at rank %s (index %s)",
            before.result().subject().id(), before.rank(), before.result().index(),
            r.subject().id(), entries.get(i).rank(), r.index());
      }
    }
  }

  /**
   * One ranked region.
   *
   * @param rank the rank, 1 for the best; equal indices share a rank
   * @param result the region's score
   */
  public record Entry(int rank, ScoreResult result) {

    /**
     * Checks the rank.
     *
     * @param rank the rank, 1 for the best
     * @param result the score
     * @throws InvalidValueException if the rank is below 1
     */
    public Entry {
      Objects.requireNonNull(result, "result");
      InvalidValueException.check(rank >= 1, "Ranking.Entry.rank", "must be at least 1, was %s", rank);
    }
  }

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
