package io.github.inovasi.model.validation;

import org.jspecify.annotations.Nullable;
import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.Problem.Severity;

/** Collects problems in the order found; a small helper so each rule is one call. */
final class Findings {
  private final ImmutableList.Builder<Problem> problems = ImmutableList.builder();

  void error(String code, Location at, Label message, @Nullable Object found) {
    add(code, Severity.ERROR, at, message, found, null);
  }

  void warning(String code, Location at, Label message, @Nullable Object found) {
    add(code, Severity.WARNING, at, message, found, null);
  }

  void add(String code, Severity severity, Location at, Label message,
      @Nullable Object found, @Nullable String expected) {
    Problem.Builder problem = Problem.builder().code(code).severity(severity).location(at).message(message);
    if (found != null) {
      problem.found(String.valueOf(found));
    }
    if (expected != null) {
      problem.expected(expected);
    }
    problems.add(problem.build());
  }

  void add(Problem problem) {
    problems.add(problem);
  }

  ImmutableList<Problem> build() {
    return problems.build();
  }
}
