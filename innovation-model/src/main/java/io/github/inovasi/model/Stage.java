package io.github.inovasi.model;

/**
 * The stage (tahapan) an innovation has reached: initiative, trial or implementation. National data shows most reported innovations are in implementation (penerapan).
 *
 * <p>Each constant has a stable Indonesian code ({@link #code()}), used in files and the IID
 * application, and a bilingual {@link #label()}; {@link #ofCode(String)} looks a code up.
 */
public enum Stage implements CodedValue {
  /** Inisiatif: the idea and design, not yet tried. */
  INITIATION("INISIATIF", Label.of("Inisiatif", "Initiation")),
  /** Uji coba: tried out on a limited scale. */
  TRIAL("UJI_COBA", Label.of("Uji coba", "Trial")),
  /** Penerapan: applied in the regular running of the region. */
  IMPLEMENTATION("PENERAPAN", Label.of("Penerapan", "Implementation"));

  private final String code;
  private final Label label;

  Stage(String code, Label label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the Indonesian code, e.g. {@code "INISIATIF"}.
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
   * @param code the code, e.g. {@code "INISIATIF"}
   * @return the constant
   * @throws InvalidValueException if no constant has the code; the message lists the known codes
   */
  public static Stage ofCode(String code) {
    return CodeLookup.of(Stage.class, code);
  }
}
