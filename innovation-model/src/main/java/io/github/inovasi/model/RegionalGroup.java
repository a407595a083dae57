package io.github.inovasi.model;

/**
 * The four IGA regional groups used for the "highest score per regional" awards. Regional I
 * to III are named in official award announcements; Regional IV is inferred (the provinces not
 * named in I to III), see {@link #isInferred()}.
 */
public enum RegionalGroup {
  /** Regional I: Sumatera. */
  I(Label.of("Regional I (Sumatera)", "Regional I (Sumatra)"), false),
  /** Regional II: Jawa. */
  II(Label.of("Regional II (Jawa)", "Regional II (Java)"), false),
  /** Regional III: Kalimantan and Sulawesi. */
  III(Label.of("Regional III (Kalimantan - Sulawesi)", "Regional III (Kalimantan - Sulawesi)"), false),
  /** Regional IV: Bali, Nusa Tenggara, Maluku and Papua (inferred). */
  IV(Label.of("Regional IV (Bali, Nusa Tenggara, Maluku, Papua)",
      "Regional IV (Bali, Nusa Tenggara, Maluku, Papua)"), true);

  private final Label label;
  private final boolean inferred;

  RegionalGroup(Label label, boolean inferred) {
    this.label = label;
    this.inferred = inferred;
  }

  /**
   * Returns the bilingual name.
   *
   * @return the label
   */
  public Label label() {
    return label;
  }

  /**
   * Returns whether membership of this group was inferred rather than published.
   *
   * @return true for Regional IV
   */
  public boolean isInferred() {
    return inferred;
  }
}
