package io.github.inovasi.model;

/**
 * The type (jenis) of an innovation: digital (daring, online) or non-digital (luring, offline).
 *
 * <p>Each constant has a stable Indonesian code ({@link #code()}), used in files and the IID
 * application, and a bilingual {@link #label()}; {@link #ofCode(String)} looks a code up.
 */
public enum InnovationType implements CodedValue {
  /** Digital (daring): the innovation runs online or electronically. */
  DIGITAL("DIGITAL", Label.of("Digital", "Digital")),
  /** Non digital (luring): the innovation runs offline. */
  NON_DIGITAL("NON_DIGITAL", Label.of("Non digital", "Non-digital"));

  private final String code;
  private final Label label;

  InnovationType(String code, Label label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the Indonesian code, e.g. {@code "DIGITAL"}.
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
   * @param code the code, e.g. {@code "DIGITAL"}
   * @return the constant
   * @throws InvalidValueException if no constant has the code; the message lists the known codes
   */
  public static InnovationType ofCode(String code) {
    return CodeLookup.of(InnovationType.class, code);
  }
}
