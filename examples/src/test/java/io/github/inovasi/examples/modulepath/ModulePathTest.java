package io.github.inovasi.examples.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tests of this build run on the class path; this one runs the library the way a modular
 * application does: innovation-model, innovation-scoring and innovation-io and their runtime
 * dependencies on the module path of a child JVM, resolved from {@code io.github.inovasi.io}.
 */
class ModulePathTest {
  /** Class path entries that are not the library or its runtime dependencies. */
  private static final Pattern NOT_LIBRARY = Pattern.compile(
      ".*/(junit|opentest4j|apiguardian|jqwik|assertj|byte-buddy|picocli|jmh|jopt|commons-math|json-schema-validator"
          + "|jazzer|itu|snakeyaml|joni|jcodings|jackson-dataformat-yaml|value-|error_prone|checker-qual|j2objc"
          + "|jsr305|jspecify)[^/]*\\.jar|.*-tests\\.jar");

  @TempDir Path dir;

  @Test
  void library_runsOnTheModulePath() throws Exception {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> modulePath = new ArrayList<>();
    List<String> classPathOnly = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      String path = entry.replace(File.separatorChar, '/');
      boolean ownClasses = path.matches(".*/innovation-(model|scoring|io)/target/classes/?")
          || path.matches(".*/innovation-(model|scoring|io)-[0-9.]+(-SNAPSHOT)?\\.jar");
      if (path.contains("/examples/target/")) {
        classPathOnly.add(entry);
      } else if (ownClasses || (path.endsWith(".jar") && !NOT_LIBRARY.matcher(path).matches() && !path.contains("/target/"))) {
        modulePath.add(entry);
      }
    }
    Path sample = Path.of("..", "docs", "samples", "rote-ndao-2026.json").toAbsolutePath().normalize();
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1",
        "--module-path", String.join(File.pathSeparator, modulePath),
        "--add-modules", "io.github.inovasi.io",
        "-cp", String.join(File.pathSeparator, classPathOnly),
        ModulePathMain.class.getName(), sample.toString());
    Path log = dir.resolve("out.txt");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("exit code; module path %s; output:%n%s",
        modulePath.stream().map(s -> Path.of(s).getFileName().toString()).collect(Collectors.joining(", ")), out)
        .isZero();
    assertThat(out).contains("module path: io.github.inovasi.scoring IID 22.60");
  }
}
