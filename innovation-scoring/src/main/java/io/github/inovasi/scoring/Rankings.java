package io.github.inovasi.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.RegionCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranks the results of any policy: regions by category, the way the award does, or every entry
 * of a competition together; and compares a region's place in two years. Equal scores share a
 * rank.
 *
 * <pre>{@code
 * ImmutableMap<RankingCategory, Ranking> all = Rankings.rankAll(results);
 * YearOverYear change = Rankings.compare(lastYear.get(national), thisYear.get(national), code);
 * }</pre>
 */
public final class Rankings {
  /** Ties are listed by region code, then by subject id. */
  private static final Comparator<ScoreResult> TIE_ORDER = (a, b) -> {
    if (a.subject().region().isPresent() && b.subject().region().isPresent()) {
      int byCode = a.subject().region().get().code().compareTo(b.subject().region().get().code());
      if (byCode != 0) {
        return byCode;
      }
    }
    return a.subject().id().compareTo(b.subject().id());
  };

  private Rankings() {}

  /**
   * Ranks every result together, whatever it scores: the single ranking of a competition.
   *
   * @param results scores of one policy, one per subject
   * @return the ranking in the {@link RankingCategory#all()} category
   * @throws InvalidValueException if a subject appears twice or the results come from different
   *     policies
   */
  public static Ranking rank(List<? extends ScoreResult> results) {
    return rank(results, RankingCategory.all());
  }

  /**
   * Ranks the results of the regions in a category.
   *
   * @param results scores of one policy, one per subject
   * @param category the category; results without a region are ranked only in {@link
   *     RankingCategory#all()}
   * @return the ranking
   * @throws InvalidValueException if a subject appears twice or the results come from different
   *     policies
   */
  public static Ranking rank(List<? extends ScoreResult> results, RankingCategory category) {
    Set<String> seen = new HashSet<>();
    Set<String> policies = new HashSet<>();
    List<ScoreResult> members = new ArrayList<>();
    for (ScoreResult r : results) {
      InvalidValueException.check(seen.add(r.subject().id()), "results",
          "%s %s is scored twice", r.subject().unit().code(), r.subject().id());
      policies.add(r.policyId());
      if (category.includes(r.subject())) {
        members.add(r);
      }
    }
    InvalidValueException.check(policies.size() <= 1, "results",
        "come from different policies %s; rank one policy at a time", policies);
    members.sort(Comparator.comparing(ScoreResult::index).reversed().thenComparing(TIE_ORDER));
    ImmutableList.Builder<Ranking.Entry> entries = ImmutableList.builder();
    int rank = 0;
    for (int i = 0; i < members.size(); i++) {
      if (i == 0 || members.get(i).index().compareTo(members.get(i - 1).index()) != 0) {
        rank = i + 1;
      }
      entries.add(new Ranking.Entry(rank, members.get(i)));
    }
    return new Ranking(category, entries.build());
  }

  /**
   * Ranks the results in every {@link RankingCategory#awardCategories() award category}.
   *
   * @param results scores of one policy, one per region
   * @return the rankings, in award-category order
   * @throws InvalidValueException if a region appears twice or the policies differ
   */
  public static ImmutableMap<RankingCategory, Ranking> rankAll(List<? extends ScoreResult> results) {
    ImmutableMap.Builder<RankingCategory, Ranking> out = ImmutableMap.builder();
    for (RankingCategory c : RankingCategory.awardCategories()) {
      out.put(c, rank(results, c));
    }
    return out.build();
  }

  /**
   * Compares a region's place in two rankings of the same category (usually two years).
   *
   * @param previous the earlier ranking
   * @param current the later ranking
   * @param region the region
   * @return the change of score, rank and rating, and why
   * @throws InvalidValueException if the region is missing from either ranking
   */
  public static YearOverYear compare(Ranking previous, Ranking current, RegionCode region) {
    return YearOverYear.of(previous, current, region);
  }
}
