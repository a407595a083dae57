package io.github.inovasi.scoring.kipp;

import io.github.inovasi.model.CodedValue;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import java.util.Locale;

/**
 * The five KIPP innovation criteria (PermenPAN-RB 91/2021; reference §8.2) that evaluators
 * score a proposal on.
 */
public enum KippCriterion implements CodedValue {
  /** Kebaruan: a new approach, policy or design, or a modification of an existing one. */
  NOVELTY("KEBARUAN", Label.of("Kebaruan", "Novelty")),
  /** Efektif: real, tangible results. */
  EFFECTIVE("EFEKTIF", Label.of("Efektif", "Effective")),
  /** Bermanfaat: solves a public problem or improves service quality. */
  BENEFICIAL("BERMANFAAT", Label.of("Bermanfaat", "Beneficial")),
  /** Dapat ditransfer / direplikasi. */
  REPLICABLE("DAPAT_DIREPLIKASI", Label.of("Dapat direplikasi", "Replicable")),
  /** Berkelanjutan: sustained by programme and budget, organisation and law. */
  SUSTAINABLE("BERKELANJUTAN", Label.of("Berkelanjutan", "Sustainable"));

  private final String code;
  private final Label label;

  KippCriterion(String code, Label label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the Indonesian code, e.g. {@code "KEBARUAN"}.
   *
   * @return the code
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the bilingual name.
   *
   * @return the label
   */
  @Override
  public Label label() {
    return label;
  }

  /**
   * Finds a criterion by its code or English name, ignoring case.
   *
   * @param code e.g. {@code "kebaruan"} or {@code "dapat direplikasi"}
   * @return the criterion
   * @throws InvalidValueException if no criterion has the code
   */
  public static KippCriterion ofCode(String code) {
    String wanted = code.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (KippCriterion c : values()) {
      if (c.code.equals(wanted) || c.name().equals(wanted)) {
        return c;
      }
    }
    throw new InvalidValueException("KippCriterion.code", "unknown KIPP criterion '" + code
        + "'; known: KEBARUAN, EFEKTIF, BERMANFAAT, DAPAT_DIREPLIKASI, BERKELANJUTAN");
  }
}
