package io.github.inovasi.io.table;

import io.github.inovasi.model.Answer;
import io.github.inovasi.model.RegionCode;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer in long form: the region, the innovation it belongs to (empty for a region-level
 * SPD answer) and the answer.
 *
 * <pre>{@code
 * AnswerEntry.of(RegionCode.parse("35.72"), Optional.of("inv-001"), Answer.of("16", 3));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param region the Kemendagri code of the region
 * @param innovationId the innovation's id, or empty for a region-level (SPD) answer
 * @param answer the answer
 */
public record AnswerEntry(RegionCode region, Optional<String> innovationId, Answer answer) {

  /**
   * Checks the parts.
   *
   * @param region the Kemendagri code of the region
   * @param innovationId the innovation's id, or empty for a region-level (SPD) answer
   * @param answer the answer
   * @throws NullPointerException if a part is null
   */
  public AnswerEntry {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(innovationId, "innovationId");
    Objects.requireNonNull(answer, "answer");
  }

  /**
   * Creates an entry.
   *
   * @param region the region
   * @param innovationId the innovation's id, empty for an SPD answer
   * @param answer the answer
   * @return the entry
   * @throws NullPointerException if a part is null
   */
  public static AnswerEntry of(RegionCode region, Optional<String> innovationId, Answer answer) {
    return new AnswerEntry(region, innovationId, answer);
  }
}
