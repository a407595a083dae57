package io.github.inovasi.model;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.internal.InovasiStyle;
import org.immutables.value.Value;

/**
 * One of the alternative measurement bases (dasar pengukuran) of an indicator that can be
 * measured in several ways, such as the six bases a to f of indicator 33, kemanfaatan, in
 * 2026 (beneficiaries, share of target units, spending efficiency, added revenue, products,
 * performance trend). A region chooses exactly one basis and is scored on its three levels.
 *
 * <pre>{@code
 * MeasurementBasis people = MeasurementBasis.builder()
 *     .code("a")
 *     .name(Label.of("Jumlah penerima manfaat", "Beneficiaries (people)"))
 *     .addLevel(IndicatorLevel.of(1, Label.of("1-200 orang", "1-200 people")))
 *     .addLevel(IndicatorLevel.of(2, Label.of("201-500 orang", "201-500 people")))
 *     .addLevel(IndicatorLevel.of(3, Label.of(">= 501 orang", "501 people or more")))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class MeasurementBasis implements WithMeasurementBasis {
  MeasurementBasis() {}

  /**
   * Returns the basis code within its indicator, as in the guideline.
   *
   * @return the code, e.g. {@code "a"}
   */
  public abstract String code();

  /**
   * Returns the name of the basis.
   *
   * @return the bilingual name
   */
  public abstract Label name();

  /**
   * Returns the three levels of this basis, in order 1, 2, 3.
   *
   * @return exactly three levels
   */
  public abstract ImmutableList<IndicatorLevel> levels();

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
        code().matches("[a-z0-9]{1,8}"), "MeasurementBasis.code", ProblemCodes.BASIS_CODE_FORM,
        Label.of("Kode dasar pengukuran harus huruf kecil atau angka, misalnya a",
            "A measurement basis code must be lower-case letters or digits, such as a"),
        code());
    IndicatorShape.checkLevels(levels(), "MeasurementBasis.levels");
  }

  /** Returns {@code "a. name"}. */
  @Override
  public String toString() {
    return code() + ". " + name();
  }

  /** Builds {@link MeasurementBasis} values. */
  public static final class Builder extends ImmutableMeasurementBasis.Builder {
    Builder() {}
  }
}
