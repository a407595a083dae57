package io.github.inovasi.io.internal;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the problems of one read. Bounded: past the limit it records one
 * {@code TOO_MANY_PROBLEMS} and stops, so garbage cannot exhaust memory. Not thread-safe; one
 * per read.
 */
public final class ProblemLog {
  /** Longest "found" text kept in a problem: a 1 MB cell would otherwise be copied into it. */
  private static final int MAX_FOUND = 80;

  private final Optional<String> source;
  private final int max;
  private final List<Problem> problems = new ArrayList<>();
  private boolean full;
  private Throwable firstCause;

  public ProblemLog(Optional<String> source, int max) {
    this.source = source;
    this.max = max;
  }

  public Optional<String> source() {
    return source;
  }

  /** Returns a location in this log's source. */
  public Location.Builder at() {
    Location.Builder b = Location.builder();
    source.ifPresent(b::source);
    return b;
  }

  public void add(Problem problem) {
    if (full) {
      return;
    }
    if (problems.size() == max) {
      full = true;
      problems.add(
          Problem.error(
              "TOO_MANY_PROBLEMS",
              problem.location(),
              Label.of(
                  "Terlalu banyak masalah; pemeriksaan dihentikan di sini",
                  "Too many problems; checking stopped here")));
      return;
    }
    problems.add(problem);
  }

  /** Records an error with what was expected and what was found. */
  public void error(Location location, String code, Label message, String expected, String found) {
    Problem.Builder b = Problem.builder().code(code).location(location).message(message);
    if (expected != null) {
      b.expected(expected);
    }
    if (found != null) {
      b.found(shorten(found));
    }
    add(b.build());
  }

  /** Keeps the first cause of a translated failure, to chain it to the thrown exception. */
  public void cause(Throwable cause) {
    if (firstCause == null) {
      firstCause = cause;
    }
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** Whether the log stopped collecting (the limit was reached). */
  public boolean isFull() {
    return full;
  }

  public ImmutableList<Problem> problems() {
    return ImmutableList.copyOf(problems);
  }

  /** Throws every problem at once if there is any error. */
  public void throwIfErrors(String what) {
    if (hasErrors()) {
      throw exception(what);
    }
  }

  public InvalidInputException exception(String what) {
    long errors = problems.stream().filter(Problem::isError).count();
    String summary =
        source.map(s -> s + ": ").orElse("")
            + what
            + " has "
            + errors
            + (errors == 1 ? " problem" : " problems");
    InvalidInputException e = new InvalidInputException(summary, problems);
    if (firstCause != null) {
      e.initCause(firstCause);
    }
    return e;
  }

  /** Shortens a found value for display, keeping its start. */
  public static String shorten(String text) {
    if (text.length() <= MAX_FOUND) {
      return text;
    }
    return text.substring(0, MAX_FOUND) + "... (" + text.length() + " characters)";
  }
}
