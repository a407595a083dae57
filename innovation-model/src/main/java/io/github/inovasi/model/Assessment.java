package io.github.inovasi.model;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.internal.InovasiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One region's report in one IID edition (penilaian Indeks Inovasi Daerah): the region-level
 * (SPD) answers and the innovations it reports with their SID answers, plus the agencies the
 * innovations refer to.
 *
 * <p>Model paths into an assessment read {@code regionAnswers[2]},
 * {@code innovations[3].answers[33]} or {@code innovations[3].innovation.trialDate}, with
 * zero-based indices; the validator reports problems at such paths.
 *
 * <pre>{@code
 * Assessment report = Assessment.builder()
 *     .region(directory.get(RegionCode.parse("53.14")))
 *     .editionId("iid-2026")
 *     .addRegionAnswer(Answer.of("1", 3))
 *     .addInnovation(reported)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Assessment implements WithAssessment {
  Assessment() {}

  /**
   * Returns the region assessed.
   *
   * @return the region
   */
  public abstract Region region();

  /**
   * Returns the id of the IID edition the answers follow.
   *
   * @return the edition id, e.g. {@code "iid-2026"}
   */
  public abstract String editionId();

  /**
   * Returns the region-level (SPD) answers.
   *
   * @return the SPD answers, possibly empty
   */
  public abstract ImmutableList<Answer> regionAnswers();

  /**
   * Returns the reported innovations with their SID answers.
   *
   * @return the innovations, possibly empty
   */
  public abstract ImmutableList<ReportedInnovation> innovations();

  /**
   * Returns the agencies and units of the region that innovations and innovators refer to.
   *
   * @return the agencies, possibly empty
   */
  public abstract ImmutableList<Agency> agencies();

  /**
   * Returns the first region-level answer to an indicator.
   *
   * @param indicatorCode the indicator code, e.g. {@code "2a"}
   * @return the answer, if the indicator was answered
   */
  public final Optional<Answer> regionAnswer(String indicatorCode) {
    return regionAnswers().stream().filter(a -> a.indicatorCode().equals(indicatorCode)).findFirst();
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
        editionId().matches("[a-z0-9][a-z0-9._-]*"), "Assessment.editionId", ProblemCodes.EDITION_ID_FORM,
        Label.of("Id edisi harus huruf kecil, angka, titik atau tanda hubung, misalnya iid-2026",
            "An edition id must be lower-case letters, digits, dots or hyphens, such as iid-2026"),
        editionId());
  }

  /** Returns {@code "region editionId: n innovations"}. */
  @Override
  public String toString() {
    return region() + " " + editionId() + ": " + innovations().size() + " innovations";
  }

  /** Builds {@link Assessment}s. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
