package io.github.inovasi.scoring.iid;

import io.github.inovasi.model.Label;

/** Which part of the IID formula a {@link BreakdownLine} belongs to. */
public enum BreakdownPart {
  /** A region-level row (Satuan Pemerintah Daerah), scored once per region. */
  SPD(Label.of("Satuan Pemerintah Daerah", "Region level")),
  /** An innovation-level indicator (Satuan Inovasi Daerah), averaged over MAX(k, n). */
  SID(Label.of("Satuan Inovasi Daerah", "Innovation level")),
  /** The count score (skor jumlah inovasi). */
  COUNT(Label.of("Skor jumlah inovasi", "Innovation count score"));

  private final Label label;

  BreakdownPart(Label label) {
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
