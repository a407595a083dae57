package io.github.inovasi.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What the browser and PostgreSQL tests need from the machine. With {@code CI=true} a missing
 * browser or database fails the test, so CI cannot pass without running it; elsewhere the test
 * is skipped with a message saying what is missing.
 */
final class TestEnvironment {
  static final Path CHROMIUM = Path.of(env("INOVASI_TEST_CHROMIUM").orElse("/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(env("INOVASI_TEST_CHROMEDRIVER").orElse("/usr/bin/chromedriver"));

  private TestEnvironment() {}

  static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
  }

  /** Fails under CI, skips elsewhere, when something the test needs is missing. */
  static void require(boolean present, String missing) {
    if (present) {
      return;
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(missing + " (CI=true: this test must run; .ci/run installs and starts it)");
    }
    Assumptions.abort(missing + "; skipped outside CI (run .ci/run, or install it, to run this test)");
  }

  static void requireBrowser() {
    require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium and chromedriver are needed at " + CHROMIUM + " and " + CHROMEDRIVER
            + " (Debian packages chromium, chromium-driver)");
  }

  static void requirePostgres() {
    Optional<String> url = env("INOVASI_TEST_PG_URL");
    require(url.isPresent(), "INOVASI_TEST_PG_URL (with INOVASI_TEST_PG_USER, INOVASI_TEST_PG_PASSWORD) names no PostgreSQL database");
    try (Connection c = DriverManager.getConnection(url.get(), pgUser(), pgPassword())) {
      require(c.isValid(5), "PostgreSQL at " + url.get() + " does not answer");
    } catch (SQLException e) {
      require(false, "PostgreSQL at " + url.get() + " cannot be reached: " + e.getMessage());
    }
  }

  static String pgUser() {
    return env("INOVASI_TEST_PG_USER").orElse("inovasi_test");
  }

  static String pgPassword() {
    return env("INOVASI_TEST_PG_PASSWORD").orElse("");
  }
}
