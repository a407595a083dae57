package io.github.inovasi.examples.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.examples.cli.InovasiCommand;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code inovasi} command line in a child JVM with a 256 MB heap, as a user would, and
 * checks that a hostile input ends in a clean, located refusal: exit code 1, the file named in the
 * output, and no Java exception, stack trace or {@code OutOfMemoryError}.
 */
public final class ChildJvm {
  /** The heap every hostile input must be refused within. */
  public static final String HEAP = "-Xmx256m";

  /** What one run printed and how it ended. */
  public record Outcome(int exitCode, String output) {
    /** Asserts a clean refusal that names {@code located} (a file name). */
    public void assertCleanRefusal(String located) {
      assertThat(output).as("no stack trace or foreign exception")
          .doesNotContain("OutOfMemoryError").doesNotContain("Exception").doesNotContain("\tat ")
          .doesNotContain("internal error");
      assertThat(exitCode).as("exit code; output:\n%s", output).isEqualTo(1);
      assertThat(output).as("the refusal names the file").contains(located);
    }
  }

  private ChildJvm() {}

  /** Runs {@code inovasi validate FILE} and asserts a clean refusal naming the file. */
  public static void assertValidateRefuses(Path workDir, Path file) throws IOException, InterruptedException {
    inovasi(workDir, "validate", file.toString()).assertCleanRefusal(file.getFileName().toString());
  }

  /** Runs {@code inovasi ARGS...} in a child JVM, killed after two minutes. */
  public static Outcome inovasi(Path workDir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(HEAP);
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(InovasiCommand.class.getName());
    command.addAll(List.of(args));
    File log = workDir.resolve("child-output.txt").toFile();
    Process p = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectErrorStream(true).redirectOutput(log).start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly().waitFor();
      return new Outcome(-1, "timed out after 2 minutes\n" + tail(log.toPath()));
    }
    return new Outcome(p.exitValue(), tail(log.toPath()));
  }

  /** The output, cut to its first and last 4,000 characters (a hostile file can print a lot). */
  private static String tail(Path log) throws IOException {
    String text = Files.readString(log, StandardCharsets.ISO_8859_1);
    return text.length() <= 8_000 ? text : text.substring(0, 4_000) + "\n…\n" + text.substring(text.length() - 4_000);
  }
}
