package io.github.inovasi.scoring.kipp;

import io.github.inovasi.model.Label;
import java.util.Objects;

/**
 * A category (kategori) of a KIPP year, e.g. {@code kesehatan} in 2021.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the code proposals use, lower case
 * @param label the bilingual name
 */
public record KippCategory(String code, Label label) {

  /**
   * Checks the parts.
   *
   * @param code the code proposals use, lower case
   * @param label the bilingual name
   * @throws NullPointerException if a part is null
   */
  public KippCategory {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
  }
}
