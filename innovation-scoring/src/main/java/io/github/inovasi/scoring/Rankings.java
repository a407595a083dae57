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
 * Ranks scored regions by category, the way the award does, and compares two years.
 *
 * <pre>{@code
 * ImmutableMap<RankingCategory, Ranking> all = Rankings.rankAll(results);
 * YearOverYear change = Rankings.compare(lastYear.get(national), thisYear.get(national), code);
 * }</pre>
 */
public final class Rankings {
  private Rankings() {}

  /**
   * Ranks the results of the regions in a category.
   *
   * @param results scores of one policy, one per region
   * @param category the category
   * @return the ranking
   * @throws InvalidValueException if a region appears twice or the results come from different
   *     policies
   */
  public static Ranking rank(List<? extends ScoreResult> results, RankingCategory category) {
    Set<RegionCode> seen = new HashSet<>();
    Set<String> policies = new HashSet<>();
    List<ScoreResult> members = new ArrayList<>();
    for (ScoreResult r : results) {
      InvalidValueException.check(seen.add(r.region().code()), "results",
          "region %s is scored twice", r.region().code());
      policies.add(r.policyId());
      if (category.includes(r.region())) {
        members.add(r);
      }
    }
    InvalidValueException.check(policies.size() <= 1, "results",
        "come from different policies %s; rank one policy at a time", policies);
    members.sort(Comparator.comparing(ScoreResult::index).reversed()
        .thenComparing(r -> r.region().code()));
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
