package io.github.inovasi.model;

/**
 * Who initiated an innovation (inisiator), the five values of PP 38/2017.
 *
 * <p>Each constant has a stable Indonesian code ({@link #code()}), used in files and the IID
 * application, and a bilingual {@link #label()}; {@link #ofCode(String)} looks a code up.
 */
public enum Initiator implements CodedValue {
  /** Kepala Daerah: the governor, regent (bupati) or mayor (wali kota). */
  REGIONAL_HEAD("KEPALA_DAERAH", Label.of("Kepala Daerah", "Regional head")),
  /** Anggota DPRD: a member of the regional council. */
  COUNCIL_MEMBER("ANGGOTA_DPRD", Label.of("Anggota DPRD", "Regional council member")),
  /** Perangkat Daerah (OPD): a regional agency. */
  AGENCY("PERANGKAT_DAERAH", Label.of("Perangkat Daerah", "Regional agency")),
  /** ASN (aparatur sipil negara): a civil servant. */
  CIVIL_SERVANT("ASN", Label.of("ASN", "Civil servant")),
  /** Masyarakat: members of the public. */
  COMMUNITY("MASYARAKAT", Label.of("Masyarakat", "Community"));

  private final String code;
  private final Label label;

  Initiator(String code, Label label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the Indonesian code, e.g. {@code "KEPALA_DAERAH"}.
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
   * @param code the code, e.g. {@code "KEPALA_DAERAH"}
   * @return the constant
   * @throws InvalidValueException if no constant has the code; the message lists the known codes
   */
  public static Initiator ofCode(String code) {
    return CodeLookup.of(Initiator.class, code);
  }
}
