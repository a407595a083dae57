package io.github.inovasi.model;

/**
 * The thematic tag (tematik) of an innovation, as in the IGA 2023 application.
 *
 * <p>Each constant has a stable Indonesian code ({@link #code()}), used in files and the IID
 * application, and a bilingual {@link #label()}; {@link #ofCode(String)} looks a code up.
 */
public enum Theme implements CodedValue {
  /** Digitalisasi layanan pemerintahan. */
  DIGITAL_GOVERNMENT_SERVICES("DIGITALISASI_LAYANAN_PEMERINTAHAN", Label.of("Digitalisasi layanan pemerintahan", "Digitalisation of government services")),
  /** Penanggulangan kemiskinan. */
  POVERTY_REDUCTION("PENANGGULANGAN_KEMISKINAN", Label.of("Penanggulangan kemiskinan", "Poverty reduction")),
  /** Kemudahan investasi. */
  EASE_OF_INVESTMENT("KEMUDAHAN_INVESTASI", Label.of("Kemudahan investasi", "Ease of investment")),
  /** Prioritas aktual presiden. */
  PRESIDENTIAL_PRIORITY("PRIORITAS_AKTUAL_PRESIDEN", Label.of("Prioritas aktual presiden", "Current presidential priority")),
  /** Non tematik: no theme. */
  NON_THEMATIC("NON_TEMATIK", Label.of("Non tematik", "Not thematic"));

  private final String code;
  private final Label label;

  Theme(String code, Label label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the Indonesian code, e.g. {@code "DIGITALISASI_LAYANAN_PEMERINTAHAN"}.
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
   * @param code the code, e.g. {@code "DIGITALISASI_LAYANAN_PEMERINTAHAN"}
   * @return the constant
   * @throws InvalidValueException if no constant has the code; the message lists the known codes
   */
  public static Theme ofCode(String code) {
    return CodeLookup.of(Theme.class, code);
  }
}
