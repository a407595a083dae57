package io.github.inovasi.model;

/**
 * The group (kelompok) a KIPP proposal competes in, in KemenPAN-RB's Kompetisi Inovasi
 * Pelayanan Publik: general, replication or special. Which groups are open differs by year
 * (2022 had no replication group); the year rules in {@code io.github.inovasi.scoring.kipp} say
 * which.
 *
 * <p>Each constant has a stable Indonesian code ({@link #code()}) and a bilingual {@link
 * #label()}; {@link #ofCode(String)} looks a code up.
 */
public enum KippGroup implements CodedValue {
  /** Kelompok umum: a new innovation, or one not awarded before. */
  GENERAL("UMUM", Label.of("Kelompok umum", "General group")),
  /** Kelompok replikasi: an adaptation of an earlier Top 99 innovation. */
  REPLICATION("REPLIKASI", Label.of("Kelompok replikasi", "Replication group")),
  /** Kelompok khusus: by invitation of the minister, earlier top winners. */
  SPECIAL("KHUSUS", Label.of("Kelompok khusus", "Special group"));

  private final String code;
  private final Label label;

  KippGroup(String code, Label label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the Indonesian code, e.g. {@code "REPLIKASI"}.
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
   * Finds a constant by its code, ignoring case; the English constant name is accepted too.
   *
   * @param code the code, e.g. {@code "umum"}
   * @return the constant
   * @throws InvalidValueException if no constant has the code; the message lists the known codes
   */
  public static KippGroup ofCode(String code) {
    return CodeLookup.of(KippGroup.class, code);
  }
}
