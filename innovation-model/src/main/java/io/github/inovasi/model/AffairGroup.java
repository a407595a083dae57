package io.github.inovasi.model;

/**
 * The groups of government affairs (urusan pemerintahan) in UU 23/2014, plus the supporting
 * functions (fungsi penunjang) the IID application lists with them.
 *
 * <p>The grouping follows the structure of UU 23/2014 and the order of the IID application's
 * list; the group labels themselves were not seen in an IID source.
 */
public enum AffairGroup implements CodedValue {
  /** Urusan wajib pelayanan dasar (yandas): the six mandatory basic-service affairs. */
  MANDATORY_BASIC_SERVICE("WAJIB_PELAYANAN_DASAR",
      Label.of("Urusan wajib pelayanan dasar", "Mandatory affair, basic service")),
  /** Urusan wajib non-pelayanan dasar: the eighteen other mandatory affairs. */
  MANDATORY_NON_BASIC_SERVICE("WAJIB_NON_PELAYANAN_DASAR",
      Label.of("Urusan wajib non-pelayanan dasar", "Mandatory affair, not a basic service")),
  /** Urusan pilihan: the eight optional affairs, taken up by regional potential. */
  OPTIONAL("PILIHAN", Label.of("Urusan pilihan", "Optional affair")),
  /** Fungsi penunjang: planning, finance, staffing and the other supporting functions. */
  SUPPORTING_FUNCTION("FUNGSI_PENUNJANG", Label.of("Fungsi penunjang", "Supporting function"));

  private final String code;
  private final Label label;

  AffairGroup(String code, Label label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the Indonesian code, e.g. {@code "WAJIB_PELAYANAN_DASAR"}.
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
   * Finds a group by its code, ignoring case.
   *
   * @param code the code, e.g. {@code "PILIHAN"}
   * @return the group
   * @throws InvalidValueException if no group has the code
   */
  public static AffairGroup ofCode(String code) {
    return CodeLookup.of(AffairGroup.class, code);
  }
}
