package io.github.inovasi.scoring.iid;

import io.github.inovasi.model.Label;

/** Which levels an assessment is scored on: the region's own claims or the verifier's. */
public enum ScoreBasis {
  /** The levels the region claimed (self-assessment), counted when evidence is attached. */
  CLAIMED(Label.of("Penilaian mandiri", "Self-assessment")),
  /** The levels the verifier accepted ({@code Answer.verifiedLevel()}); unverified counts 0. */
  VERIFIED(Label.of("Hasil verifikasi", "Verified"));

  private final Label label;

  ScoreBasis(Label label) {
    this.label = label;
  }

  /**
   * Returns the bilingual name.
   *
   * @return the label
   */
  public Label label() {
    return label;
  }
}
