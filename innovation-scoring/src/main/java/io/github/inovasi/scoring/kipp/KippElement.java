package io.github.inovasi.scoring.kipp;

/**
 * The rules a {@link KippYear} is made of, each with its own provenance. In year files each
 * element is an object with a {@code provenance} member; an element whose status is
 * {@code unknown} holds no values, and the library asks the user for it instead of guessing.
 */
public enum KippElement {
  /** The year's guideline as a whole. */
  YEAR,
  /** The groups (kelompok) open that year. */
  GROUPS,
  /** The categories (kategori) a proposal chooses from. */
  CATEGORIES,
  /** The sections of the proposal form and their word limits. */
  SECTIONS,
  /** The minimum age of an innovation per group, counted back from the registration deadline. */
  MINIMUM_AGE,
  /** The registration deadline in SINOVIK. */
  REGISTRATION_DEADLINE,
  /** The most proposals one institution may submit per group. */
  QUOTAS,
  /** The selection tiers (Top 99, the special finalists, Top 45, Finalis Top Inovasi). */
  TIERS,
  /** The passing grade that gives replication proposals priority. */
  REPLICATION_PASSING_GRADE;

  /**
   * Returns the element as written in year files and messages.
   *
   * @return the lower-case name with hyphens, e.g. {@code "minimum-age"}
   */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
