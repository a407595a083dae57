package io.github.inovasi.model;

/**
 * The two aspects (aspek) of the Indeks Inovasi Daerah. Region-level indicators are answered
 * once per region; innovation-level indicators once per reported innovation.
 */
public enum Aspect implements CodedValue {
  /** Satuan Pemerintah Daerah: region-level indicators (IID 1 to 15). */
  SPD(Label.of("Satuan Pemerintah Daerah", "Regional government unit")),
  /** Satuan Inovasi Daerah: per-innovation indicators (IID 16 to 35). */
  SID(Label.of("Satuan Inovasi Daerah", "Regional innovation unit"));

  private final Label label;

  Aspect(Label label) {
    this.label = label;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public Label label() {
    return label;
  }

  /**
   * Finds an aspect by code ({@code "SPD"} or {@code "SID"}, any case).
   *
   * @param code the code
   * @return the aspect
   * @throws InvalidValueException if the code is unknown
   */
  public static Aspect ofCode(String code) {
    return CodeLookup.of(Aspect.class, code);
  }
}
