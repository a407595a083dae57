package io.github.inovasi.io;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.internal.InovasiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a streaming read or a validation found: how many records were read and passed on, and
 * every problem of the whole file. A file with any error is incomplete: the records passed on
 * before (or after) a problem must not be taken for the whole file.
 *
 * <pre>{@code
 * List<Assessment> staged = new ArrayList<>();
 * ReadReport report = json.stream(in, "national.json", JsonKind.ASSESSMENTS, staged::add);
 * if (!report.isComplete()) {
 *   report.problems().forEach(p -> log.warn(p.describe(Locale.ENGLISH)));
 *   staged.clear(); // never act on part of a file
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class ReadReport {
  ReadReport() {}

  /**
   * Returns the name of the file or stream that was read.
   *
   * @return the source name, if one was given
   */
  public abstract Optional<String> source();

  /**
   * Returns how many valid records were read (and passed to the consumer).
   *
   * @return the record count
   */
  public abstract long records();

  /**
   * Returns every problem found, errors and warnings, in the order found.
   *
   * @return the problems
   */
  public abstract ImmutableList<Problem> problems();

  /**
   * Returns whether the file was read whole without error: only then are the records passed on
   * the whole content of the file.
   *
   * @return true when there is no error (warnings allowed)
   */
  public final boolean isComplete() {
    return problems().stream().noneMatch(Problem::isError);
  }

  /**
   * Throws when the file had errors.
   *
   * @return this report, when complete
   * @throws InvalidInputException with every problem, when the file had errors
   */
  public final ReadReport requireComplete() {
    if (!isComplete()) {
      long errors = problems().stream().filter(Problem::isError).count();
      throw new InvalidInputException(
          source().map(s -> s + " ").orElse("input ") + "has " + errors + (errors == 1 ? " problem" : " problems"),
          problems());
    }
    return this;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReadReport}s. */
  public static final class Builder extends ImmutableReadReport.Builder {
    Builder() {}
  }
}
