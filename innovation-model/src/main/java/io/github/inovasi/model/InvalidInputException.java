package io.github.inovasi.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;

/**
 * Thrown when user input (a file, a document, a set of values) has problems. Carries every
 * problem found, each with its location, so a caller can show them all at once; the input
 * never yields a partial result.
 */
public class InvalidInputException extends InovasiException {
  private static final long serialVersionUID = 1L;

  /** Every problem found, in the order found. */
  private final ImmutableList<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param summary a one-line summary, e.g. {@code "register.csv has 3 problems"}
   * @param problems every problem found, at least one
   */
  public InvalidInputException(String summary, List<Problem> problems) {
    super(summary + describe(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * Returns every problem found.
   *
   * @return the problems, in the order found
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (Problem p : problems) {
      if (shown++ == 20) {
        out.append(System.lineSeparator()).append("  ... and ").append(problems.size() - 20).append(" more");
        break;
      }
      out.append(System.lineSeparator()).append("  ").append(p.describe(Locale.ENGLISH));
    }
    return out.toString();
  }
}
