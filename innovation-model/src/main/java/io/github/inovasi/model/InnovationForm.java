package io.github.inovasi.model;

/**
 * The form (bentuk) of an innovation under PP 38/2017: governance, public service, or another innovation within a government affair under regional authority.
 *
 * <p>Each constant has a stable Indonesian code ({@link #code()}), used in files and the IID
 * application, and a bilingual {@link #label()}; {@link #ofCode(String)} looks a code up.
 */
public enum InnovationForm implements CodedValue {
  /** Tata kelola: e-planning, e-budgeting and the like. */
  GOVERNANCE("TATA_KELOLA", Label.of("Inovasi tata kelola pemerintahan daerah", "Regional governance innovation")),
  /** Pelayanan publik: licensing, health and education services and the like. */
  PUBLIC_SERVICE("PELAYANAN_PUBLIK", Label.of("Inovasi pelayanan publik", "Public service innovation")),
  /** Lainnya: public works, environment and other affairs under regional authority. */
  OTHER("LAINNYA", Label.of("Inovasi daerah lainnya sesuai urusan pemerintahan", "Other innovation within a regional government affair"));

  private final String code;
  private final Label label;

  InnovationForm(String code, Label label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the Indonesian code, e.g. {@code "TATA_KELOLA"}.
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
   * Finds a constant by its code, ignoring case and treating spaces and hyphens as
   * underscores.
   *
   * @param code the code, e.g. {@code "TATA_KELOLA"}
   * @return the constant
   * @throws InvalidValueException if no constant has the code; the message lists the known codes
   */
  public static InnovationForm ofCode(String code) {
    return CodeLookup.of(InnovationForm.class, code);
  }
}
