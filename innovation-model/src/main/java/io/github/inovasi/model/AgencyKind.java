package io.github.inovasi.model;

/**
 * The kind of an agency (perangkat daerah) or of a unit under one.
 *
 * <p>Each constant has a stable Indonesian code ({@link #code()}), used in files and the IID
 * application, and a bilingual {@link #label()}; {@link #ofCode(String)} looks a code up.
 */
public enum AgencyKind implements CodedValue {
  /** Perangkat daerah (OPD): a dinas, badan, secretariat or inspectorate. */
  REGIONAL_AGENCY("PERANGKAT_DAERAH", Label.of("Perangkat Daerah (OPD)", "Regional agency")),
  /** UPTD: a technical unit under an agency. */
  TECHNICAL_UNIT("UPTD", Label.of("Unit Pelaksana Teknis Daerah (UPTD)", "Regional technical implementation unit")),
  /** Puskesmas: a community health centre. */
  HEALTH_CENTRE("PUSKESMAS", Label.of("Puskesmas", "Community health centre")),
  /** RSUD: a regional public hospital. */
  HOSPITAL("RUMAH_SAKIT_DAERAH", Label.of("Rumah Sakit Umum Daerah (RSUD)", "Regional public hospital")),
  /** Sekolah: a school. */
  SCHOOL("SEKOLAH", Label.of("Sekolah", "School")),
  /** Kecamatan: a district office. */
  DISTRICT("KECAMATAN", Label.of("Kecamatan", "District")),
  /** Kelurahan or desa: a village office. */
  VILLAGE("KELURAHAN_DESA", Label.of("Kelurahan atau desa", "Urban or rural village")),
  /** Unit lainnya: any other unit. */
  OTHER_UNIT("UNIT_LAINNYA", Label.of("Unit lainnya", "Other unit"));

  private final String code;
  private final Label label;

  AgencyKind(String code, Label label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the Indonesian code, e.g. {@code "PERANGKAT_DAERAH"}.
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
   * @param code the code, e.g. {@code "PERANGKAT_DAERAH"}
   * @return the constant
   * @throws InvalidValueException if no constant has the code; the message lists the known codes
   */
  public static AgencyKind ofCode(String code) {
    return CodeLookup.of(AgencyKind.class, code);
  }
}
