package io.github.inovasi.scoring.rubric;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InovasiException;

/**
 * Thrown when a rubric cannot score because a rule it needs is not published (its scale, say):
 * names the rubric, what is missing, and how to supply it or opt in to the declared assumption.
 */
public class IncompleteRubricException extends InovasiException {
  private static final long serialVersionUID = 1L;

  /** The rubric id. */
  private final String rubricId;
  /** What is missing. */
  private final ImmutableList<String> missing;

  /**
   * Creates the exception.
   *
   * @param rubric the rubric
   */
  public IncompleteRubricException(Rubric rubric) {
    super("Rubrik " + rubric.id() + " belum lengkap: " + rubric.missing() + " tidak dipublikasikan; "
        + "berikan dengan withScale" + (rubric.assumedScale().isPresent()
            ? " atau pakai asumsi yang dinyatakan dengan withAssumptions (--assume)" : "")
        + " / Rubric " + rubric.id() + " is incomplete: " + rubric.missing() + " is not published; "
        + "supply it with withScale" + (rubric.assumedScale().isPresent()
            ? " or opt in to the declared assumption with withAssumptions (--assume)" : ""));
    this.rubricId = rubric.id();
    this.missing = rubric.missing();
  }

  /**
   * Returns the rubric's id.
   *
   * @return the id
   */
  public String rubricId() {
    return rubricId;
  }

  /**
   * Returns what is missing.
   *
   * @return e.g. {@code ["scale"]}
   */
  public ImmutableList<String> missing() {
    return missing;
  }
}
