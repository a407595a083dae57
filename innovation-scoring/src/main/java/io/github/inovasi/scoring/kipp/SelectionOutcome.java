package io.github.inovasi.scoring.kipp;

import io.github.inovasi.model.Label;

/** What selection decided for one proposal. */
public enum SelectionOutcome {
  /** Selected for the tier. */
  SELECTED(Label.of("Terpilih", "Selected")),
  /**
   * Tied with others at the cut for fewer places than the tied proposals: left undecided, for
   * the organiser to break (never broken by the library).
   */
  TIED_AT_CUT(Label.of("Seri di batas", "Tied at the cut")),
  /** Below the cut, or its group's places were taken by higher proposals. */
  NOT_SELECTED(Label.of("Tidak terpilih", "Not selected")),
  /** Its group does not compete for the tier. */
  NOT_COMPETING(Label.of("Tidak bersaing di tingkat ini", "Does not compete for this tier"));

  private final Label label;

  SelectionOutcome(Label label) {
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
