package io.github.inovasi.scoring.rubric;

import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.scoring.iid.Provenance;
import java.util.Locale;
import java.util.Objects;

/**
 * How the scores several judges give one criterion combine into one: their mean, their median,
 * a trimmed mean that drops the {@code trim} lowest and highest, or the mean after dropping the
 * highest and the lowest. Which judges count depends only on the scores (ties broken by judge
 * id), never on the order the judges are listed in.
 *
 * <p>Immutable and thread-safe.
 *
 * @param method the combination
 * @param trim how many scores a trimmed mean drops at each end; 1 for drop-highest-and-lowest,
 *     0 otherwise
 * @param provenance where the rule comes from
 */
public record JudgeCombination(Method method, int trim, Provenance provenance) {

  /** The ways judges' scores combine. */
  public enum Method {
    /** The mean of every judge's score. */
    MEAN(Label.of("Rata-rata", "Mean")),
    /** The middle score, or the mean of the two middle scores. */
    MEDIAN(Label.of("Median", "Median")),
    /** The mean after dropping {@code trim} scores at each end. */
    TRIMMED_MEAN(Label.of("Rata-rata terpangkas", "Trimmed mean")),
    /** The mean after dropping the highest and the lowest score. */
    DROP_HIGHEST_AND_LOWEST(Label.of("Buang tertinggi dan terendah", "Drop highest and lowest"));

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
     * @return e.g. {@code "drop-highest-and-lowest"}
     */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * Checks the combination.
   *
   * @param method the combination
   * @param trim how many scores a trimmed mean drops at each end
   * @param provenance where the rule comes from
   * @throws InvalidValueException if {@code trim} does not fit the method
   */
  public JudgeCombination {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(provenance, "provenance");
    int expected = method == Method.DROP_HIGHEST_AND_LOWEST ? 1 : 0;
    InvalidValueException.check(method == Method.TRIMMED_MEAN ? trim >= 1 : trim == expected,
        "JudgeCombination.trim", "TRIM_MISMATCH",
        Label.of("Jumlah pangkas tidak cocok dengan metode " + method.code(),
            "The trim does not fit the method " + method.code()), trim);
  }

  /**
   * Creates a combination without a trim parameter.
   *
   * @param method mean, median or drop-highest-and-lowest
   * @param provenance where the rule comes from
   * @return the combination
   * @throws InvalidValueException for {@link Method#TRIMMED_MEAN}, which needs a trim
   */
  public static JudgeCombination of(Method method, Provenance provenance) {
    return new JudgeCombination(method, method == Method.DROP_HIGHEST_AND_LOWEST ? 1 : 0, provenance);
  }

  /**
   * Returns a trimmed mean.
   *
   * @param trim how many scores to drop at each end, at least 1
   * @param provenance where the rule comes from
   * @return the combination
   * @throws InvalidValueException if {@code trim} is below 1
   */
  public static JudgeCombination trimmedMean(int trim, Provenance provenance) {
    return new JudgeCombination(Method.TRIMMED_MEAN, trim, provenance);
  }

  /**
   * Returns the fewest judges this combination can combine.
   *
   * @return {@code 2 × trim + 1}
   */
  public int minimumJudges() {
    return 2 * trim + 1;
  }
}
