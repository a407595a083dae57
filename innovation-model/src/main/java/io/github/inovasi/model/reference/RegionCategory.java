package io.github.inovasi.model.reference;

import io.github.inovasi.model.CodedValue;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Region;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The categories a region can be selected by: daerah tertinggal, daerah perbatasan,
 * autonomous (daerah otonom, assessed on its own) or administrative (the DKI Jakarta
 * administrative areas). A region can be in several.
 *
 * <pre>{@code
 * directory.inCategory(RegionCategory.BORDER); // the daerah perbatasan known to the directory
 * RegionCategory.ofCode("tertinggal");     // DISADVANTAGED
 * }</pre>
 */
public enum RegionCategory implements CodedValue {
  /** Daerah tertinggal: disadvantaged regions (Perpres 63/2020). */
  DISADVANTAGED("TERTINGGAL", Label.of("Daerah tertinggal", "Disadvantaged region")),
  /**
   * Daerah perbatasan: border regions. The bundled list is incomplete, see {@link
   * RegionDirectory#borderListComplete()}.
   */
  BORDER("PERBATASAN", Label.of("Daerah perbatasan", "Border region")),
  /** Daerah otonom: regions with their own government, assessed on their own. */
  AUTONOMOUS("OTONOM", Label.of("Daerah otonom", "Autonomous region")),
  /** Wilayah administratif: DKI Jakarta's administrative kota and kabupaten. */
  ADMINISTRATIVE("ADMINISTRATIF", Label.of("Wilayah administratif", "Administrative area"));

  private final String code;
  private final Label label;

  RegionCategory(String code, Label label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the Indonesian code, e.g. {@code "TERTINGGAL"}.
   *
   * @return the code
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the bilingual name.
   *
   * @return the label
   */
  @Override
  public Label label() {
    return label;
  }

  /**
   * Returns whether a region is in this category.
   *
   * @param region the region
   * @return true when it is
   */
  public boolean matches(Region region) {
    switch (this) {
      case DISADVANTAGED:
        return region.disadvantaged();
      case BORDER:
        return region.border();
      case AUTONOMOUS:
        return region.autonomous();
      default:
        return !region.autonomous();
    }
  }

  /**
   * Finds a category by its Indonesian code or English name, ignoring case:
   * {@code "tertinggal"} or {@code "disadvantaged"}, {@code "perbatasan"} or {@code "border"},
   * {@code "otonom"} or {@code "autonomous"}, {@code "administratif"} or
   * {@code "administrative"}.
   *
   * @param code the code or name
   * @return the category
   * @throws InvalidValueException if nothing matches; the message lists the accepted codes
   */
  public static RegionCategory ofCode(String code) {
    String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    for (RegionCategory category : values()) {
      if (category.code.equals(wanted) || category.name().equals(wanted)) {
        return category;
      }
    }
    throw new InvalidValueException(
        "RegionCategory.code",
        "unknown region category '" + code + "'; known: "
            + Arrays.stream(values())
                .map(c -> c.code.toLowerCase(Locale.ROOT) + "/" + c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
  }
}
