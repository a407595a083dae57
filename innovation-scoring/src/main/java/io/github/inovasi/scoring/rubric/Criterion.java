package io.github.inovasi.scoring.rubric;

import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.internal.InovasiStyle;
import io.github.inovasi.scoring.iid.Provenance;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One criterion of a {@link Rubric}: a stable code, its bilingual name, its weight, the scale
 * judges score it on when it differs from the rubric's, and where it comes from.
 *
 * <pre>{@code
 * Criterion novelty = Criterion.builder().code("kebaharuan")
 *     .name(Label.of("Kebaharuan", "Novelty")).weight(BigDecimal.valueOf(30))
 *     .provenance(Provenance.of(ProvenanceStatus.OFFICIAL, "https://bskdn.kemendagri.go.id/website/?p=20362"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Criterion {
  Criterion() {}

  /**
   * Returns the stable code, unique in the rubric.
   *
   * @return the code, e.g. {@code "kebaharuan"}
   */
  public abstract String code();

  /**
   * Returns the bilingual name.
   *
   * @return the name
   */
  public abstract Label name();

  /**
   * Returns the weight.
   *
   * @return the weight, positive (e.g. 30 for 30 %)
   */
  public abstract BigDecimal weight();

  /**
   * Returns this criterion's own scale, when it differs from the rubric's.
   *
   * @return the scale, if the criterion has its own
   */
  public abstract Optional<Scale> scale();

  /**
   * Returns where the criterion and its weight come from.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

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
    InvalidValueException.check(!code().isBlank(), "Criterion.code", "must not be blank");
    InvalidValueException.check(weight().signum() > 0, "Criterion.weight", "WEIGHT_NOT_POSITIVE",
        Label.of("Bobot kriteria harus positif", "A criterion's weight must be positive"),
        weight().toPlainString());
  }

  /** Returns {@code "kebaharuan (30)"}. */
  @Override
  public String toString() {
    return code() + " (" + weight().toPlainString() + ")";
  }

  /** Builds {@link Criterion}s. */
  public static final class Builder extends ImmutableCriterion.Builder {
    Builder() {}
  }
}
