package io.github.inovasi.scoring.kipp;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InovasiException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a KIPP rule that the sources do not give for a year is needed: the library asks
 * the user for it instead of guessing. The message names the year and each missing element,
 * in Indonesian and English, and how to supply it.
 */
public class IncompleteKippYearException extends InovasiException {
  private static final long serialVersionUID = 1L;

  /** The year whose rules are incomplete. */
  private final int year;
  /** The elements needed but unknown. */
  private final ImmutableList<KippElement> missing;

  /**
   * Creates the exception.
   *
   * @param year the year
   * @param missing the elements needed but unknown
   */
  public IncompleteKippYearException(int year, List<KippElement> missing) {
    super(describe(year, missing));
    this.year = year;
    this.missing = ImmutableList.copyOf(missing);
  }

  /**
   * Returns the year whose rules are incomplete.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns what is missing.
   *
   * @return the elements needed but unknown
   */
  public ImmutableList<KippElement> missing() {
    return missing;
  }

  private static String describe(int year, List<KippElement> missing) {
    String names = missing.stream().map(KippElement::code).collect(Collectors.joining(", "));
    return "Aturan KIPP " + year + " tidak diketahui dari sumber: " + names
        + "; isikan sendiri (KippYear.with..., atau opsi baris perintah). / The KIPP " + year
        + " rules are not known from the sources: " + names
        + "; supply them (KippYear.with..., or the command-line option).";
  }
}
