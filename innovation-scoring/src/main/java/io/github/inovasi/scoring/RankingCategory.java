package io.github.inovasi.scoring;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionLevel;
import io.github.inovasi.model.RegionalGroup;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A group of regions ranked together, the way the Innovative Government Award groups them:
 * national, provinsi, kabupaten, kota, daerah tertinggal, daerah perbatasan, and each regional
 * group. A category is a strategy (which regions it includes), so an application can define its
 * own with {@link #of(String, Label, Predicate)}.
 *
 * <pre>{@code
 * Ranking kota = Rankings.rank(results, RankingCategory.level(RegionLevel.KOTA));
 * for (RankingCategory c : RankingCategory.awardCategories()) { ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe. Two categories are equal when their ids are.
 */
public final class RankingCategory {
  private final String id;
  private final Label label;
  private final Predicate<Region> includes;
  private final boolean everySubject;

  private RankingCategory(String id, Label label, Predicate<Region> includes, boolean everySubject) {
    this.id = Objects.requireNonNull(id, "id");
    this.label = Objects.requireNonNull(label, "label");
    this.includes = Objects.requireNonNull(includes, "includes");
    this.everySubject = everySubject;
  }

  /**
   * Creates a category.
   *
   * @param id a stable id, e.g. {@code "kota"}
   * @param label the bilingual name
   * @param includes which regions belong to it
   * @return the category
   */
  public static RankingCategory of(String id, Label label, Predicate<Region> includes) {
    return new RankingCategory(id, label, includes, false);
  }

  /**
   * Returns every result, whatever it scores and whether or not it belongs to a region: the
   * category of a competition's single ranking (all entries of a lomba inovasi OPD, say).
   *
   * @return the category with id {@code "all"}
   */
  public static RankingCategory all() {
    return new RankingCategory("all", Label.of("Semua", "All"), r -> true, true);
  }

  /**
   * Returns every region.
   *
   * @return the national category
   */
  public static RankingCategory national() {
    return of("national", Label.of("Nasional", "National"), r -> true);
  }

  /**
   * Returns the regions of one level: provinsi, kabupaten or kota.
   *
   * @param level the level
   * @return the category, with id {@code "provinsi"}, {@code "kabupaten"} or {@code "kota"}
   */
  public static RankingCategory level(RegionLevel level) {
    return of(level.name().toLowerCase(java.util.Locale.ROOT), level.label(), r -> r.level() == level);
  }

  /**
   * Returns the daerah tertinggal (disadvantaged regions).
   *
   * @return the category
   */
  public static RankingCategory disadvantaged() {
    return of("tertinggal", Label.of("Daerah tertinggal", "Disadvantaged regions"), Region::disadvantaged);
  }

  /**
   * Returns the daerah perbatasan (border regions).
   *
   * @return the category
   */
  public static RankingCategory border() {
    return of("perbatasan", Label.of("Daerah perbatasan", "Border regions"), Region::border);
  }

  /**
   * Returns one IGA regional group.
   *
   * @param group the regional group
   * @return the category, with id {@code "regional-I"} etc.
   */
  public static RankingCategory regionalGroup(RegionalGroup group) {
    return of("regional-" + group.name(), group.label(),
        r -> r.regionalGroup().filter(g -> g == group).isPresent());
  }

  /**
   * Returns the categories the award ranks by: national, provinsi, kabupaten, kota, daerah
   * tertinggal, daerah perbatasan, then each regional group.
   *
   * @return the categories
   */
  public static ImmutableList<RankingCategory> awardCategories() {
    ImmutableList.Builder<RankingCategory> out = ImmutableList.<RankingCategory>builder()
        .add(national(), level(RegionLevel.PROVINSI), level(RegionLevel.KABUPATEN),
            level(RegionLevel.KOTA), disadvantaged(), border());
    for (RegionalGroup g : RegionalGroup.values()) {
      out.add(regionalGroup(g));
    }
    return out.build();
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the bilingual name.
   *
   * @return the label
   */
  public Label label() {
    return label;
  }

  /**
   * Returns whether a region belongs to this category.
   *
   * @param region the region
   * @return true when it is ranked in this category
   */
  public boolean includes(Region region) {
    return includes.test(region);
  }

  /**
   * Returns whether a scored subject belongs to this category: for {@link #all()} every
   * subject, otherwise a subject whose region the category includes.
   *
   * @param subject what was scored
   * @return true when it is ranked in this category
   */
  public boolean includes(Subject subject) {
    return everySubject || subject.region().map(includes::test).orElse(false);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RankingCategory && ((RankingCategory) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** Returns the id. */
  @Override
  public String toString() {
    return id;
  }
}
