package io.github.inovasi.scoring.rubric;

import io.github.inovasi.model.Label;
import io.github.inovasi.scoring.iid.Provenance;
import java.util.Locale;
import java.util.Objects;

/**
 * How the criteria's combined scores aggregate into the entry's score: a weighted sum ({@code
 * Σ wᵢ·sᵢ}, weights such as 0.30) or a weighted mean ({@code Σ wᵢ·sᵢ / Σ wᵢ}, weights such as
 * 30, the score staying on the criteria's scale).
 *
 * <p>Immutable and thread-safe.
 *
 * @param method the aggregation
 * @param provenance where the rule comes from
 */
public record Aggregation(Method method, Provenance provenance) {

  /** The ways criteria aggregate. */
  public enum Method {
    /** {@code Σ wᵢ·sᵢ}. */
    WEIGHTED_SUM(Label.of("Jumlah berbobot", "Weighted sum")),
    /** {@code Σ wᵢ·sᵢ / Σ wᵢ}. */
    WEIGHTED_MEAN(Label.of("Rata-rata berbobot", "Weighted mean"));

    private final Label label;

    Method(Label label) {
      this.label = label;
    }

    /**
     * Returns the bilingual name.
     *
     * @return the label
     */
    public Label label() {
      return label;
    }

    /**
     * Returns the method as written in rubric files.
     *
     * @return e.g. {@code "weighted-mean"}
     */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * Checks the aggregation.
   *
   * @param method the aggregation
   * @param provenance where the rule comes from
   */
  public Aggregation {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(provenance, "provenance");
  }
}
