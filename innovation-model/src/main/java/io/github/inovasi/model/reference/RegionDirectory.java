package io.github.inovasi.model.reference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.ProblemCodes;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.RegionLevel;
import io.github.inovasi.model.RegionalGroup;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A directory of regional governments with lookups by Kemendagri code and filters by
 * province, level, category and regional group.
 *
 * <p>{@link #kemendagri()} is the real list bundled with the library: 38 provinces and 514
 * kabupaten/kota (416 kabupaten, 98 kota) with Kemendagri codes, from the {@code idn-area-data}
 * package 3.1.2 under the Open Database License (see {@link #attribution()}). Of these, the
 * six DKI Jakarta administrative areas (31.01, 31.71 to 31.75) are not autonomous, leaving
 * 546 autonomous regions, the number the IID assesses. The flags carry their confidence:
 * <ul>
 *   <li>daerah tertinggal: the complete list of 62 kabupaten of Perpres 63/2020 (2020-2024);
 *       no 2025-2029 list was found;
 *   <li>daerah perbatasan: <strong>incomplete</strong>, 38 kabupaten/kota that public sources
 *       tie to border management, of an official 54 (2020-2024) whose list was not found, so
 *       {@link #borderListComplete()} is false and a region without the flag may still be a
 *       border region;
 *   <li>regional groups: Regional I to III are named in award announcements; Regional IV
 *       (Bali, Nusa Tenggara, Maluku, Papua) is inferred, see {@link RegionalGroup#isInferred()}.
 * </ul>
 *
 * <pre>{@code
 * RegionDirectory regions = RegionDirectory.kemendagri();
 * Region rote = regions.get(RegionCode.parse("53.14"));  // KABUPATEN ROTE NDAO
 * regions.autonomous().size();                          // 546
 * regions.inCategory(RegionCategory.DISADVANTAGED).size(); // 62
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RegionDirectory {
  private static final int OFFICIAL_BORDER_COUNT = 54;

  private final ImmutableSortedMap<RegionCode, Region> regions;
  private final boolean borderListComplete;

  private RegionDirectory(ImmutableSortedMap<RegionCode, Region> regions, boolean borderListComplete) {
    this.regions = regions;
    this.borderListComplete = borderListComplete;
  }

  /**
   * Returns the bundled Kemendagri list: 38 provinces and 514 kabupaten/kota with their
   * daerah tertinggal and perbatasan flags and regional groups. Loaded once.
   *
   * @return the directory
   * @throws io.github.inovasi.model.InovasiException if the bundled data is damaged (a
   *     packaging error, reported with file and line)
   */
  public static RegionDirectory kemendagri() {
    return Bundled.INSTANCE;
  }

  /**
   * Creates a directory of the given regions, e.g. for tests or a custom list. Its border
   * list is taken as complete.
   *
   * @param regions the regions, each code once
   * @return the directory
   * @throws InvalidValueException if two regions share a code
   */
  public static RegionDirectory of(Collection<Region> regions) {
    ImmutableSortedMap.Builder<RegionCode, Region> map = ImmutableSortedMap.naturalOrder();
    for (Region region : regions) {
      map.put(region.code(), region);
    }
    try {
      return new RegionDirectory(map.buildOrThrow(), true);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("RegionDirectory.regions", "duplicate region code: " + e.getMessage());
    }
  }

  static RegionDirectory bundled(ImmutableSortedMap<RegionCode, Region> regions) {
    return new RegionDirectory(regions, false);
  }

  /**
   * Finds a region by code.
   *
   * @param code the Kemendagri code
   * @return the region, or empty when the code is unknown
   */
  public Optional<Region> find(RegionCode code) {
    return Optional.ofNullable(regions.get(code));
  }

  /**
   * Returns the region with a code.
   *
   * @param code the Kemendagri code
   * @return the region
   * @throws InvalidValueException if the code is unknown
   */
  public Region get(RegionCode code) {
    Region region = regions.get(code);
    if (region == null) {
      throw new InvalidValueException("Region.code", ProblemCodes.UNKNOWN_REGION,
          Label.of("Kode wilayah tidak dikenal", "Unknown region code"), code);
    }
    return region;
  }

  /**
   * Returns whether the directory has a region with a code.
   *
   * @param code the Kemendagri code
   * @return true when it has
   */
  public boolean contains(RegionCode code) {
    return regions.containsKey(code);
  }

  /**
   * Returns every region, provinces and kabupaten/kota, in code order.
   *
   * @return all regions
   */
  public ImmutableList<Region> all() {
    return regions.values().asList();
  }

  /**
   * Returns the provinces, in code order.
   *
   * @return the provinces
   */
  public ImmutableList<Region> provinces() {
    return filter(r -> r.level() == RegionLevel.PROVINSI);
  }

  /**
   * Returns the autonomous regions (daerah otonom): every province and every kabupaten/kota
   * except the DKI Jakarta administrative areas.
   *
   * @return the autonomous regions, in code order
   */
  public ImmutableList<Region> autonomous() {
    return inCategory(RegionCategory.AUTONOMOUS);
  }

  /**
   * Returns a province and the kabupaten/kota inside it.
   *
   * @param province a province code such as {@code 53}
   * @return the province and its regions, in code order; empty for an unknown code
   */
  public ImmutableList<Region> inProvince(RegionCode province) {
    return filter(r -> r.provinceCode().equals(province.provinceCode()));
  }

  /**
   * Returns the regions at one level.
   *
   * @param level provinsi, kabupaten or kota
   * @return the regions, in code order
   */
  public ImmutableList<Region> atLevel(RegionLevel level) {
    return filter(r -> r.level() == level);
  }

  /**
   * Returns the regions in a regional group (for a kabupaten/kota, its province's group).
   *
   * @param group the group
   * @return the regions, in code order
   */
  public ImmutableList<Region> inGroup(RegionalGroup group) {
    return filter(r -> r.regionalGroup().equals(Optional.of(group)));
  }

  /**
   * Returns the regions in a category: tertinggal, perbatasan, autonomous or administrative.
   *
   * @param category the category
   * @return the regions, in code order
   */
  public ImmutableList<Region> inCategory(RegionCategory category) {
    return filter(category::matches);
  }

  /**
   * Returns the regions that match a condition.
   *
   * @param condition the condition
   * @return the matching regions, in code order
   */
  public ImmutableList<Region> filter(Predicate<? super Region> condition) {
    return regions.values().stream().filter(condition).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether the daerah perbatasan flags cover every border region. False for the
   * bundled list: it flags 38 kabupaten/kota of an official 54 (2020-2024), because the
   * official list was not found.
   *
   * @return false for {@link #kemendagri()}; true for a directory built with {@link #of}
   */
  public boolean borderListComplete() {
    return borderListComplete;
  }

  /**
   * Returns the official number of daerah perbatasan kabupaten/kota (BNPP, 2020-2024), which
   * the bundled flags fall short of.
   *
   * @return 54
   */
  public static int officialBorderRegionCount() {
    return OFFICIAL_BORDER_COUNT;
  }

  /**
   * Returns the attribution the Open Database License requires of anything that ships or
   * derives from the bundled region list.
   *
   * @return the attribution text
   */
  public static String attribution() {
    return ATTRIBUTION;
  }

  /**
   * Returns the sources and known gaps of the bundled lists (NOTES.md, SOURCE.md and the
   * licence), as bundled.
   *
   * @return the documents by file name
   */
  public static ImmutableMap<String, String> provenance() {
    return Bundled.provenance();
  }

  /** Returns {@code "RegionDirectory[552 regions]"}. */
  @Override
  public String toString() {
    return "RegionDirectory[" + regions.size() + " regions]";
  }

  private static final String ATTRIBUTION =
      "Region list: idn-area-data 3.1.2 (github.com/fityannugroho/idn-area-data), "
          + "compiled from Kemendagri region codes, made available under the Open Database License "
          + "(ODbL 1.0, opendatacommons.org/licenses/odbl/1-0/). Daerah tertinggal, perbatasan and "
          + "regional-group flags added by Inovasi from public sources listed in NOTES.md; the "
          + "derived database is likewise under the ODbL.";

  /** Holds the bundled directory, loaded on first use. */
  private static final class Bundled {
    static final RegionDirectory INSTANCE = KemendagriLoader.load();

    static ImmutableMap<String, String> provenance() {
      return KemendagriLoader.documents();
    }
  }
}
