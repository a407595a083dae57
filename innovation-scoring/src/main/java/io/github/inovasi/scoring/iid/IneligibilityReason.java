package io.github.inovasi.scoring.iid;

import io.github.inovasi.model.Label;

/** Why a reported innovation does not count in an edition. */
public enum IneligibilityReason {
  /** Its stage (tahapan) is not one the edition counts. */
  STAGE_NOT_COUNTED(Label.of("Tahapan tidak dihitung", "Stage not counted")),
  /** It has no implementation, trial or renewal date while the edition has a window. */
  NO_IMPLEMENTATION_DATE(Label.of("Tanggal penerapan tidak ada", "No implementation date")),
  /** It was implemented outside the edition's window and shows no renewal (pembaharuan) inside it. */
  OUTSIDE_WINDOW(Label.of("Di luar rentang waktu penerapan", "Implemented outside the window")),
  /** Its design narrative (rancang bangun) is shorter than the minimum. */
  DESIGN_TOO_SHORT(Label.of("Rancang bangun terlalu pendek", "Design narrative too short")),
  /** A mandatory indicator is unanswered. */
  MANDATORY_UNANSWERED(Label.of("Indikator wajib belum dijawab", "Mandatory indicator unanswered")),
  /**
   * On the verified side, a mandatory indicator the verifier rejected (verified level 0) or has not
   * verified: the innovation keeps its place in the divisor, since it was reported, but earns no
   * points, no count score and opens no basic-service affair ({@link
   * Eligibility#verificationDecides()}).
   */
  MANDATORY_NOT_VERIFIED(Label.of("Indikator wajib tidak diterima verifikator",
      "Mandatory indicator not accepted by the verifier"));

  private final Label label;

  IneligibilityReason(Label label) {
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
