package io.github.inovasi.model;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.internal.InovasiStyle;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One indicator (indikator) of the Indeks Inovasi Daerah in one edition: its code and number,
 * aspect (SPD, region level, or SID, per innovation), variable, weight (bobot), whether it is
 * mandatory (wajib), its three parameter levels and, for an indicator that can be measured in
 * several ways, the alternative measurement bases.
 *
 * <p>The score of an answered indicator is {@code weight × level}; {@link #maxScore()} is
 * {@code weight × 3}. Editions and their catalogues are data, loaded by the scoring module.
 *
 * <pre>{@code
 * Indicator regulation = Indicator.builder()
 *     .code("16").number(16).aspect(Aspect.SID)
 *     .name(Label.of("Regulasi inovasi daerah", "Regional innovation regulation"))
 *     .variable(Label.of("Infrastruktur", "Infrastructure"))
 *     .weight(new BigDecimal("3")).mandatory(true)
 *     .addLevel(IndicatorLevel.of(1, Label.of("SK Kepala Daerah", "Regional head decree")))
 *     .addLevel(IndicatorLevel.of(2, Label.of("Perkada", "Regional head regulation")))
 *     .addLevel(IndicatorLevel.of(3, Label.of("Perda", "Regional regulation")))
 *     .build();
 * regulation.maxScore(); // 9
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Indicator implements WithIndicator {
  Indicator() {}

  /**
   * Returns the code, unique within an edition: the IID number, with a letter for a row split
   * in two ({@code "2a"}, {@code "2b"}).
   *
   * @return the code, e.g. {@code "16"} or {@code "10a"}
   */
  public abstract String code();

  /**
   * Returns the IID indicator number (nomor indikator); rows {@code "2a"} and {@code "2b"}
   * share number 2.
   *
   * @return the number, at least 1
   */
  public abstract int number();

  /**
   * Returns the aspect: SPD (answered once per region) or SID (answered per innovation).
   *
   * @return the aspect
   */
  public abstract Aspect aspect();

  /**
   * Returns the indicator's name (nama indikator).
   *
   * @return the bilingual name
   */
  public abstract Label name();

  /**
   * Returns the variable (variabel) the indicator belongs to, e.g. Institusi, Infrastruktur.
   *
   * @return the bilingual variable name
   */
  public abstract Label variable();

  /**
   * Returns the weight (bobot): the score of level 1.
   *
   * @return the weight, greater than zero
   */
  public abstract BigDecimal weight();

  /**
   * Returns whether the indicator is mandatory (wajib, marked "*" or "W" in the guideline).
   *
   * @return true when it must be answered
   */
  @Value.Default
  public boolean mandatory() {
    return false;
  }

  /**
   * Returns the three parameter levels (parameter), in order 1, 2, 3.
   *
   * @return exactly three levels
   */
  public abstract ImmutableList<IndicatorLevel> levels();

  /**
   * Returns the alternative measurement bases (dasar pengukuran) when the indicator can be
   * measured in several ways, such as kemanfaatan a to f; an answer then names one.
   *
   * @return the bases, empty when the indicator has one way of measuring
   */
  public abstract ImmutableList<MeasurementBasis> bases();

  /**
   * Returns the definition (definisi operasional).
   *
   * @return the bilingual definition, if the catalogue has one
   */
  public abstract Optional<Label> definition();

  /**
   * Returns the evidence expected (bukti dukung yang diharapkan), e.g. "SK or Perda naming the
   * innovation (PDF)".
   *
   * @return the bilingual description, if the catalogue has one
   */
  public abstract Optional<Label> expectedEvidence();

  /**
   * Returns the highest score the indicator can give: weight × 3.
   *
   * @return the maximum score
   */
  public final BigDecimal maxScore() {
    return weight().multiply(BigDecimal.valueOf(3));
  }

  /**
   * Returns the basis with a code.
   *
   * @param code the basis code, e.g. {@code "a"}
   * @return the basis, if the indicator has one with that code
   */
  public final Optional<MeasurementBasis> basis(String code) {
    return bases().stream().filter(b -> b.code().equals(code)).findFirst();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    InvalidValueException.check(
        code().matches("[1-9][0-9]{0,2}[a-z]?"), "Indicator.code", ProblemCodes.INDICATOR_CODE_FORM,
        Label.of("Kode indikator harus nomor dengan huruf kecil opsional, misalnya 16 atau 2a",
            "An indicator code must be a number with an optional lower-case letter, such as 16 or 2a"),
        code());
    InvalidValueException.check(
        code().replaceAll("[a-z]$", "").equals(String.valueOf(number())), "Indicator.number",
        ProblemCodes.INDICATOR_NUMBER_MISMATCH,
        Label.of("Nomor indikator harus sesuai dengan kodenya",
            "The indicator number must match its code"),
        code() + " / " + number());
    InvalidValueException.check(
        weight().signum() > 0, "Indicator.weight", ProblemCodes.WEIGHT_NOT_POSITIVE,
        Label.of("Bobot harus lebih dari nol", "The weight must be greater than zero"),
        weight());
    IndicatorShape.checkLevels(levels(), "Indicator.levels");
    Set<String> seen = new HashSet<>();
    for (MeasurementBasis basis : bases()) {
      InvalidValueException.check(
          seen.add(basis.code()), "Indicator.bases", ProblemCodes.DUPLICATE_BASIS,
          Label.of("Kode dasar pengukuran ganda", "Duplicate measurement basis code"),
          basis.code());
    }
  }

  /** Returns {@code "16 Regulasi inovasi daerah (SID)"}. */
  @Override
  public String toString() {
    return code() + " " + name().indonesian() + " (" + aspect() + ")";
  }

  /** Builds {@link Indicator}s. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
