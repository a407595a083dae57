package io.github.inovasi.model;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.internal.InovasiStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An innovation as reported in an assessment: its profile and its answers to the
 * innovation-level (SID) indicators.
 *
 * <pre>{@code
 * ReportedInnovation reported = ReportedInnovation.of(sehati,
 *     List.of(Answer.of("16", 2), Answer.of("17", 1)));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class ReportedInnovation implements WithReportedInnovation {
  ReportedInnovation() {}

  /**
   * Returns the innovation's profile.
   *
   * @return the innovation
   */
  public abstract Innovation innovation();

  /**
   * Returns the answers to the SID indicators, in the order given.
   *
   * @return the answers, possibly empty
   */
  public abstract ImmutableList<Answer> answers();

  /**
   * Returns the first answer to an indicator.
   *
   * @param indicatorCode the indicator code, e.g. {@code "16"}
   * @return the answer, if the indicator was answered
   */
  public final Optional<Answer> answer(String indicatorCode) {
    return answers().stream().filter(a -> a.indicatorCode().equals(indicatorCode)).findFirst();
  }

  /**
   * Creates a reported innovation.
   *
   * @param innovation the profile
   * @param answers its SID answers
   * @return the reported innovation
   */
  public static ReportedInnovation of(Innovation innovation, List<Answer> answers) {
    return builder().innovation(innovation).addAllAnswers(answers).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns {@code "id name (n answers)"}. */
  @Override
  public String toString() {
    return innovation() + " (" + answers().size() + " answers)";
  }

  /** Builds {@link ReportedInnovation}s. */
  public static final class Builder extends ImmutableReportedInnovation.Builder {
    Builder() {}
  }
}
