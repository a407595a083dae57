package io.github.inovasi.scoring.iid;

/**
 * The rules an {@link IidEdition} is made of, each with its own {@link Provenance}.
 *
 * <p>In edition files each element is an object with a {@code provenance} member.
 */
public enum EditionElement {
  /** The edition as a whole (its guideline). */
  EDITION,
  /** The divisor floor k in MAX(k, n). */
  DIVISOR,
  /** How the index is rounded before it is classified. */
  ROUNDING,
  /** The count score (skor jumlah inovasi): points per innovation, cap and gate. */
  COUNT_RULE,
  /** The maximum scores: SPD, SID indicators, count and total. */
  MAXIMA,
  /** The predicate bands. */
  BANDS,
  /** The region-level (SPD) indicator rows. */
  SPD_CATALOGUE,
  /** The innovation-level (SID) indicators. */
  SID_CATALOGUE,
  /** The implementation window an innovation must fall in. */
  WINDOW,
  /** The minimum words of the design narrative (rancang bangun). */
  DESIGN_WORDS,
  /** The stages (tahapan) whose innovations count. */
  STAGES,
  /** What an unanswered mandatory indicator does to an innovation. */
  MANDATORY_INDICATORS,
  /** Whether the verified side judges eligibility on the verified levels. */
  VERIFICATION
}
