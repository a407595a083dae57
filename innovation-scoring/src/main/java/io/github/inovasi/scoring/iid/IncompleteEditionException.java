package io.github.inovasi.scoring.iid;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InovasiException;
import java.util.List;

/**
 * Thrown when an edition lacks a rule needed for a computation, e.g. {@code iid-2023} without a
 * count rule. The message says what is missing, why (the provenance note) and how to supply it.
 */
public class IncompleteEditionException extends InovasiException {
  private static final long serialVersionUID = 1L;

  /** The id of the incomplete edition. */
  private final String editionId;
  /** The edition elements needed but missing. */
  private final ImmutableList<EditionElement> missing;

  /**
   * Creates the exception.
   *
   * @param edition the incomplete edition
   * @param missing the elements needed but missing
   */
  public IncompleteEditionException(IidEdition edition, List<EditionElement> missing) {
    super(describe(edition, missing));
    this.editionId = edition.id();
    this.missing = ImmutableList.copyOf(missing);
  }

  /**
   * Returns the id of the incomplete edition.
   *
   * @return the edition id
   */
  public String editionId() {
    return editionId;
  }

  /**
   * Returns what is missing.
   *
   * @return the missing elements
   */
  public ImmutableList<EditionElement> missing() {
    return missing;
  }

  private static String describe(IidEdition edition, List<EditionElement> missing) {
    StringBuilder out = new StringBuilder(edition.id())
        .append(" cannot compute this: the sources do not give");
    for (EditionElement e : missing) {
      out.append(System.lineSeparator()).append("  - ").append(e);
      Provenance p = edition.provenance().get(e);
      if (p != null) {
        p.note().ifPresent(note -> out.append(" (").append(note).append(')'));
      }
    }
    out.append(System.lineSeparator()).append("Supply them with IidEdition.withSpdCatalogue, "
        + "withCountRule or withMaxima");
    if (edition.assumptions().isPresent()) {
      out.append(", or opt in to the edition's declared assumptions with withAssumptions() ("
          + edition.assumptions().get().provenance().note().orElse("provisional") + ")");
    }
    return out.toString();
  }
}
