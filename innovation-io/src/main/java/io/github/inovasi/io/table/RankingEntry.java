package io.github.inovasi.io.table;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.Label;
import io.github.inovasi.scoring.Explanation;
import io.github.inovasi.scoring.Grade;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.RankingCategory;
import io.github.inovasi.scoring.Rating;
import io.github.inovasi.scoring.ScoreComponent;
import io.github.inovasi.scoring.ScoreResult;
import io.github.inovasi.scoring.Subject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row of a published ranking (peringkat): the category, the rank, the region, its index
 * exactly as written ({@code 71.20} keeps its two decimals), its rating (predikat) and the
 * scoring policy. Read from last year's table, it becomes a {@link Ranking.Entry} again, so
 * {@link io.github.inovasi.scoring.Rankings#compare} can show how a region moved.
 *
 * <pre>{@code
 * List<RankingEntry> rows = new ArrayList<>();
 * tables.readRankings(Path.of("peringkat-2025.csv"), rows::add);
 * Ranking.Entry before = rows.get(0).toRankingEntry(directory.get(rows.get(0).region()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param category the category the region was ranked in
 * @param rank the rank, from 1; ties share it
 * @param region the Kemendagri code of the region
 * @param regionName the region's name as written
 * @param index the index, exact
 * @param rating the rating
 * @param policyId the scoring policy, e.g. {@code iid-2026}
 */
public record RankingEntry(
    RankingCategory category,
    int rank,
    RegionCode region,
    String regionName,
    BigDecimal index,
    Rating rating,
    String policyId) {

  /**
   * Checks the parts.
   *
   * @param category the category the region was ranked in
   * @param rank the rank, from 1; ties share it
   * @param region the Kemendagri code of the region
   * @param regionName the region's name as written
   * @param index the index, exact
   * @param rating the rating
   * @param policyId the scoring policy, e.g. {@code iid-2026}
   * @throws NullPointerException if a part is null
   * @throws InvalidValueException if the rank is below 1 or a name is blank
   */
  public RankingEntry {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(regionName, "regionName");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(policyId, "policyId");
    InvalidValueException.check(rank >= 1, "RankingEntry.rank", "must be at least 1, was %s", rank);
    InvalidValueException.check(!regionName.isBlank(), "RankingEntry.regionName", "must not be blank");
    InvalidValueException.check(!policyId.isBlank(), "RankingEntry.policyId", "must not be blank");
  }

  /**
   * Returns the rows of a ranking, in rank order.
   *
   * @param ranking the ranking
   * @return one entry per ranked region
   */
  public static List<RankingEntry> of(Ranking ranking) {
    List<RankingEntry> out = new ArrayList<>(ranking.entries().size());
    for (Ranking.Entry e : ranking.entries()) {
      ScoreResult r = e.result();
      out.add(
          new RankingEntry(
              ranking.category(), e.rank(), r.region().code(), r.region().name(), r.index(), Rating.from(r.grade()), r.policyId()));
    }
    return out;
  }

  /**
   * Returns this row as a ranking entry of the region, with its index and rating but without
   * components (a published ranking does not list them).
   *
   * @param region the region, e.g. from {@code RegionDirectory.kemendagri().get(region())}
   * @return the entry
   * @throws InvalidValueException if the region's code differs from this row's
   */
  public Ranking.Entry toRankingEntry(Region region) {
    InvalidValueException.check(
        region.code().equals(this.region), "RankingEntry.region", "must be %s, was %s", this.region, region.code());
    RankingEntry row = this;
    ScoreResult result =
        new ScoreResult() {
          @Override
          public String policyId() {
            return row.policyId;
          }

          @Override
          public Subject subject() {
            return Subject.of(region);
          }

          @Override
          public BigDecimal index() {
            return row.index;
          }

          @Override
          public Grade grade() {
            return row.rating.grade();
          }

          @Override
          public Explanation explanation() {
            return Explanation.total("index", Label.of("Indeks terbitan", "Published index"), row.index,
                BigDecimal.valueOf(100));
          }

          @Override
          public ImmutableList<ScoreComponent> components() {
            return ImmutableList.of();
          }
        };
    return new Ranking.Entry(rank, result);
  }
}
