package io.github.inovasi.scoring.iga;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.RankingCategory;
import io.github.inovasi.scoring.Rankings;
import io.github.inovasi.scoring.ScoreResult;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The regions a measurement ranking sends to the IGA presentation stage: per award category,
 * the top regions up to the category's count. A region tied with the last one taken is taken
 * too (it shares the rank), and the category says so, so a cut-off never drops a region
 * silently. A region may be nominated in several categories (a kabupaten that is also a border
 * region).
 *
 * <pre>{@code
 * Nominees n = Nominees.select(measurement, NomineeCounts.bundled(2023));
 * n.byCategory().get(RankingCategory.level(RegionLevel.KOTA)).entries();  // the top 13 kota
 * n.regions();   // every nominated region once
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param counts the counts used
 * @param byCategory per category, the nominated entries of the measurement ranking
 * @param notes bilingual notes, e.g. a tie at a category's cut-off
 */
public record Nominees(NomineeCounts counts, ImmutableMap<RankingCategory, Ranking> byCategory,
    ImmutableList<Label> notes) {

  /**
   * Selects the nominees.
   *
   * @param measurement the measurement results of one policy, one per region
   * @param counts how many each category nominates
   * @return the nominees
   * @throws InvalidValueException if the results mix policies or repeat a region
   */
  public static Nominees select(List<? extends ScoreResult> measurement, NomineeCounts counts) {
    ImmutableMap.Builder<RankingCategory, Ranking> out = ImmutableMap.builder();
    ImmutableList.Builder<Label> notes = ImmutableList.builder();
    for (Map.Entry<RankingCategory, Integer> c : counts.counts().entrySet()) {
      Ranking all = Rankings.rank(measurement, c.getKey());
      int n = c.getValue();
      ImmutableList<Ranking.Entry> taken = all.entries().stream()
          .filter(e -> e.rank() <= n)
          .collect(ImmutableList.toImmutableList());
      if (taken.size() > n) {
        notes.add(Label.of(
            c.getKey().label().indonesian() + ": " + taken.size() + " daerah dinominasikan untuk " + n
                + " tempat karena nilai sama di batas",
            c.getKey().label().english() + ": " + taken.size() + " regions nominated for " + n
                + " places because of a tie at the cut-off"));
      } else if (taken.size() < n) {
        notes.add(Label.of(
            c.getKey().label().indonesian() + ": hanya " + taken.size() + " daerah untuk " + n + " tempat",
            c.getKey().label().english() + ": only " + taken.size() + " regions for " + n + " places"));
      }
      out.put(c.getKey(), new Ranking(c.getKey(), taken));
    }
    return new Nominees(counts, out.build(), notes.build());
  }

  /**
   * Returns every nominated subject's id once, in category order.
   *
   * @return the ids (region codes for a region measurement)
   */
  public ImmutableList<String> regions() {
    Set<String> ids = new LinkedHashSet<>();
    byCategory.values().forEach(r -> r.entries().forEach(e -> ids.add(e.result().subject().id())));
    return ImmutableList.copyOf(ids);
  }
}
