package io.github.inovasi.scoring;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How a region's place changed between two rankings of one category: score, rank and rating,
 * the components that moved, and the regions that overtook it or that it overtook. A region
 * that went from rank 53 to 58 sees whether its own score fell, and which regions passed it.
 *
 * <pre>{@code
 * YearOverYear y = Rankings.compare(national2025, national2026, RegionCode.parse("35.72"));
 * y.rankChange();      // -5: five places down
 * y.explanation();     // bilingual sentences: which components moved, who passed
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param region the region
 * @param category the category of both rankings
 * @param previous the region's earlier entry
 * @param current the region's later entry
 * @param componentChanges each component's change, the largest move first
 * @param overtakenBy regions ranked above it now that were not before
 * @param overtook regions ranked below it now that were above or level before
 * @param explanation bilingual sentences explaining the change
 */
public record YearOverYear(
    Region region,
    RankingCategory category,
    Ranking.Entry previous,
    Ranking.Entry current,
    ImmutableList<ComponentChange> componentChanges,
    ImmutableList<Region> overtakenBy,
    ImmutableList<Region> overtook,
    ImmutableList<Label> explanation) {

  /**
   * One component's change, in index points.
   *
   * @param code the component code, e.g. {@code "SPD"}
   * @param name the component name
   * @param previous the earlier points (0 when the component is new)
   * @param current the later points (0 when the component is gone)
   */
  public record ComponentChange(String code, Label name, BigDecimal previous, BigDecimal current) {
    /**
     * Returns current minus previous points.
     *
     * @return the change
     */
    public BigDecimal change() {
      return current.subtract(previous);
    }
  }

  /**
   * Returns the index change, later minus earlier.
   *
   * @return the change in index points
   */
  public BigDecimal indexChange() {
    return current.result().index().subtract(previous.result().index());
  }

  /**
   * Returns the places gained: earlier rank minus later rank.
   *
   * @return positive when the region moved up, negative when it moved down
   */
  public int rankChange() {
    return previous.rank() - current.rank();
  }

  /**
   * Returns whether the grade (for the IID, the predicate) changed.
   *
   * @return true when the grade's code differs
   */
  public boolean ratingChanged() {
    return !previous.result().grade().code().equals(current.result().grade().code());
  }

  static YearOverYear of(Ranking before, Ranking after, RegionCode code) {
    InvalidValueException.check(before.category().equals(after.category()), "rankings",
        "must be of one category, were %s and %s", before.category(), after.category());
    Ranking.Entry p = before.entry(code).orElseThrow(() ->
        new InvalidValueException("previous", "region " + code + " is not in the earlier ranking"));
    Ranking.Entry c = after.entry(code).orElseThrow(() ->
        new InvalidValueException("current", "region " + code + " is not in the later ranking"));
    Map<String, ComponentChange> changes = new LinkedHashMap<>();
    for (ScoreComponent x : p.result().components()) {
      changes.put(x.code(), new ComponentChange(x.code(), x.name(), x.points(), BigDecimal.ZERO));
    }
    for (ScoreComponent x : c.result().components()) {
      ComponentChange old = changes.get(x.code());
      changes.put(x.code(), new ComponentChange(x.code(), x.name(),
          old == null ? BigDecimal.ZERO : old.previous(), x.points()));
    }
    ImmutableList<ComponentChange> moved = changes.values().stream()
        .sorted(Comparator.comparing((ComponentChange x) -> x.change().abs()).reversed())
        .collect(ImmutableList.toImmutableList());
    Set<RegionCode> aboveBefore = above(before, p);
    Set<RegionCode> aboveAfter = above(after, c);
    ImmutableList<Region> overtakenBy = after.entries().stream()
        .filter(e -> aboveAfter.contains(e.result().region().code())
            && !aboveBefore.contains(e.result().region().code()))
        .map(e -> e.result().region())
        .collect(ImmutableList.toImmutableList());
    ImmutableList<Region> overtook = before.entries().stream()
        .filter(e -> aboveBefore.contains(e.result().region().code())
            && after.entry(e.result().region().code()).map(x -> x.rank() > c.rank()).orElse(false))
        .map(e -> e.result().region())
        .collect(ImmutableList.toImmutableList());
    YearOverYear partial = new YearOverYear(c.result().region(), after.category(), p, c, moved,
        overtakenBy, overtook, ImmutableList.of());
    return new YearOverYear(partial.region(), partial.category(), p, c, moved, overtakenBy, overtook,
        explain(partial));
  }

  private static Set<RegionCode> above(Ranking ranking, Ranking.Entry of) {
    Set<RegionCode> out = new HashSet<>();
    for (Ranking.Entry e : ranking.entries()) {
      if (e.rank() < of.rank()) {
        out.add(e.result().region().code());
      }
    }
    return out;
  }

  private static ImmutableList<Label> explain(YearOverYear y) {
    ImmutableList.Builder<Label> out = ImmutableList.builder();
    String pi = y.previous().result().index().toPlainString();
    String ci = y.current().result().index().toPlainString();
    out.add(Label.of(
        "Indeks " + pi + " → " + ci + " (" + signed(y.indexChange()) + "), peringkat "
            + y.previous().rank() + " → " + y.current().rank() + " di kategori " + y.category().label().indonesian(),
        "Index " + pi + " → " + ci + " (" + signed(y.indexChange()) + "), rank "
            + y.previous().rank() + " → " + y.current().rank() + " in " + y.category().label().english()));
    if (y.ratingChanged()) {
      out.add(Label.of(
          "Predikat berubah: " + y.previous().result().grade().label().indonesian() + " → "
              + y.current().result().grade().label().indonesian(),
          "Rating changed: " + y.previous().result().grade().label().english() + " → "
              + y.current().result().grade().label().english()));
    }
    for (ComponentChange x : y.componentChanges()) {
      if (x.change().signum() != 0) {
        out.add(Label.of(
            x.name().indonesian() + ": " + x.previous().toPlainString() + " → " + x.current().toPlainString()
                + " (" + signed(x.change()) + " poin indeks)",
            x.name().english() + ": " + x.previous().toPlainString() + " → " + x.current().toPlainString()
                + " (" + signed(x.change()) + " index points)"));
      }
    }
    if (!y.overtakenBy().isEmpty()) {
      out.add(Label.of(
          y.overtakenBy().size() + " daerah menyusul: " + names(y.overtakenBy()),
          y.overtakenBy().size() + " regions moved ahead: " + names(y.overtakenBy())));
    }
    if (!y.overtook().isEmpty()) {
      out.add(Label.of(
          "Menyusul " + y.overtook().size() + " daerah: " + names(y.overtook()),
          "Moved ahead of " + y.overtook().size() + " regions: " + names(y.overtook())));
    }
    return out.build();
  }

  private static String names(ImmutableList<Region> regions) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < regions.size() && i < 10; i++) {
      out.append(i == 0 ? "" : ", ").append(regions.get(i).name());
    }
    return regions.size() > 10 ? out + ", …" : out.toString();
  }

  private static String signed(BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + v.toPlainString();
  }
}
