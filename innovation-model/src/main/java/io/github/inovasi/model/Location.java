package io.github.inovasi.model;

import io.github.inovasi.model.internal.InovasiStyle;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a problem is: the source (a file name), a line and column in it, and a path to the
 * value inside the document. The path is a model path such as
 * {@code innovations[3].answers[33]} or a JSON pointer such as {@code /innovations/3/name};
 * the field is the attribute concerned ({@code trialDate}, a CSV column header).
 *
 * <pre>{@code
 * Location.builder().source("register.csv").line(12).column(4).field("tanggal_penerapan").build()
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Location {
  Location() {}

  /**
   * Returns the file or resource the problem was found in.
   *
   * @return the source name, if the input came from a named source
   */
  public abstract Optional<String> source();

  /**
   * Returns the 1-based line.
   *
   * @return the line, if known
   */
  public abstract OptionalInt line();

  /**
   * Returns the 1-based column.
   *
   * @return the column, if known
   */
  public abstract OptionalInt column();

  /**
   * Returns the path to the value inside the document: a model path or a JSON pointer.
   *
   * @return the path, empty for the whole document
   */
  @Value.Default
  public String path() {
    return "";
  }

  /**
   * Returns the attribute or column concerned.
   *
   * @return the field name, if the problem is about one field
   */
  public abstract Optional<String> field();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a location that is only a path inside a value (no file).
   *
   * @param path a model path such as {@code innovations[3].answers[33]}
   * @return the location
   */
  public static Location ofPath(String path) {
    return builder().path(path).build();
  }

  /**
   * Returns the same location with a path appended: {@code innovations[3]} then
   * {@code .answers[2]}.
   *
   * @param suffix the path segment to append; a segment not starting with {@code [} or
   *     {@code /} is joined with a dot
   * @return the extended location
   */
  public final Location child(String suffix) {
    String joined;
    if (path().isEmpty() || suffix.startsWith("[") || suffix.startsWith("/")) {
      joined = path() + suffix;
    } else {
      joined = path() + "." + suffix;
    }
    return builder().from(this).path(joined).build();
  }

  @Value.Check
  void check() {
    InvalidValueException.check(
        line().orElse(1) >= 1, "Location.line", "must be at least 1, was %s", line());
    InvalidValueException.check(
        column().orElse(1) >= 1, "Location.column", "must be at least 1, was %s", column());
  }

  /** Returns {@code source:line:column path (field)}, omitting what is unknown. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    source().ifPresent(out::append);
    line().ifPresent(l -> out.append(out.length() > 0 ? ":" : "line ").append(l));
    column().ifPresent(c -> out.append(':').append(c));
    if (!path().isEmpty()) {
      out.append(out.length() > 0 ? " " : "").append(path());
    }
    field().ifPresent(f -> out.append(out.length() > 0 ? " " : "").append('(').append(f).append(')'));
    return out.length() == 0 ? "(document)" : out.toString();
  }

  /** Builds {@link Location}s. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }
}
