package io.github.inovasi.scoring.kipp;

import io.github.inovasi.model.Label;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A section of a KIPP year's proposal form: its code, name, word limit and whether it must be
 * filled.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the section code proposals use, e.g. {@code "signifikansi"}
 * @param label the bilingual name
 * @param wordLimit the most words allowed; empty when the source gives no limit
 * @param required whether the section must be present and not empty
 */
public record KippSection(String code, Label label, OptionalInt wordLimit, boolean required) {

  /**
   * Checks the parts.
   *
   * @param code the section code
   * @param label the bilingual name
   * @param wordLimit the most words allowed, if any
   * @param required whether the section must be filled
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the word limit is not positive
   */
  public KippSection {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(wordLimit, "wordLimit");
    if (wordLimit.isPresent() && wordLimit.getAsInt() < 1) {
      throw new IllegalArgumentException("KippSection.wordLimit must be positive, was " + wordLimit.getAsInt());
    }
  }
}
