package io.github.inovasi.model;

/**
 * The level of a regional government (tingkat pemerintahan daerah).
 */
public enum RegionLevel {
  /** Provinsi: a province. */
  PROVINSI(Label.of("Provinsi", "Province")),
  /** Kabupaten: a regency. */
  KABUPATEN(Label.of("Kabupaten", "Regency")),
  /** Kota: a city. */
  KOTA(Label.of("Kota", "City"));

  private final Label label;

  RegionLevel(Label label) {
    this.label = label;
  }

  /**
   * Returns the bilingual name of the level.
   *
   * @return the label
   */
  public Label label() {
    return label;
  }
}
