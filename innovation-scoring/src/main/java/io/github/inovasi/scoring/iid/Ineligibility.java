package io.github.inovasi.scoring.iid;

import io.github.inovasi.model.Label;

/**
 * One reason an innovation does not count, with the detail, e.g. {@code DESIGN_TOO_SHORT}
 * "214 of 300 words".
 *
 * <p>Immutable and thread-safe.
 *
 * @param reason the reason
 * @param detail the specifics, bilingual
 */
public record Ineligibility(IneligibilityReason reason, Label detail) {

  /** Returns {@code "DESIGN_TOO_SHORT: 214 of 300 words"}. */
  @Override
  public String toString() {
    return reason + ": " + detail.english();
  }
}
