package io.github.inovasi.scoring;

import io.github.inovasi.model.Label;
import java.util.Locale;

/**
 * What a {@link ScoringPolicy} scores: a whole region (the IID), one innovation (a region's own
 * competition among its agencies, the IGA presentation of a region's best innovations), one
 * agency of a region (a region ranking its agencies), or a proposal written for a competition
 * (KemenPAN-RB's KIPP).
 *
 * <p>In rubric files the unit is written in lower case ({@code "innovation"}).
 */
public enum ScoredUnit {
  /** A region (pemda) as a whole, e.g. from its IID assessment. */
  REGION(Label.of("Daerah", "Region")),
  /** One innovation, e.g. an agency's entry in a lomba inovasi OPD. */
  INNOVATION(Label.of("Inovasi", "Innovation")),
  /** One agency (perangkat daerah) of a region, e.g. in a region's ranking of its agencies. */
  AGENCY(Label.of("Perangkat daerah", "Agency")),
  /** A proposal submitted to a competition, e.g. a KIPP proposal. */
  PROPOSAL(Label.of("Proposal", "Proposal"));

  private final Label label;

  ScoredUnit(Label label) {
    this.label = label;
  }

  /**
   * Returns the bilingual name.
   *
   * @return the label, e.g. "Inovasi / Innovation"
   */
  public Label label() {
    return label;
  }

  /**
   * Returns the unit as written in rubric files.
   *
   * @return the lower-case name, e.g. {@code "innovation"}
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
