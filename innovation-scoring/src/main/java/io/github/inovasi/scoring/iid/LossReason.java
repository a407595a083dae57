package io.github.inovasi.scoring.iid;

import io.github.inovasi.model.Label;

/** Why points were not earned, as the breakdown of an {@link IidScore} reports them. */
public enum LossReason {
  /** No level was chosen for the indicator. */
  NO_ANSWER(Label.of("Tidak dijawab", "No answer")),
  /** A level was chosen but no evidence (bukti dukung) was attached. */
  NO_EVIDENCE(Label.of("Tanpa bukti dukung", "No evidence")),
  /** The level chosen is below the highest (3). */
  LOWER_LEVEL(Label.of("Tingkat parameter lebih rendah", "Lower level")),
  /** The answer has not been verified yet (verified scoring only). */
  UNVERIFIED(Label.of("Belum diverifikasi", "Not verified yet")),
  /** The verifier accepted a lower level than claimed, or none. */
  REJECTED_BY_VERIFIER(Label.of("Diturunkan atau ditolak verifikator", "Lowered or rejected by the verifier")),
  /** The innovation does not count (outside the window, design too short, ...). */
  INELIGIBLE_INNOVATION(Label.of("Inovasi tidak memenuhi syarat", "Innovation not eligible")),
  /** Fewer innovations than the divisor floor k: the average is still divided by k. */
  DIVISOR_FLOOR(Label.of("Jumlah inovasi di bawah pembagi minimum", "Fewer innovations than the divisor floor")),
  /** The counted innovations do not cover enough basic-service affairs for the count score. */
  GATE_NOT_MET(Label.of("Urusan pelayanan dasar belum cukup", "Basic-service affairs gate not met")),
  /** Fewer innovations than the count-score cap. */
  FEWER_INNOVATIONS(Label.of("Jumlah inovasi di bawah batas", "Fewer innovations than the cap"));

  private final Label label;

  LossReason(Label label) {
    this.label = label;
  }

  /**
   * Returns the bilingual explanation.
   *
   * @return the label
   */
  public Label label() {
    return label;
  }
}
