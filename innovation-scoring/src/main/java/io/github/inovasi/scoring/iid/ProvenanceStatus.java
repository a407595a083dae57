package io.github.inovasi.scoring.iid;

/**
 * How sure a rule of an edition or rubric is: read in an official document, transcribed by
 * others from one, derived by arithmetic, provisional (an assumption or a prognosis), unknown,
 * or an example that no authority published.
 *
 * <p>In edition files the status is written in lower case ({@code "transcribed"}).
 */
public enum ProvenanceStatus {
  /** Seen in a BSKDN/Kemendagri document or slide. */
  OFFICIAL,
  /** Copied from the official guideline by third parties whose copies agree. */
  TRANSCRIBED,
  /** Arithmetic from confirmed numbers. */
  DERIVED,
  /** An assumption or prognosis that a user may replace; flagged wherever it is used. */
  PROVISIONAL,
  /** Not found in any source: the user must supply it. */
  UNKNOWN,
  /** An illustration written to show the format (an example rubric); no authority uses it. */
  EXAMPLE;

  /**
   * Returns the status as written in edition files.
   *
   * @return the lower-case name, e.g. {@code "transcribed"}
   */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
